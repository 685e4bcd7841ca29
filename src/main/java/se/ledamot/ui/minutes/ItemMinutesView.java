package se.ledamot.ui.minutes;

import static se.ledamot.ui.minutes.MinutesControls.button;
import static se.ledamot.ui.minutes.MinutesControls.field;
import static se.ledamot.ui.minutes.MinutesControls.fittingItsExample;
import static se.ledamot.ui.minutes.MinutesControls.form;
import static se.ledamot.ui.minutes.MinutesControls.list;
import static se.ledamot.ui.minutes.MinutesControls.onEnter;
import static se.ledamot.ui.minutes.MinutesControls.section;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Limit;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.minutes.Choice;
import se.ledamot.domain.minutes.MinutesNote;
import se.ledamot.domain.minutes.MotionType;
import se.ledamot.domain.minutes.MovedMotion;
import se.ledamot.domain.minutes.Reservation;
import se.ledamot.domain.papers.StandardItem;
import se.ledamot.l10n.Grammar;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.ShownAs;

/**
 * The record of one item, keyboard first: type who moves, press the letter of the motion (F förslaget, M motionen,
 * A avslag, R återremiss, B bordläggning, E eget, T tillägg) and Enter; in the vote, J, N or A on a member casts the
 * vote and moves to the next; Delete takes the marked line off a list.
 */
final class ItemMinutesView extends VBox {
    /** @param toMeeting shows the tab "Sammanträdet", where who is present and who justerar are written */
    ItemMinutesView(ItemMinutesViewModel vm, Runnable toMeeting) {
        super(8);
        setPadding(new Insets(8));
        Label heading = new Label();
        heading.getStyleClass().add("screen-title");
        heading.setId("minutesItemTitle");
        // A motion's title runs long ("… om att upp…" was cut at 1280x800): on two lines, whole.
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.textProperty().bind(Bindings.createStringBinding(() -> vm.entry().get() == null
                ? Localization.get("minutes.ui.item.choose") : vm.entry().get().toString(), vm.entry()));
        // A standard item chosen is put on the agenda to be written on; once justerat it no longer is.
        Label notOnAgenda = new Label(Localization.get("minutes.ui.item.notOnAgenda"));
        notOnAgenda.setWrapText(true);
        notOnAgenda.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.entry().get() != null
                && vm.entry().get().item() == null && vm.decisionTaken().adjusted().get(), vm.entry(),
                vm.decisionTaken().adjusted()));
        notOnAgenda.managedProperty().bind(notOnAgenda.visibleProperty());
        Label noDecision = new Label();
        noDecision.setId("minutesNoDecision");
        noDecision.setWrapText(true);
        noDecision.textProperty().bind(Bindings.createStringBinding(() -> answeredOnly(vm.entry().get())
                ? Localization.get("minutes.ui.item.noDecision",
                        Grammar.definite(vm.entry().get().kind())) : "", vm.entry()));
        noDecision.visibleProperty().bind(noDecision.textProperty().isNotEmpty());
        noDecision.managedProperty().bind(noDecision.visibleProperty());

        // In the order things happen at the meeting: motions, the chair's proposition, the vote, the decision, and
        // then the reservations against it and the notes.
        Node motions = motions(vm);
        Node carried = carried(vm);
        Node vote = vote(vm);
        Node reservations = reservations(vm);
        getChildren().addAll(heading, notOnAgenda, noDecision, standardHint(vm, toMeeting), motions, carried, vote,
                decision(vm), reservations, notes(vm));
        for (Node n : getChildren().subList(4, getChildren().size())) {
            n.disableProperty().bind(Bindings.createBooleanBinding(
                    () -> vm.entry().get() == null || vm.entry().get().item() == null, vm.entry()));
        }
        // What only a decision has: an interpellation's or question's paragraph records its answer and notes only.
        for (Node n : List.of(motions, carried, vote, reservations)) {
            n.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.entry().get() == null
                    || vm.entry().get().item() == null || answeredOnly(vm.entry().get()), vm.entry()));
            // A standard item (Upprop, Val av justerare) has none of them: hidden, not offered greyed.
            hiddenUnderStandard(n, vm);
        }
    }

    /** Interpellations and questions are answered and debated, never decided (5 kap. 59–64 §§ kommunallagen). */
    private static boolean answeredOnly(EntryRow row) {
        return row != null && row.item() != null && row.kind() != null && row.kind().hasAddressee();
    }

    /** One of the known standard items; a body's own (CUSTOM) may be anything, an election too, and keeps it all. */
    private static boolean standard(EntryRow row) {
        return row != null && row.standard() != null && row.standard().kind() != StandardItem.Kind.CUSTOM;
    }

    private static void hiddenUnderStandard(Node n, ItemMinutesViewModel vm) {
        n.visibleProperty().bind(Bindings.createBooleanBinding(() -> !standard(vm.entry().get()), vm.entry()));
        n.managedProperty().bind(n.visibleProperty());
    }

    /**
     * What a standard item's § needs: its wording and notes; and where the rest of it is written — who is present
     * (Upprop) and who justerar and when (Val av justerare) are on the tab "Sammanträdet", which the § prints from.
     */
    private static Node standardHint(ItemMinutesViewModel vm, Runnable toMeeting) {
        Label hint = new Label();
        hint.setId("minutesStandardHint");
        hint.setWrapText(true);
        hint.textProperty().bind(Bindings.createStringBinding(() -> {
            EntryRow row = vm.entry().get();
            if (!standard(row)) {
                return "";
            }
            String where = "minutes.ui.item.standard." + row.standard().kind().code();
            return Localization.get("minutes.ui.item.standard")
                    + (Localization.has(where) ? " " + Localization.get(where) : "");
        }, vm.entry()));
        Hyperlink link = new Hyperlink(Localization.get("minutes.ui.item.toMeeting"));
        link.setId("minutesToMeeting");
        link.setOnAction(e -> toMeeting.run());
        link.visibleProperty().bind(Bindings.createBooleanBinding(() -> standard(vm.entry().get())
                && Localization.has("minutes.ui.item.standard." + vm.entry().get().standard().kind().code()),
                vm.entry()));
        link.managedProperty().bind(link.visibleProperty());
        VBox box = new VBox(2, hint, link);
        box.visibleProperty().bind(hint.textProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static Node motions(ItemMinutesViewModel vm) {
        ListView<MovedMotion> list = list("minutesMotions", vm.motions(), ItemConflicts::motion, vm::removeMotion);
        TextField by = field("motionBy", Limit.NAME, "minutes.ui.person.prompt");
        by.textProperty().bindBidirectional(vm.forms().motionBy());
        ChoiceBox<MotionType> type = new ChoiceBox<>(FXCollections.observableArrayList(MotionType.values()));
        type.setId("motionType");
        type.setConverter(ShownAs.text(t -> KeyLetters.of(t) + "  "
                + Localization.get("minutes.ui.motion." + t.code())));
        type.valueProperty().bindBidirectional(vm.forms().motionType());
        TextField text = field("motionText", Limit.AGENDA_TEXT, "minutes.ui.motion.textPrompt");
        text.textProperty().bindBidirectional(vm.forms().motionText());
        // The type is picked by its letter on the type box, or with Alt+letter in the text fields; Enter records.
        onEnter(vm::addMotion, by, text);
        for (Node n : new Node[] {by, type, text}) {
            n.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (n == type && e.getCode() == KeyCode.ENTER) {
                    vm.addMotion();
                    by.requestFocus();
                    e.consume();
                } else if ((n == type || e.isAltDown()) && e.getText().length() == 1) {
                    KeyLetters.motion(e.getText().charAt(0)).ifPresent(t -> {
                        vm.forms().motionType().set(t);
                        e.consume();
                    });
                }
            });
        }
        Button add = button("addMotion", "minutes.ui.motions.add", vm::addMotion);
        return section("minutes.ui.motions", list, form(List.of(fittingItsExample(by), type), text, add));
    }

    private static Node carried(ItemMinutesViewModel vm) {
        ComboBox<String> carried = new ComboBox<>(vm.proposals());
        carried.setId("carried");
        // Says what to choose while nothing is, and is as wide as its longest choice: it was a sliver, then cut.
        carried.setPromptText(Localization.get("minutes.ui.carried.choose"));
        ShownAs.promptWhenEmpty(carried);
        carried.setMinWidth(Region.USE_PREF_SIZE);
        // The list of proposals is made again after each change: the chair's choice is marked again on it.
        Runnable mark = () -> {
            Integer now = vm.carried().get();
            if (now == null) {
                // Cleared by value too: a selection cleared after its items were set anew left the value drawn.
                carried.getSelectionModel().clearSelection();
                carried.setValue(null);
            } else {
                carried.getSelectionModel().select(now.intValue());
            }
        };
        vm.carried().addListener((o, was, now) -> mark.run());
        vm.proposals().addListener((javafx.collections.ListChangeListener<String>) c -> mark.run());
        carried.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0 && !now.equals(vm.carried().get())) {
                vm.carried().set(now.intValue());
            }
        });
        HBox row = new HBox(8, new Label(Localization.get("minutes.ui.carried")), carried);
        row.setAlignment(Pos.BASELINE_LEFT);
        // The chair's proposition is written only when there was one to put: with no yrkanden the council decides
        // as proposed, and the line says so instead of a finding nobody made.
        Label none = new Label(Localization.get("minutes.ui.carried.none"));
        none.setId("carriedNone");
        none.setWrapText(true);
        none.visibleProperty().bind(Bindings.isEmpty(vm.motions()));
        none.managedProperty().bind(none.visibleProperty());
        row.visibleProperty().bind(none.visibleProperty().not());
        row.managedProperty().bind(row.visibleProperty());
        return new VBox(row, none);
    }

    private static Node vote(ItemMinutesViewModel vm) {
        TextField yes = field("voteYes", Limit.AGENDA_TEXT, "minutes.ui.vote.yesPrompt");
        yes.textProperty().bindBidirectional(vm.vote().yes());
        TextField no = field("voteNo", Limit.AGENDA_TEXT, "minutes.ui.vote.noPrompt");
        no.textProperty().bindBidirectional(vm.vote().no());
        // Each side on its own line, as wide as the section: side by side at 1000x650 the no read "bifall till Östen
        // Müllers (M) yrka…" (walk25b).
        GridPane sides = new GridPane(6, 4);
        sides.addRow(0, new Label(Localization.get("minutes.ui.vote.yes")), yes);
        sides.addRow(1, new Label(Localization.get("minutes.ui.vote.no")), no);
        GridPane.setHgrow(yes, Priority.ALWAYS);
        GridPane.setHgrow(no, Priority.ALWAYS);
        TableView<VoteForm.Voter> table = new TableView<>(vm.vote().voters());
        table.setId("voters");
        table.setPrefHeight(160);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // With no § chosen there is no vote to show, whatever the attendance (walk15: it asked for a filled one).
        Label empty = new Label();
        empty.setWrapText(true);
        empty.textProperty().bind(Bindings.createStringBinding(() -> Localization.get(vm.entry().get() == null
                ? "minutes.ui.vote.noItem" : "minutes.ui.vote.nobody"), vm.entry()));
        table.setPlaceholder(empty);
        TableColumn<VoteForm.Voter, String> name = new TableColumn<>(Localization.get("minutes.ui.col.name"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().person().display()));
        TableColumn<VoteForm.Voter, String> cast = new TableColumn<>(Localization.get("minutes.ui.col.vote"));
        cast.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().choice() == null ? ""
                : Localization.get("minutes.ui.choice." + c.getValue().choice().code())));
        table.getColumns().add(name);
        table.getColumns().add(cast);
        // Past the last member a key changes no vote: typed on, it cast the last one's again (walk26). A row chosen
        // again, by a click or the arrows, takes the next key.
        boolean[] pastLast = {false};
        table.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> pastLast[0] = false);
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> pastLast[0] = false);
        table.setOnKeyPressed(e -> {
            // Typed before a row is chosen (the table reached by Tab): the vote goes to the row with the focus, else
            // the first, not lost.
            int chosen = table.getSelectionModel().getSelectedIndex();
            int i = chosen >= 0 ? chosen : Math.max(table.getFocusModel().getFocusedIndex(), 0);
            if (i < table.getItems().size() && e.getText().length() == 1) {
                KeyLetters.choice(e.getText().charAt(0)).ifPresent(c -> {
                    if (!pastLast[0]) {
                        vm.cast(i, c);
                    }
                    int last = table.getItems().size() - 1;
                    table.getSelectionModel().select(Math.min(i + 1, last));
                    table.requestFocus();
                    pastLast[0] = i == last;
                    e.consume();
                });
            }
        });
        Label tally = new Label();
        tally.setId("voteTally");
        tally.textProperty().bind(vm.vote().tally());
        ChoiceBox<Choice> casting = new ChoiceBox<>(FXCollections.observableArrayList(Choice.YES, Choice.NO));
        casting.setId("casting");
        casting.setConverter(ShownAs.text(c -> Localization.get("minutes.ui.choice." + c.code())));
        casting.valueProperty().bindBidirectional(vm.vote().casting());
        // The line wraps in a narrow window: in one row at 1000x650 the tally read "Ja 18, nej 9, avst…" and
        // Utslagsröst "…", its choice a sliver (walk25). The label stays beside its choice.
        HBox castingVote = new HBox(8, new Label(Localization.get("minutes.ui.vote.casting")), casting);
        castingVote.setAlignment(Pos.CENTER_LEFT);
        casting.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(8, 4, tally, castingVote,
                button("saveVote", "minutes.ui.vote.save", vm::saveVote),
                button("removeVote", "minutes.ui.vote.remove", vm::removeVote));
        actions.setAlignment(Pos.CENTER_LEFT);
        return section("minutes.ui.vote", sides, table, actions);
    }

    private static Node reservations(ItemMinutesViewModel vm) {
        ListView<Reservation> list = list("minutesReservations", vm.reservations(), ItemConflicts::reservation,
                vm::removeReservation);
        TextField by = field("reserveBy", Limit.AGENDA_TEXT, "minutes.ui.people.prompt");
        by.textProperty().bindBidirectional(vm.forms().reserveBy());
        TextField favour = field("reserveFavour", Limit.AGENDA_TEXT, "minutes.ui.reservation.favourPrompt");
        favour.textProperty().bindBidirectional(vm.forms().reserveFavour());
        onEnter(vm::addReservation, by, favour);
        return section("minutes.ui.reservations", list, form(List.of(fittingItsExample(by)), favour,
                button("addReservation", "minutes.ui.reservation.add", vm::addReservation)));
    }

    private static Node notes(ItemMinutesViewModel vm) {
        ListView<MinutesNote> list = list("minutesNotes", vm.notes(), ItemConflicts::note, vm::removeNote);
        TextField by = field("noteBy", Limit.AGENDA_TEXT, "minutes.ui.people.prompt");
        by.textProperty().bindBidirectional(vm.forms().noteBy());
        TextField text = field("noteText", Limit.AGENDA_TEXT, "minutes.ui.note.textPrompt");
        text.textProperty().bindBidirectional(vm.forms().noteText());
        onEnter(vm::addNote, by, text);
        return section("minutes.ui.notes", list, form(List.of(fittingItsExample(by)), text,
                button("addNote", "minutes.ui.note.add", vm::addNote)));
    }

    private static Node decision(ItemMinutesViewModel vm) {
        TextArea text = new TextArea();
        text.setId("decisionText");
        text.setPrefRowCount(3);
        text.setWrapText(true);
        text.promptTextProperty().bind(Bindings.createStringBinding(() -> decisionPrompt(vm.entry().get()),
                vm.entry()));
        text.textProperty().bindBidirectional(vm.decisionText());
        ItemDecisionViewModel taken = vm.decisionTaken();
        // Kommunallagen 5 kap. 69 §: the protokoll announced is the one justerat; its wording stands as the decision.
        text.editableProperty().bind(taken.adjusted().not());
        ComboBox<Decision> decision = new ComboBox<>(taken.choices());
        decision.setId("decisionTaken");
        decision.setPromptText(Localization.get("minutes.ui.decision.choose"));
        decision.setConverter(ShownAs.text(Localization::decision));
        ShownAs.promptWhenEmpty(decision);
        decision.setMinWidth(Region.USE_PREF_SIZE);
        decision.valueProperty().bindBidirectional(taken.decision());
        decision.disableProperty().bind(taken.adjusted());
        Button clear = button("clearDecision", "minutes.ui.decision.clear", taken::clear);
        clear.disableProperty().bind(taken.decision().isNull().or(taken.adjusted()));
        HBox chosen = new HBox(8, new Label(Localization.get("minutes.ui.decision.taken")), decision, clear);
        chosen.setAlignment(Pos.BASELINE_LEFT);
        // Bifall or avslag mean nothing under Upprop: a standard item's decision is its wording.
        hiddenUnderStandard(chosen, vm);
        // A disabled control shows no tooltip: the reason is a line of its own.
        Label why = new Label(Localization.get("minutes.ui.decision.adjusted"));
        why.setId("decisionAdjusted");
        why.setWrapText(true);
        why.visibleProperty().bind(taken.adjusted());
        why.managedProperty().bind(why.visibleProperty());
        Button save = button("saveDecision", "minutes.ui.decision.save", vm::saveDecision);
        save.disableProperty().bind(taken.adjusted());
        return section("minutes.ui.decision", chosen, why, text, SuggestedWording.row(vm.wording(), taken.adjusted()),
                save);
    }

    /**
     * An example in the item's own words: a motion is approved, a remiss answered, another item decided; a standard
     * item's own wording is offered under the field instead ("Upprop förrättas."), a matter's example fits none.
     */
    static String decisionPrompt(EntryRow row) {
        if (row != null && row.standard() != null) {
            return Localization.get("minutes.ui.decision.promptStandard");
        }
        MatterKind kind = row == null ? null : row.kind();
        String example = kind != null && kind.hasProposals() ? "proposal" : kind == MatterKind.REFERRAL ? "referral"
                : "item";
        return Localization.get("minutes.ui.decision.prompt", Localization.get("minutes.ui.decision.example." + example,
                Grammar.definite(kind).toLowerCase(Localization.locale())));
    }
}
