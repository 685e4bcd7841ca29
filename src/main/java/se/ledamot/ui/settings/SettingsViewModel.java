package se.ledamot.ui.settings;

import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.meeting.Arbetsordningar;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.BodyRules;
import se.ledamot.domain.meeting.CitizenProposals;
import se.ledamot.domain.meeting.CouncilRules;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.NoticeRule;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.l10n.Localization;
import se.ledamot.l10n.RuleText;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.TaskExecutor;
import se.ledamot.ui.task.Debouncer;

/**
 * The council's settings as the settings screen edits them: its name, the days of notice (5 kap. 11 §), the months
 * of the 5 kap. 35 § report, when
 * the report proposes striking off, citizen proposals and who decides them, the bodies, and the selected body's rules
 * ({@link BodyRulesForm}). Like the editor there is no save button: a change is stored shortly after the last key
 * and before another body is shown or the window closes; a field that does not make a rule is refused with a reason
 * and the stored rules stay as they were. Every deadline in the window follows at once.
 */
public final class SettingsViewModel {
    private final AppContext context;
    private final Debouncer debouncer;
    private final StringProperty councilName = new SimpleStringProperty("");
    private final List<BooleanProperty> reportMonths = IntStream.range(0, 12)
            .mapToObj(i -> (BooleanProperty) new SimpleBooleanProperty()).toList();
    private final StringProperty strikeOffMonths = new SimpleStringProperty("");
    private final StringProperty noticeDays = new SimpleStringProperty("");
    private final BooleanProperty citizenAllowed = new SimpleBooleanProperty(true);
    private final ObjectProperty<Body> citizenBody = new SimpleObjectProperty<>();
    private final ObservableList<Body> bodies = FXCollections.observableArrayList();
    private final ObjectProperty<Body> selectedBody = new SimpleObjectProperty<>();
    private final BodyRulesForm form = new BodyRulesForm();
    private final ObservableList<Arbetsordningar.Preset> presets = FXCollections.observableArrayList();
    private final ObjectProperty<Arbetsordningar.Preset> preset = new SimpleObjectProperty<>();
    private final StringProperty newCode = new SimpleStringProperty("");
    private final StringProperty newName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private CouncilRules stored;
    private final RulesCopy copy;
    private List<Meeting> meetings = List.of();
    private boolean filling;
    private boolean dirty;
    private boolean lastFailed;
    /** Reads and writes one at a time in the order given: a read sees the writes before it. */
    private final TaskExecutor lane;

    public SettingsViewModel(AppContext context) {
        this.context = context;
        this.debouncer = context.newDebouncer();
        this.lane = context.tasks().inOrder();
        var putAside = context.services().putAside();
        this.copy = new RulesCopy(putAside, putAside.rows(CouncilRules.class), lane,
                context.services().settings()::rules, context.services().settings()::save);
        List<javafx.beans.Observable> watched = new java.util.ArrayList<>(form.fields());
        watched.addAll(List.of(councilName, strikeOffMonths, noticeDays, citizenAllowed, citizenBody));
        watched.addAll(reportMonths);
        watched.forEach(f -> f.addListener(o -> changed()));
        presets.setAll(context.services().settings().presets());
    }

    private record Loaded(CouncilRules rules, List<Meeting> meetings) { }
    /** Reads the stored settings and the meetings (for the preview), keeping the body shown. */
    public void load() {
        if (!flush()) {
            return;
        }
        BackgroundTask.of(p -> new Loaded(context.services().settings().rules(), context.services().meetings().list()))
                .title(Localization.get("settings.loading")).onSuccess(loaded -> {
                    meetings = loaded.meetings();
                    if (copy.read(loaded.rules())) {
                        fill(loaded.rules());
                    }
                }).executeWith(lane);
        copy.askKept(this::fill, problem::set);
    }

    private void fill(CouncilRules rules) {
        filling = true;
        try {
            stored = rules;
            councilName.set(stored.councilName());
            java.util.Arrays.stream(Month.values()).forEach(m -> reportMonths.get(m.ordinal()).set(rules.reportsIn(m)));
            strikeOffMonths.set(stored.strikeOffAfter().map(String::valueOf).orElse(""));
            noticeDays.set(String.valueOf(stored.notice().daysBefore()));
            citizenAllowed.set(stored.citizenProposals().allowed());
            bodies.setAll(stored.bodyList());
            citizenBody.set(body(stored.citizenProposals().decidingBody()));
            String keep = selectedBody.get() == null ? stored.councilCode() : selectedBody.get().code();
            Body shown = body(keep) != null ? body(keep) : bodies.isEmpty() ? null : bodies.getFirst();
            selectedBody.set(shown);
            if (shown != null) {
                form.load(stored.rulesOf(shown.code()));
            }
            dirty = false;
            problem.set("");
        } finally {
            filling = false;
        }
        updatePreview();
    }

    private Body body(String code) {
        return bodies.stream().filter(b -> b.code().equals(code)).findFirst().orElse(null);
    }

    private void changed() {
        if (filling || stored == null) {
            return;
        }
        dirty = true;
        updatePreview();
        debouncer.schedule(this::flush);
    }

    /**
     * Shows another body's rules, after storing the one shown. False, with the reason, while the body shown has a
     * field that does not make a rule: what was typed stays.
     */
    public boolean select(Body body) {
        if (body == null || stored == null || filling || (selectedBody.get() != null
                && selectedBody.get().code().equals(body.code()))) {
            return true;
        }
        if (!flush()) {
            return false;
        }
        filling = true;
        try {
            selectedBody.set(body(body.code()));
            form.load(stored.rulesOf(body.code()));
        } finally {
            filling = false;
        }
        updatePreview();
        return true;
    }

    /**
     * Hands what was changed to this screen's lane to be stored (the FX thread never waits for the disk). False when
     * something does not make a rule (the reason is in the problem), the last write failed (redone with the next) or
     * a choice put aside waits (asked again).
     */
    public boolean flush() {
        debouncer.cancel();
        if (dirty && stored != null) {
            CouncilRules next;
            try {
                next = typed();
            } catch (DomainException e) {
                problem.set(Localization.message(e));
                return false;
            }
            dirty = false;
            problem.set("");
            write(next, () -> { });
        }
        return !lastFailed & copy.ask();
    }

    /** Shows the rules as stored, writes them in the lane ({@code saved} after); a failed write is said and redone. */
    private void write(CouncilRules next, Runnable saved) {
        CouncilRules base = copy.sending(next);
        stored = next;
        showBodies();
        BackgroundTask.of(p -> context.services().settings().save(base, next)).onSuccess(merge -> {
            showStored(copy.saved(base, next, merge), next, !merge.conflicts().isEmpty());
            lastFailed = false;
            // Every deadline on every screen is computed from these rules: the register and the agendas reload.
            context.mattersChanged();
            saved.run();
        }).onFailure(e -> {
            copy.failed(base, next);
            lastFailed = true;
            dirty = true;
            problem.set(Localization.get("settings.saveFailed", Errors.describe(e)));
            context.dialogs().notify(problem.get());
        }).executeWith(lane);
    }

    /** Shows rules a save came back with (null: as sent), keeping what was typed since; says when a choice waits. */
    private void showStored(CouncilRules rules, CouncilRules sent, boolean asked) {
        boolean typedSince = dirty;
        try {
            if (rules != null) {
                fill(typedSince ? RulesCopy.keepingTyped(rules, sent, typed()) : rules);
                dirty = typedSince;
            }
        } catch (DomainException typedMakesNoRule) {
            // What was typed stays on screen; its reason is said when it is saved.
        }
        problem.set(asked ? Localization.get("settings.conflict.waits") : problem.get());
    }

    /** The user chose in the conflict view; once every setting is chosen the rules are saved with the choice. */
    public void choose(Conflict c, Resolution choice, Runnable after) {
        try {
            CouncilRules shown = copy.choose(c, choice, typed());
            if (shown != null) {
                fill(shown);
                dirty = copy.settled();
                flush();
            }
        } catch (DomainException e) {
            problem.set(Localization.message(e));
        }
        after.run();
    }

    public void setOnConflicts(Consumer<List<Conflict>> show) {
        copy.onConflicts(show);
    }

    public List<se.ledamot.ui.shell.Screen.Aside> waitingAside() {
        return copy.waitingAside();
    }

    /** The settings as typed: the stored ones with every field of the form. */
    private CouncilRules typed() {
        Set<Month> months = java.util.Arrays.stream(Month.values()).filter(m -> reportMonths.get(m.ordinal()).get())
                .collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(Month.class)));
        CouncilRules next = stored.withCouncilName(councilName.get()).withReportMonths(months)
                .withStrikeOffAfterMonths(TypedCount.of(strikeOffMonths.get(), "settings.badStrikeOff"))
                .withNotice(new NoticeRule(TypedCount.of(noticeDays.get(), "settings.badNotice", NoticeRule.LAW_DAYS)));
        next = selectedBody.get() == null ? next : next.withBody(form.build());
        String decides = citizenBody.get() == null ? next.councilCode() : citizenBody.get().code();
        return next.withCitizenProposals(new CitizenProposals(citizenAllowed.get(), decides));
    }

    /** The bodies as stored, renamed ones with their new names, the selection kept. */
    private void showBodies() {
        filling = true;
        try {
            Body selected = selectedBody.get();
            Body decides = citizenBody.get();
            bodies.setAll(stored.bodyList());
            selectedBody.set(selected == null ? null : body(selected.code()));
            citizenBody.set(decides == null ? null : body(decides.code()));
        } finally {
            filling = false;
        }
    }

    /**
     * Copies the chosen preset's rules onto the body shown, after asking; "Ångra" brings the body's own back. The
     * body keeps its name and, unless the preset names some, its speaking times.
     */
    public void applyPreset() {
        Arbetsordningar.Preset chosen = preset.get();
        Body shown = selectedBody.get();
        if (chosen == null || shown == null || !flush() || !context.dialogs().confirm(
                Localization.get("settings.preset.confirm.title"),
                Localization.get("settings.preset.confirm.text", RuleText.name(chosen), shown.name()))) {
            return;
        }
        BodyRules before = stored.rulesOf(shown.code());
        replaceShown(chosen.applyTo(before));
        context.dialogs().notify(Localization.get("settings.preset.applied", RuleText.name(chosen), shown.name()),
                Localization.get("settings.undo"), () -> replaceShown(before));
    }

    private void replaceShown(BodyRules rules) {
        filling = true;
        try {
            form.load(rules);
        } finally {
            filling = false;
        }
        dirty = true;
        updatePreview();
        flush();
    }

    /** Adds a nämnd (or another body) with the law's rules, and shows it. False, with the reason, when refused. */
    public boolean addBody() {
        if (stored == null || !flush()) {
            return false;
        }
        Body added;
        try {
            added = new Body(newCode.get(), newName.get(), false, 0, 0, 0);
            if (stored.body(added.code()).isPresent()) {
                throw new DomainException("rules.body.twice", added.code());
            }
        } catch (RuntimeException e) {
            problem.set(Errors.describe(e));
            return false;
        }
        write(stored.withBody(BodyRules.lawDefaults(added)), () -> context.dialogs().notify(
                Localization.get("settings.body.added", added.name())));
        newCode.set("");
        newName.set("");
        problem.set("");
        select(body(added.code()));
        return true;
    }

    /** The body shown, with its deadlines for its next meeting under the rules as typed. */
    private void updatePreview() {
        Body shown = selectedBody.get();
        if (stored == null || shown == null) {
            preview.set("");
            return;
        }
        try {
            preview.set(SettingsPreview.of(stored.withBody(form.build()), meetings, shown.code(), context.today()));
        } catch (DomainException e) {
            preview.set(Localization.message(e));
        }
    }

    public StringProperty councilNameProperty() {
        return councilName;
    }

    /** Whether the report is made in a month, January first. */
    public BooleanProperty reportMonthProperty(Month month) {
        return reportMonths.get(month.ordinal());
    }

    public StringProperty strikeOffMonthsProperty() {
        return strikeOffMonths;
    }

    /** Days of notice before a meeting (5 kap. 11 §, or the arbetsordning's more). */
    public StringProperty noticeDaysProperty() {
        return noticeDays;
    }

    public BooleanProperty citizenAllowedProperty() {
        return citizenAllowed;
    }

    public ObjectProperty<Body> citizenBodyProperty() {
        return citizenBody;
    }

    public ObservableList<Body> bodies() {
        return bodies;
    }

    public ObjectProperty<Body> selectedBodyProperty() {
        return selectedBody;
    }

    public BodyRulesForm form() {
        return form;
    }

    public ObservableList<Arbetsordningar.Preset> presets() {
        return presets;
    }

    public ObjectProperty<Arbetsordningar.Preset> presetProperty() {
        return preset;
    }

    public StringProperty newCodeProperty() {
        return newCode;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }
}
