package se.ledamot.ui.answer;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.ledamot.domain.DeadlineType;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.AnswerSchedule;
import se.ledamot.domain.meeting.MeetingCalendar;
import se.ledamot.l10n.DeadlineText;
import se.ledamot.l10n.Grammar;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.task.BackgroundTask;

/**
 * When the answer open in Svar is due, under its heading: the written answer's last moment by the arbetsordning
 * ("Skriftligt svar till frågeställaren: 2026-12-11 kl. 12.00 (om 12 dagar)"), the meeting where it is given, or
 * that this meeting is not planned yet. Read in the background from the one source of deadlines.
 */
final class AnswerDueViewModel {
    private final AppContext context;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    /** How many reads were asked for; an answer to an older one is not shown. */
    private int asked;

    AnswerDueViewModel(AppContext context) {
        this.context = context;
    }

    /** Reads the deadlines of the matter now open (or shows none). */
    void show(Matter matter) {
        int question = ++asked;
        if (matter == null) {
            text.set("");
            return;
        }
        LocalDate today = context.today();
        BackgroundTask.of(p -> of(matter, context.services().deadlines().calendar(), today))
                .onSuccess(t -> {
                    if (question == asked) {
                        text.set(t);
                    }
                })
                .executeWith(context.tasks());
    }

    ReadOnlyStringProperty text() {
        return text.getReadOnlyProperty();
    }

    /**
     * Every deadline of an open matter, earliest first, each with its moment and how far off it is. The written
     * answer is said while the answer is ready too (svar klart): it is then no longer late, but it must still reach
     * the asker by that moment.
     */
    static String of(Matter matter, MeetingCalendar calendar, LocalDate today) {
        if (!matter.lifecycle().isOpen(matter.status())) {
            // Answered in Debatt while a draft was written here: no deadline, and what is here is not in the matter.
            return Localization.get("answer.due.closed", Localization.status(matter.kind(), matter.status()));
        }
        Deadlines deadlines = calendar.deadlines();
        List<String> parts = new ArrayList<>();
        if (matter.status() == Status.ANSWER_READY) {
            calendar.answerSchedule(matter).flatMap(AnswerSchedule::writtenAnswerBy).ifPresent(w -> parts.add(
                    said(DeadlineType.WRITTEN_ANSWER, DeadlineText.labelled(w), w.toLocalDate(), today)));
        }
        deadlines.all(matter).forEach(d -> parts.add(said(d.type(), DeadlineText.labelled(d), d.date(), today)));
        deadlines.undated(matter).ifPresent(u -> parts.add(DeadlineText.when(u)));
        return String.join(" · ", parts);
    }

    private static String said(DeadlineType type, String moment, LocalDate day, LocalDate today) {
        return Localization.get("deadline." + type.code()) + ": " + moment + " ("
                + Grammar.due(ChronoUnit.DAYS.between(today, day)) + ")";
    }
}
