package se.ledamot.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.importer.ImportItem;
import se.ledamot.importer.draft.AgendaLine;
import se.ledamot.importer.draft.HandlingarPart;
import se.ledamot.importer.draft.HandlingarPart.How;
import se.ledamot.importer.draft.HandlingarPart.Target;
import se.ledamot.importer.draft.ImportDraft;
import se.ledamot.importer.draft.MeetingPlan;
import se.ledamot.importer.draft.MeetingPlan.Planned;

/**
 * The parts of a combined PDF of papers matched to the agenda they belong to (issue 17.2): by Dnr first, then by item
 * number, then by title (a guess the preview marks for checking). The agenda is the kallelse read in the same import
 * (the file's own first pages, or another file), else the stored meeting on whose agenda the file's other parts were
 * found by Dnr; a Dnr or a title is also looked up among all stored matters.
 */
final class HandlingarMatch {
    private final DSLContext dsl;
    private final Clock clock;
    private List<Matter> matters;

    HandlingarMatch(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * The parts among the items matched; a kallelse in the items is the agenda of the parts after it. The plan used is
     * the one stored ({@code after}) when the meeting was stored, else the one planned, whose new matters have no id
     * yet.
     */
    List<ImportItem> matched(List<ImportItem> items) {
        List<ImportItem> out = new ArrayList<>(items.size());
        MeetingPlan notice = null;
        Map<String, MeetingPlan> byFile = new HashMap<>();
        for (ImportItem item : items) {
            if (item.isMeeting()) {
                notice = planOf(item);
            } else if (item.part() != null && item.draft() != null && !item.isStored() && !item.part().apart()) {
                MeetingPlan agenda = notice != null ? notice
                        : byFile.computeIfAbsent(item.part().file(), f -> storedAgenda(f, items));
                Target found = target(item, agenda);
                // Planned alone again (a correction in the preview) without its kallelse: the match stays.
                item = item.withPart(item.part().withTarget(found != null ? found : item.part().target()));
            }
            out.add(item);
        }
        return out;
    }

    /** One part matched again just before it is stored, against the agenda as it now is. */
    ImportItem matched(ImportItem item, MeetingPlan notice) {
        if (item.part().apart()) {
            return item; // the user said it is no part of that matter
        }
        matters = null;
        MeetingPlan agenda = notice != null ? notice : storedAgenda(item.part().file(), List.of(item));
        return item.withPart(item.part().withTarget(target(item, agenda)));
    }

    static MeetingPlan planOf(ImportItem meeting) {
        return meeting.meeting().after() != null ? meeting.meeting().after() : meeting.meeting().plan();
    }

    private Target target(ImportItem item, MeetingPlan agenda) {
        HandlingarPart part = item.part();
        List<Planned> lines = agenda == null ? List.of()
                : agenda.items().stream().filter(p -> !p.line().isFreeText()).toList();
        if (part.dnr() != null) {
            String key = MeetingImportStore.numberKey(part.dnr());
            Optional<Planned> line = lines.stream()
                    .filter(p -> p.line().dnr() != null && MeetingImportStore.numberKey(p.line().dnr()).equals(key))
                    .findFirst();
            if (line.isPresent()) {
                return of(agenda, line.get(), How.BY_NUMBER);
            }
            Optional<Matter> stored = matters().stream()
                    .filter(m -> m.number() != null && MeetingImportStore.numberKey(m.number()).equals(key))
                    .findFirst();
            if (stored.isPresent()) {
                return new Target(stored.get().id(), stored.get().title(), null, null, How.BY_NUMBER);
            }
        }
        if (part.item() != null) {
            Optional<Planned> line = lines.stream().filter(p -> p.line().number() == part.item()).findFirst();
            if (line.isPresent()) {
                return of(agenda, line.get(), How.BY_ITEM);
            }
        }
        String title = MeetingImportStore.titleKey(item.draft().matter().title());
        if (title.isEmpty()) {
            return null;
        }
        Optional<Planned> line = lines.stream()
                .filter(p -> MeetingImportStore.titleKey(p.line().matter().matter().title()).equals(title)
                        && MeetingImportStore.mayBeSame(p.line().dnr(), part.dnr()))
                .findFirst();
        if (line.isPresent()) {
            return of(agenda, line.get(), How.BY_TITLE);
        }
        return matters().stream().filter(m -> MeetingImportStore.titleKey(m.title()).equals(title)
                && MeetingImportStore.mayBeSame(m.number(), part.dnr())).findFirst()
                .map(m -> new Target(m.id(), m.title(), null, null, How.BY_TITLE)).orElse(null);
    }

    /** An agenda line as a target: its matter once stored (or matched), else the matter the kallelse will store. */
    private static Target of(MeetingPlan agenda, Planned p, How how) {
        Matter m = p.matter();
        return new Target(m == null ? null : m.id(), m == null ? p.line().matter().matter().title() : m.title(),
                agenda.meeting().id(), p.line().number(), how);
    }

    /**
     * The stored meeting the file's papers are for, as a plan of its agenda: the meeting most of the file's parts
     * are on, found by their Dnr; null when none is.
     */
    private MeetingPlan storedAgenda(String file, List<ImportItem> items) {
        AgendaStore agendas = new AgendaStore(dsl, clock);
        List<Long> found = new ArrayList<>();
        for (ImportItem i : items) {
            if (i.part() == null || !file.equals(i.part().file()) || i.part().dnr() == null) {
                continue;
            }
            String key = MeetingImportStore.numberKey(i.part().dnr());
            matters().stream().filter(m -> m.number() != null && MeetingImportStore.numberKey(m.number()).equals(key))
                    .findFirst().ifPresent(m -> agendas.scheduleOf(m.id())
                            .forEach(s -> found.add(s.meeting().id())));
        }
        Optional<Long> meetingId = found.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting())).entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        if (meetingId.isEmpty()) {
            return null;
        }
        Map<Long, Matter> byId = matters().stream().collect(Collectors.toMap(Matter::id, m -> m, (a, b) -> a));
        List<Planned> lines = new ArrayList<>();
        List<AgendaItem> agenda = agendas.agenda(meetingId.get());
        for (AgendaItem a : agenda) {
            Matter m = a.isFreeText() ? null : byId.get(a.matterId());
            if (m != null) {
                lines.add(new Planned(new AgendaLine(a.number(), m.title(), m.number(),
                        new ImportDraft(m, Map.of(), List.of(), ""), a.proposal()), m, MeetingPlan.Match.BY_NUMBER,
                        MeetingPlan.Place.SAME, a.number()));
            }
        }
        return new MeetingPlan("", false, new MeetingStore(dsl, clock).require(meetingId.get()), false, false, lines,
                List.of(), agenda);
    }

    private List<Matter> matters() {
        if (matters == null) {
            matters = new MatterStore(dsl, clock).list();
        }
        return matters;
    }
}
