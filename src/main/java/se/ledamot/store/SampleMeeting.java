package se.ledamot.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeakerList;
import se.ledamot.domain.debate.SpeechKind;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.domain.meeting.NoticeRule;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.domain.papers.ItemPapers;
import se.ledamot.importer.ImportItem;

/**
 * The sample council meeting: a planned kommunfullmäktige with the sample motion, interpellation and referral on its
 * agenda, the party group V's positions, the prepared proposal on the motion, the secretary's summaries of the motion
 * and the referral for the kallelse (not the seeds' own openings), and the sample speech as a speaker's text on the
 * interpellation; and the held meetings before it where the interpellation was asked and the motion announced.
 * Its words are sample content, kept in sample-meeting.properties like the seed documents.
 */
final class SampleMeeting {
    static final String GROUP = "V";
    private static final LocalTime START = LocalTime.of(18, 0);
    /** The kinds the meeting needs, in the order they came in: their diarienummer rise in it. */
    private static final List<MatterKind> MEETING_KINDS = List.of(MatterKind.MOTION, MatterKind.INTERPELLATION,
            MatterKind.REFERRAL);
    /** The kinds {@link #fitted(List)} changes: the meeting's, and the speech, whose text is trimmed too. */
    private static final List<MatterKind> FITTED_KINDS = List.of(MatterKind.MOTION, MatterKind.INTERPELLATION,
            MatterKind.REFERRAL, MatterKind.SPEECH);
    /** A line of dots or underscores: the place for a signature in the printed motion, not its words. */
    private static final Pattern SIGNING_LINE = Pattern.compile("(?m)^[ \\t]*[._…]{2,}[ \\t]*(\\R+|\\z)");

    private final DSLContext dsl;
    private final Clock clock;
    private final Properties text = texts();

    SampleMeeting(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The first Monday at least 14 days after today: time enough for the deadlines of interpellations. */
    static LocalDate dateAfter(LocalDate today) {
        LocalDate day = today.plusDays(14);
        while (day.getDayOfWeek() != DayOfWeek.MONDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The sample matters as they are to be stored, fitted to the meetings {@link #plan} makes (see
     * {@link #fitted(Matter, LocalDate)}) and with their diarienummer, so each one's history begins as it is rather
     * than with an edit no one made. Only when the motion, the interpellation and the referral are all there.
     */
    List<ImportItem> fitted(List<ImportItem> items) {
        List<Matter> read = items.stream().filter(i -> i.draft() != null).map(i -> i.draft().matter()).toList();
        if (MEETING_KINDS.stream().anyMatch(k -> first(read, k).isEmpty())) {
            return items;
        }
        LocalDate planned = dateAfter(LocalDate.now(clock));
        return items.stream().map(i -> i.draft() == null || !FITTED_KINDS.contains(i.draft().matter().kind()) ? i
                : i.withDraft(i.draft().edited(fitted(i.draft().matter(), planned)))).toList();
    }

    /** Plans the meeting with the sample matters given; none when the motion, interpellation or referral is missing. */
    Optional<Meeting> plan(List<Matter> samples) {
        Optional<Matter> motion = first(samples, MatterKind.MOTION);
        Optional<Matter> interpellation = first(samples, MatterKind.INTERPELLATION);
        Optional<Matter> referral = first(samples, MatterKind.REFERRAL);
        if (motion.isEmpty() || interpellation.isEmpty() || referral.isEmpty()) {
            return Optional.empty();
        }
        MeetingStore meetings = new MeetingStore(dsl, clock);
        Meeting meeting = meetings.add(new Meeting(null, Body.COUNCIL, dateAfter(LocalDate.now(clock)), START,
                text.getProperty("place"), MeetingStatus.PLANNED));
        AgendaStore agendas = new AgendaStore(dsl, clock);
        agendas.addText(meeting.id(), text.getProperty("item.first"));
        List<AgendaItem> items = agendas.addMatters(meeting.id(),
                List.of(motion.get().id(), interpellation.get().id(), referral.get().id()));
        agendas.saveItem(items.get(0).withProposal(text.getProperty("motion.proposal")));
        MinutesStore papers = new MinutesStore(dsl, clock);
        papers.save(new ItemPapers(items.get(0).id(), text.getProperty("motion.summary"), List.of(), List.of()));
        papers.save(new ItemPapers(items.get(2).id(), text.getProperty("referral.summary"), List.of(), List.of()));
        Meeting held = meetings.add(new Meeting(null, Body.COUNCIL, asked(meeting.date()), START,
                text.getProperty("place"), MeetingStatus.HELD));
        new AgendaStore(dsl, postingDay(held.date())).addMatters(held.id(), List.of(interpellation.get().id()));
        announced(motion.get()).filter(d -> d.isBefore(held.date())).ifPresent(d -> meetings.add(
                new Meeting(null, Body.COUNCIL, d, START, text.getProperty("place"), MeetingStatus.HELD)));

        PositionStore positions = new PositionStore(dsl, clock, GROUP);
        positions.save(position(items.get(0), "motion", Stance.SUPPORT));
        positions.save(position(items.get(1), "interpellation", Stance.TAKE_PART));
        positions.save(position(items.get(2), "referral", Stance.REFER_BACK));

        Optional<Matter> speech = first(samples, MatterKind.SPEECH);
        speech.ifPresent(s -> speak(items.get(1).id(), s));
        return Optional.of(meeting);
    }

    /**
     * A sample as the meetings say it is: the motion carries the executive's proposal at the planned meeting, so it
     * is prepared (beredd); the interpellation is answered at the planned meeting, so it was asked at the council's
     * meeting before (the usual arbetsordning on KL 5 kap. 59–63 §§: answered at the meeting after the one where it
     * was asked) — a held meeting five weeks earlier, with the interpellation handed in three weeks before that (in
     * time by the second Monday before). The blog the sample comes from gives neither its date nor its addressee.
     */
    private Matter fitted(Matter m, LocalDate planned) {
        Matter.Builder b = m.toBuilder();
        switch (m.kind()) {
            case MOTION -> b.status(Status.PREPARED).body(ownText("motion", m.body()));
            case INTERPELLATION -> {
                LocalDate asked = asked(planned);
                if (m.submitted() == null || !m.submitted().isBefore(asked)) {
                    b.submitted(asked.minusDays(21));
                }
                if (m.addressee() == null) {
                    b.addressee(new Addressee(null, null, text.getProperty("interpellation.addressee")));
                }
            }
            case REFERRAL -> b.body(ownText("referral", m.body()));
            case SPEECH -> b.body(ownText("speech", m.body()));
            default -> {
            }
        }
        return MEETING_KINDS.contains(m.kind()) ? registered(b.build(), MEETING_KINDS.indexOf(m.kind())) : b.build();
    }

    /**
     * A sample's own text in the blog post it is made from, as a secretary's handlingar carry it: from the words
     * {@code KEY.text.from} up to, not including, {@code KEY.text.until} (to its end when there are none) in
     * sample-meeting.properties, without the lines of dots a signature was to go on. So the remiss is the paragraphs
     * on the report and not the evening's coffee and press after them, the motion begins with its first sentence and
     * not the party's banner and its title line again, the speech with the speech and not the blog's account of the
     * evening. The post whole when the words are not found in it.
     */
    private String ownText(String key, String post) {
        String first = text.getProperty(key + ".text.from");
        String after = text.getProperty(key + ".text.until");
        int from = first == null ? -1 : post.indexOf(first);
        int until = after == null ? post.length() : post.indexOf(after);
        return from < 0 || until <= from ? post
                : SIGNING_LINE.matcher(post.substring(from, until)).replaceAll("").strip();
    }

    /**
     * A clock at noon on the latest day the notice of a meeting on {@code day} goes up (5 kap. 11 § kommunallagen):
     * the held meeting's agenda entry is dated then, not on the day of loading, after the meeting it names.
     */
    private Clock postingDay(LocalDate day) {
        return Clock.fixed(NoticeRule.LAW.latestDay(day).atTime(LocalTime.NOON).atZone(clock.getZone()).toInstant(),
                clock.getZone());
    }

    /** The held meeting where the sample interpellation was asked: five weeks before the planned one. */
    private static LocalDate asked(LocalDate planned) {
        return planned.minusWeeks(5);
    }

    /**
     * The council meeting where the motion was announced: the first Monday two weeks after it came in. A motion is
     * announced at the council's first meeting after it is handed in (5 kap. 22 § kommunallagen), so without this
     * meeting the held meeting five weeks back, the year's first on record, announced a motion months old.
     */
    private static Optional<LocalDate> announced(Matter motion) {
        return Optional.ofNullable(motion.submitted()).map(SampleMeeting::dateAfter);
    }

    /**
     * The matter with a diarienummer as the secretariat gives one, when it has none: the series, the year it came in,
     * and a serial that rises through that year as a registry's does (about two a day; {@code nth} keeps two samples
     * of one day apart), so the samples' numbers are as plausible on any day of first start as their dates.
     */
    private Matter registered(Matter m, int nth) {
        if (m.number() != null) {
            return m;
        }
        LocalDate in = m.submitted() != null ? m.submitted() : LocalDate.now(clock);
        return m.toBuilder().number(text.getProperty("number.series") + " " + in.getYear() + "/"
                + (2 * in.getDayOfYear() + nth)).build();
    }

    /**
     * The meetings made by {@link #plan}: those whose agenda holds sample matters and no other matter, and the held
     * council meeting with an empty agenda on the day the sample motion was announced.
     */
    List<Long> meetingsOf(Set<Long> sampleMatters) {
        AgendaStore agendas = new AgendaStore(dsl, clock);
        MatterStore store = new MatterStore(dsl, clock);
        Set<LocalDate> announced = new java.util.HashSet<>();
        sampleMatters.forEach(id -> store.find(id).filter(x -> x.kind() == MatterKind.MOTION)
                .flatMap(SampleMeeting::announced).ifPresent(announced::add));
        List<Long> found = new ArrayList<>();
        for (Meeting m : new MeetingStore(dsl, clock).list()) {
            List<AgendaItem> agenda = agendas.itemsOf(m.id());
            List<Long> matters = agenda.stream().map(AgendaItem::matterId).filter(java.util.Objects::nonNull).toList();
            boolean emptyAnnouncing = agenda.isEmpty() && m.status() == MeetingStatus.HELD
                    && m.body().equals(Body.COUNCIL) && announced.contains(m.date());
            if (!matters.isEmpty() && sampleMatters.containsAll(matters) || emptyAnnouncing) {
                found.add(m.id());
            }
        }
        return found;
    }

    private Position position(AgendaItem item, String key, Stance stance) {
        return new Position(item.id(), GROUP, stance, text.getProperty(key + ".speaker"),
                text.getProperty(key + ".arguments"), text.getProperty(key + ".notes"), true);
    }

    private void speak(long itemId, Matter speech) {
        Person who = speech.authors().isEmpty() ? Person.parse(text.getProperty("speech.fallback"))
                : speech.authors().getFirst();
        DebateStore debates = new DebateStore(dsl, clock);
        SpeakerList list = debates.open(itemId).speakers().add(new Speaker(who, SpeechKind.SPEECH,
                Integer.parseInt(text.getProperty("speech.minutes")), speech.body()));
        debates.saveSpeakers(itemId, list);
    }

    private static Optional<Matter> first(List<Matter> samples, MatterKind kind) {
        return samples.stream().filter(m -> m.kind() == kind).findFirst();
    }

    private static Properties texts() {
        try (InputStream in = SampleMeeting.class.getResourceAsStream("sample-meeting.properties")) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
