package se.ledamot.ui.shell;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import se.ledamot.l10n.Localization;

/**
 * Dates as the papers write them, ÅÅÅÅ-MM-DD, whatever language the computer is set to. A date picker left to the
 * system's format read "2027-01-28" as no date on a computer set to English (or to C) and dropped it without a word.
 */
public final class IsoDates {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    /** The red frame of a field whose text cannot be stored as it is (see {@link FieldLimits}). */
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("over-limit");

    private IsoDates() {
    }

    /**
     * The date typed; empty when the text is blank.
     *
     * @throws DateTimeParseException when the text is no date ("2026-02-30", "28/1")
     */
    public static Optional<LocalDate> parse(String typed) {
        return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(typed.strip(), ISO));
    }

    /**
     * A date picker that reads and shows ÅÅÅÅ-MM-DD. A text that is no date keeps the date the picker had and stays in
     * the field, framed in red with the reason as its tooltip until it is typed right; the reason goes to {@code bad},
     * and an empty text when that field's date is typed right again (the reason shown can be taken away).
     */
    public static DatePicker picker(Consumer<String> bad) {
        DatePicker picker = new DatePicker();
        picker.setPromptText(Localization.get("ui.editor.date.prompt"));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : ISO.format(date);
            }

            @Override
            public LocalDate fromString(String typed) {
                try {
                    LocalDate date = parse(typed).orElse(null);
                    if (isWrong(picker)) {
                        mark(picker, null);
                        bad.accept("");
                    }
                    return date;
                } catch (DateTimeParseException e) {
                    String why = Localization.get(picker.getValue() == null ? "ui.editor.badDate.none"
                            : "ui.editor.badDate", typed.strip());
                    mark(picker, why);
                    bad.accept(why);
                    // Enter and leaving the field write the kept date's text over it after this (walk31: "31/2"
                    // typed in an empty field was emptied): what she typed is put back, to be typed right.
                    Platform.runLater(() -> picker.getEditor().setText(typed));
                    return picker.getValue();
                }
            }
        });
        return picker;
    }

    private static void mark(DatePicker picker, String why) {
        picker.getEditor().pseudoClassStateChanged(WRONG, why != null);
        // The editor's tooltip is bound to the picker's.
        picker.setTooltip(why == null ? null : new Tooltip(why));
    }

    /** Whether the picker shows its text as no date (for tests and screenshots). */
    public static boolean isWrong(DatePicker picker) {
        return picker.getEditor().getPseudoClassStates().contains(WRONG);
    }
}
