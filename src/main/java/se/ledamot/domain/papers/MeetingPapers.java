package se.ledamot.domain.papers;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.ledamot.domain.Matter;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.NoticeRule;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.minutes.Minutes;

/**
 * Everything the secretary's papers of one meeting show: the kallelse with its föredragningslista, the handlingar,
 * the protokoll and its extracts. The meeting and its body, the council's name, the council's and the body's
 * settings, the day the kallelse is issued, the numbered items ({@link NoticeAgenda}) with their matters, texts, minutes and attached
 * documents, the motions, interpellations and questions handed in since the body last met (announced under the
 * standard item for them), and the minutes of the meeting.
 *
 * @param council        the council's name at the head of every paper (Inställningar's), "" when none is set
 * @param firstParagraph the § of the first item: paragraphs run through the year per body
 * @param notice         the council's days of notice (5 kap. 11 § or its arbetsordning's); null: the law's week
 */
public record MeetingPapers(Meeting meeting, Body body, PaperSettings settings, String council, LocalDate issued,
        List<Entry> entries, List<Matter> newSubmissions, Minutes minutes, int firstParagraph, NoticeRule notice) {

    public MeetingPapers {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(body, "body");
        settings = settings == null ? PaperSettings.empty() : settings;
        council = council == null ? "" : council;
        Objects.requireNonNull(issued, "issued");
        entries = List.copyOf(entries);
        newSubmissions = List.copyOf(newSubmissions == null ? List.of() : newSubmissions);
        minutes = minutes == null ? Minutes.blank(meeting.id() == null ? 0 : meeting.id()) : minutes;
        firstParagraph = Math.max(1, firstParagraph);
        notice = notice == null ? NoticeRule.LAW : notice;
    }

    /**
     * One numbered item.
     *
     * @param item     the agenda item, or null for a standard item not on the agenda yet
     * @param standard the standard item this is, or null
     * @param matter   the item's matter, or null for a free-text or standard item
     * @param papers   the secretary's texts for the item
     * @param minutes  what the minutes record of it
     * @param askedHere an interpellation or question asked at this meeting and answered at a later one (the
     *                  arbetsordning's rule on 5 kap. 59–63 §§ kommunallagen): here the body only decides that it
     *                  may be asked, and its answer is not one of this meeting's papers
     * @param answered  the day the matter's answer was first recorded, null when that is not known
     * @param speakers  who spoke in the item's debate, each once in the order of first speaking (the Debatt
     *                  screen's list of speakers), with their party: the minutes name them
     */
    public record Entry(int number, AgendaItem item, StandardItem standard, Matter matter, ItemPapers papers,
            ItemMinutes minutes, List<Enclosure> enclosures, boolean askedHere, LocalDate answered,
            List<Person> speakers) {
        public Entry {
            papers = papers == null ? ItemPapers.empty(item == null || item.id() == null ? 0 : item.id()) : papers;
            minutes = minutes == null ? ItemMinutes.empty(item == null || item.id() == null ? 0 : item.id())
                    : minutes;
            enclosures = List.copyOf(enclosures == null ? List.of() : enclosures);
            speakers = List.copyOf(speakers == null ? List.of() : speakers);
        }

        /** An item nobody is recorded as speaking on. */
        public Entry(int number, AgendaItem item, StandardItem standard, Matter matter, ItemPapers papers,
                ItemMinutes minutes, List<Enclosure> enclosures, boolean askedHere, LocalDate answered) {
            this(number, item, standard, matter, papers, minutes, enclosures, askedHere, answered, List.of());
        }

        /** An item answered where it is (or with no answer to it), its answer's day not known. */
        public Entry(int number, AgendaItem item, StandardItem standard, Matter matter, ItemPapers papers,
                ItemMinutes minutes, List<Enclosure> enclosures) {
            this(number, item, standard, matter, papers, minutes, enclosures, false, null);
        }

        /**
         * Whether the matter's answer is one of the papers of a meeting on {@code day}: written by then, and not a
         * question only asked there (its answer belongs to the later meeting).
         */
        public boolean answerBy(LocalDate day) {
            return matter != null && !matter.answer().isBlank() && !askedHere
                    && (answered == null || !answered.isAfter(day));
        }

        public Optional<Matter> matterIfAny() {
            return Optional.ofNullable(matter);
        }

        public Optional<AgendaItem> itemIfAny() {
            return Optional.ofNullable(item);
        }

        /** The prepared proposal for decision on the item, "" when none. */
        public String proposal() {
            return item == null ? "" : item.proposal();
        }
    }

    public BodyPapers bodyPapers() {
        return settings.of(body);
    }

    /**
     * Who signs the protokoll (5 kap. 69 § kommunallagen), in the order its first page has their lines. With some
     * justerare named but fewer than the body has, the one or more still to name (not "no justerare").
     */
    public enum Signer {
        SECRETARY, CHAIR, ADJUSTERS, ONE_MORE_ADJUSTER, MORE_ADJUSTERS;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The chair who signs: the meeting's, else the body's ({@link BodyPapers#signing}); null when neither is set. */
    public Person chair() {
        return bodyPapers().signing(minutes).chair();
    }

    /** The secretary who signs: the meeting's, else the body's ({@link BodyPapers#signing}); null when neither is. */
    public String secretary() {
        return bodyPapers().signing(minutes).secretary();
    }

    /** Those whose lines to sign would have no name beneath them: the justerare when fewer than the body has. */
    public List<Signer> unsigned() {
        List<Signer> out = new java.util.ArrayList<>();
        if (secretary() == null) {
            out.add(Signer.SECRETARY);
        }
        if (chair() == null) {
            out.add(Signer.CHAIR);
        }
        int missing = bodyPapers().adjusters() - minutes.adjusters().size();
        if (minutes.adjusters().isEmpty()) {
            out.add(Signer.ADJUSTERS);
        } else if (missing > 0) {
            out.add(missing == 1 ? Signer.ONE_MORE_ADJUSTER : Signer.MORE_ADJUSTERS);
        }
        return List.copyOf(out);
    }

    /** The § of an entry in the minutes. */
    public int paragraph(Entry e) {
        return firstParagraph + e.number() - 1;
    }

    /** The § of the last item, for "§§ 101–108". */
    public int lastParagraph() {
        return firstParagraph + Math.max(entries.stream().mapToInt(Entry::number).max().orElse(1), 1) - 1;
    }

    /** The entry with a number, or of an agenda item by its id. */
    public Optional<Entry> entry(int number) {
        return entries.stream().filter(e -> e.number() == number).findFirst();
    }

    public Optional<Entry> entryOfItem(long itemId) {
        return entries.stream().filter(e -> e.item() != null && Objects.equals(e.item().id(), itemId)).findFirst();
    }
}
