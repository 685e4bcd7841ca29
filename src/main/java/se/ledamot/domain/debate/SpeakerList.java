package se.ledamot.domain.debate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.sync.ListMerge;

/**
 * The list of speakers on one agenda item, in order, kept to the rules: on a question only the asker and the one
 * who answers may speak (Kommunallagen 5 kap. 64 §), a reply answers someone who has spoken, and nobody is given more
 * minutes than the body's limits allow. Immutable; every change returns a new list or refuses with a reason.
 */
public record SpeakerList(Matter matter, TimeLimits limits, List<Speaker> speakers) {

    public SpeakerList {
        speakers = List.copyOf(speakers);
    }

    public static SpeakerList empty(Matter matter, TimeLimits limits) {
        return new SpeakerList(matter, limits, List.of());
    }

    /** Adds a speaker at the end. */
    public SpeakerList add(Speaker speaker) {
        return insert(speakers.size(), speaker);
    }

    /** Puts a speaker at a place (0 = first), checking the rules against those who speak before. */
    public SpeakerList insert(int index, Speaker speaker) {
        var next = new ArrayList<>(speakers);
        next.add(index, speaker);
        return checked(next);
    }

    public SpeakerList replace(int index, Speaker speaker) {
        var next = new ArrayList<>(speakers);
        next.set(index, speaker);
        return checked(next);
    }

    /** Where {@code turn} (the same person, the same kind of speech) is in the list; -1 when it is not. */
    public int turnOf(Speaker turn) {
        for (int i = 0; i < speakers.size(); i++) {
            if (Speaker.sameTurn(speakers.get(i), turn)) {
                return i;
            }
        }
        return -1;
    }

    public SpeakerList remove(int index) {
        var next = new ArrayList<>(speakers);
        next.remove(index);
        return checked(next);
    }

    public SpeakerList move(int from, int to) {
        var next = new ArrayList<>(speakers);
        next.add(to, next.remove(from));
        return checked(next);
    }

    /**
     * Who took part in a debate, each once in the order of first speaking (a reply is speaking too), as the minutes
     * name them: as first written, with the party another of their turns gives when the first left it out.
     */
    public static List<Person> debaters(List<Speaker> speakers) {
        List<Person> out = new ArrayList<>();
        for (Speaker s : speakers) {
            Person p = s.person();
            Optional<Person> known = out.stream().filter(o -> same(o, p)).findFirst();
            if (known.isEmpty()) {
                out.add(p);
            } else if (known.get().party() == null && p.party() != null) {
                out.set(out.indexOf(known.get()), new Person(known.get().name(), p.party()));
            }
        }
        return List.copyOf(out);
    }

    /** Minutes the list takes in all. */
    public int totalMinutes() {
        return speakers.stream().mapToInt(Speaker::minutes).sum();
    }

    /** The limit that applies to the speaker at an index (first speech, later speech or reply); 0 for none. */
    public int limitAt(int index) {
        Speaker s = speakers.get(index);
        return limits.limitFor(s.kind(), isFirstSpeech(speakers, index));
    }

    /**
     * The rule this list and {@code theirs}, both changed from {@code base}, break once merged by the list rule
     * ({@link ListMerge}) though neither breaks it alone (issue 16.5): a reply whose speech the other removed, a
     * speaker both added whose second speech is over the limit of a later one. Empty when the merged list keeps the
     * rules, when the lists cannot be merged anyway, or when one of them broke it already (limits changed since).
     */
    public Optional<DomainException> brokenTogether(List<Speaker> base, List<Speaker> theirs) {
        ListMerge<Speaker> merge = ListMerge.of(base, speakers, theirs, Speaker::sameTurn);
        if (merge.conflict() || broken(speakers).isPresent() || broken(theirs).isPresent()) {
            return Optional.empty();
        }
        return broken(merge.merged());
    }

    /** Whether {@code list}, of this matter and with these limits, keeps the rules. */
    public boolean keepsTheRules(List<Speaker> list) {
        return broken(list).isEmpty();
    }

    private Optional<DomainException> broken(List<Speaker> list) {
        try {
            checked(list);
            return Optional.empty();
        } catch (DomainException e) {
            return Optional.of(e);
        }
    }

    private SpeakerList checked(List<Speaker> list) {
        for (int i = 0; i < list.size(); i++) {
            Speaker s = list.get(i);
            if (matter.kind() == MatterKind.QUESTION && !mayDebateQuestion(s.person())) {
                throw new DomainException("debate.question.onlyAskerAndAnswerer", s.person().display(),
                        askers(), answerer());
            }
            if (s.kind() == SpeechKind.REPLY && list.subList(0, i).stream().noneMatch(p -> p.kind() == SpeechKind.SPEECH
                    && !same(p.person(), s.person()))) {
                throw new DomainException("debate.reply.nothingToReplyTo", s.person().display());
            }
            int limit = limits.limitFor(s.kind(), isFirstSpeech(list, i));
            if (limit > 0 && s.minutes() > limit) {
                throw new DomainException(s.kind() == SpeechKind.REPLY ? "debate.reply.tooLong"
                        : isFirstSpeech(list, i) ? "debate.firstSpeech.tooLong" : "debate.laterSpeech.tooLong",
                        s.person().display(), s.minutes(), limit);
            }
        }
        return new SpeakerList(matter, limits, list);
    }

    private static boolean isFirstSpeech(List<Speaker> list, int index) {
        Speaker s = list.get(index);
        return s.kind() == SpeechKind.SPEECH && list.subList(0, index).stream()
                .noneMatch(p -> p.kind() == SpeechKind.SPEECH && same(p.person(), s.person()));
    }

    private boolean mayDebateQuestion(Person p) {
        boolean asker = matter.authors().stream().anyMatch(a -> same(a, p));
        boolean answerer = matter.addressee() != null && matter.addressee().name() != null
                && normal(matter.addressee().name()).equals(normal(p.name()));
        return asker || answerer;
    }

    private String askers() {
        return String.join(", ", matter.authors().stream().map(Person::display).toList());
    }

    private String answerer() {
        return matter.addressee() == null || matter.addressee().name() == null ? "" : matter.addressee().name();
    }

    /** The same person: the name matters, the party may be left out on one side. */
    private static boolean same(Person a, Person b) {
        return normal(a.name()).equals(normal(b.name()));
    }

    private static String normal(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
