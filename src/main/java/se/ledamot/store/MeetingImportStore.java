package se.ledamot.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.importer.draft.AgendaLine;
import se.ledamot.importer.draft.MeetingDraft;
import se.ledamot.importer.draft.MeetingPlan;
import se.ledamot.importer.draft.MeetingPlan.Match;
import se.ledamot.importer.draft.MeetingPlan.Place;
import se.ledamot.importer.draft.MeetingPlan.Planned;

/**
 * A kallelse or föredragningslista into the store: the body's meeting on that day is found or added, each matter item
 * is matched to a stored matter by its Dnr, else by its title, else stored as a new matter, and the agenda is made to
 * follow the document's order. Items already on the agenda are kept (never duplicated), moved where the document puts
 * them; items the document does not list stay, after the others — nothing typed is lost. {@link #plan} works out what
 * would happen without writing, for the preview; {@link #store} does it in one transaction, and importing the same
 * document again plans no change.
 */
public final class MeetingImportStore {
    private final DSLContext dsl;
    private final Clock clock;

    public MeetingImportStore(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** What storing the draft would do; a refusal in words when the document gives no meeting day. */
    public MeetingPlan plan(MeetingDraft draft) {
        if (draft.date() == null) {
            throw new DomainException("importer.meeting.noDate");
        }
        BodyStore bodies = new BodyStore(dsl);
        String name = draft.bodyName() == null ? null : draft.bodyName().strip();
        Optional<Body> known = name == null ? bodies.body(Body.COUNCIL) : known(name, bodies);
        String code = known.map(Body::code).orElseGet(() -> newCode(name, bodies));
        Optional<Meeting> stored = new MeetingStore(dsl, clock).list().stream()
                .filter(m -> m.body().equals(code) && m.date().equals(draft.date())).findFirst();
        Meeting meeting = stored.orElseGet(() -> new Meeting(null, code, draft.date(), draft.time(), draft.place(),
                MeetingStatus.PLANNED));
        boolean changed = stored.isPresent() && (draft.time() != null && !draft.time().equals(meeting.time())
                || draft.place() != null && !draft.place().equals(meeting.place()));
        List<AgendaItem> agenda = stored.isPresent() ? new AgendaStore(dsl, clock).agenda(meeting.id()) : List.of();
        List<Planned> items = items(draft.items(), agenda);
        Set<Long> claimed = new HashSet<>();
        items.forEach(p -> claimed.add(claimedId(p, agenda)));
        List<AgendaItem> leftOver = agenda.stream().filter(a -> !claimed.contains(a.id())).toList();
        return new MeetingPlan(code, known.isEmpty(), meeting, stored.isEmpty(), changed, items, leftOver, agenda);
    }

    /**
     * Stores the draft: body, meeting, new matters and agenda, in one transaction; returns the meeting stored and what
     * was done (planned again inside the transaction, so what was stored meanwhile is seen). An item's förslag till
     * beslut is written compared with the item as {@code seen} (the preview's plan; null: as read now) showed it, so
     * a proposal another secretary saved since is kept, and said in {@link Stored#proposalsKept()}.
     */
    public Stored store(MeetingDraft draft, MeetingPlan seen) {
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            MeetingImportStore inTx = new MeetingImportStore(d, clock);
            MeetingPlan plan = inTx.plan(draft);
            if (plan.newBody()) {
                String name = draft.bodyName().strip();
                new BodyStore(d).saveBody(new Body(plan.bodyCode(), name,
                        name.toLowerCase(Locale.ROOT).contains("fullmäktige"), 0, 0, 0));
            }
            MeetingStore meetings = new MeetingStore(d, clock);
            Meeting meeting = plan.meeting();
            if (plan.newMeeting()) {
                meeting = meetings.add(meeting);
            } else if (plan.meetingChanged()) {
                meeting = new Meeting(meeting.id(), meeting.body(), meeting.date(),
                        Objects.requireNonNullElse(draft.time(), meeting.time()),
                        Objects.requireNonNullElse(draft.place(), meeting.place()), meeting.status());
                meetings.save(meeting);
            }
            List<AgendaLine> kept = inTx.arrange(meeting, plan, seen);
            return new Stored(meeting, plan, inTx.plan(draft), kept);
        });
    }

    /**
     * The meeting stored, the plan that was carried out, the document planned again against the result, and the
     * document's items whose proposal was not written over the one another secretary saved after the preview.
     */
    public record Stored(Meeting meeting, MeetingPlan plan, MeetingPlan after, List<AgendaLine> proposalsKept) {
    }

    /**
     * New matters stored, new items added, the whole agenda put in the document's order and the proposals written;
     * returns the lines whose proposal was kept as stored.
     */
    private List<AgendaLine> arrange(Meeting meeting, MeetingPlan plan, MeetingPlan seen) {
        MatterStore matters = new MatterStore(dsl, clock);
        AgendaStore agendas = new AgendaStore(dsl, clock);
        List<AgendaItem> before = agendas.agenda(meeting.id());
        List<Long> order = new ArrayList<>();
        for (Planned p : plan.items()) {
            if (p.place() != Place.ADDED) {
                order.add(claimedId(p, before));
                continue;
            }
            if (p.line().isFreeText()) {
                order.add(agendas.addText(meeting.id(), p.line().text()).id());
            } else {
                long matterId = p.matter() != null ? p.matter().id() : matters.add(p.line().matter().matter()).id();
                order.add(agendas.addMatters(meeting.id(), List.of(matterId)).getFirst().id());
            }
        }
        plan.leftOver().forEach(a -> order.add(a.id()));
        agendas.arrange(meeting.id(), order);
        List<AgendaLine> kept = new ArrayList<>();
        for (int i = 0; i < plan.items().size(); i++) {
            Long id = order.get(i);
            AgendaItem copy = id == null || seen == null ? null : seen.seen(id).orElse(null);
            AgendaLine line = plan.items().get(i).line();
            if (!proposed(agendas, id, copy, line.proposal())) {
                kept.add(line);
            }
        }
        return kept;
    }

    /**
     * The item's förslag till beslut as the document gives it, where the item had none yet (none is lost), written
     * compared with {@code copy} (the item as the preview saw it; null: as read now) under the row's lock (issue
     * 16.5): another's change of the item's other texts stays, and a proposal saved since is not written over. False
     * when that one was kept.
     */
    static boolean proposed(AgendaStore agendas, Long itemId, AgendaItem copy, String proposal) {
        if (itemId == null || proposal == null || proposal.isBlank()) {
            return true;
        }
        AgendaItem base = copy != null ? copy : agendas.item(itemId).orElse(null);
        if (base == null || !base.proposal().isBlank()) {
            return true;
        }
        return agendas.saveItem(base, base.withProposal(proposal)).conflicts().isEmpty();
    }

    /** Each line matched to a stored matter and to its place on the stored agenda. */
    private List<Planned> items(List<AgendaLine> lines, List<AgendaItem> agenda) {
        MatterStore store = new MatterStore(dsl, clock);
        List<Matter> all = store.list();
        Map<String, Matter> byNumber = new HashMap<>();
        Map<String, List<Matter>> byTitle = new HashMap<>();
        for (Matter m : all) {
            if (m.number() != null) {
                byNumber.putIfAbsent(numberKey(m.number()), m);
            }
            byTitle.computeIfAbsent(titleKey(m.title()), k -> new ArrayList<>()).add(m);
        }
        Map<Long, AgendaItem> onAgenda = new HashMap<>();
        agenda.stream().filter(a -> !a.isFreeText()).forEach(a -> onAgenda.put(a.matterId(), a));
        Set<Long> freeTaken = new HashSet<>();
        Set<Long> mattersTaken = new HashSet<>();
        List<Planned> out = new ArrayList<>();
        for (AgendaLine line : lines) {
            if (line.isFreeText()) {
                Optional<AgendaItem> same = agenda.stream().filter(a -> a.isFreeText() && !freeTaken.contains(a.id())
                        && titleKey(a.text()).equals(titleKey(line.text()))).findFirst();
                same.ifPresent(a -> freeTaken.add(a.id()));
                out.add(new Planned(line, null, Match.FREE_TEXT, same.isPresent() ? Place.SAME : Place.ADDED,
                        same.map(AgendaItem::number).orElse(0)));
                continue;
            }
            Matter draft = line.matter().matter();
            Matter found = line.dnr() == null ? null : byNumber.get(numberKey(line.dnr()));
            Match how = found != null ? Match.BY_NUMBER : Match.NEW;
            if (found == null) {
                found = byTitle.getOrDefault(titleKey(draft.title()), List.of()).stream()
                        .filter(m -> mayBeSame(m.number(), line.dnr())).findFirst().orElse(null);
                how = found != null ? Match.BY_TITLE : Match.NEW;
            }
            if (found != null && !mattersTaken.add(found.id())) {
                found = null; // the same matter twice in one document: the second is a matter of its own
                how = Match.NEW;
            }
            AgendaItem there = found == null ? null : onAgenda.get(found.id());
            out.add(new Planned(line, found, how, there == null ? Place.ADDED : Place.SAME,
                    there == null ? 0 : there.number()));
        }
        return MovedItems.marked(out);
    }

    /** The stored agenda item a planned line keeps, or null when it is added. */
    private static Long claimedId(Planned p, List<AgendaItem> agenda) {
        if (p.place() == Place.ADDED) {
            return null;
        }
        return agenda.stream().filter(a -> a.number() == p.oldNumber()).findFirst().map(AgendaItem::id).orElse(null);
    }

    /** "KS 2027/12", "ks2027/12" and "KS 2027/0012" are one Dnr. */
    static String numberKey(String number) {
        StringBuilder out = new StringBuilder();
        String n = number.toUpperCase(Locale.ROOT);
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            } else if (!Character.isWhitespace(c)) {
                out.append('/');
            }
        }
        return out.toString().replaceAll("/0+(\\d)", "/$1");
    }

    /**
     * Whether two Dnr allow one matter: a title may only match where one side has no Dnr or both have the same (a
     * different Dnr is a different matter, however alike the titles).
     */
    static boolean mayBeSame(String number, String other) {
        return number == null || other == null || numberKey(number).equals(numberKey(other));
    }

    /** Titles compared without case, punctuation or a kind word before them ("Motion om …"). */
    static String titleKey(String title) {
        if (title == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.append(out.isEmpty() ? "" : " ").append(w);
            }
        }
        String t = out.toString();
        t = t.startsWith("att ") ? t.substring(4) : t;
        for (String kind : List.of("motion om ", "interpellation om ", "fråga om ", "medborgarförslag om ",
                "remiss om ", "remiss ")) {
            if (t.startsWith(kind)) {
                return t.substring(kind.length());
            }
        }
        return t;
    }

    /**
     * The stored body the document names: by its name, without case; "Fullmäktige" (or "Kommunfullmäktige i X") is
     * the council and "Styrelsen" the executive board, whatever the council calls them in Ledamot.
     */
    private static Optional<Body> known(String name, BodyStore bodies) {
        Optional<Body> same = bodies.bodies().stream().filter(b -> b.name().equalsIgnoreCase(name)).findFirst();
        String lower = name.toLowerCase(Locale.ROOT);
        if (same.isPresent()) {
            return same;
        }
        if (lower.endsWith("fullmäktige")) {
            return bodies.body(Body.COUNCIL);
        }
        return lower.equals("styrelsen") || lower.equals("kommunstyrelsen") ? bodies.body(Body.EXECUTIVE_BOARD)
                : Optional.empty();
    }

    /** A short code for a new body: its words' initials, "N" for a nämnd ("Barn- och utbildningsnämnden" → BUN). */
    private static String newCode(String name, BodyStore bodies) {
        StringBuilder code = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && !w.equalsIgnoreCase("och")) {
                code.append(Character.toUpperCase(w.charAt(0)));
                String lower = w.toLowerCase(Locale.ROOT);
                if ((lower.endsWith("nämnden") || lower.endsWith("nämnd")) && !lower.startsWith("nämnd")) {
                    code.append('N');
                }
            }
        }
        String base = code.isEmpty() ? "N" : code.substring(0, Math.min(code.length(), 16));
        String candidate = base;
        for (int i = 2; bodies.body(candidate).isPresent(); i++) {
            candidate = base + i;
        }
        return candidate;
    }
}
