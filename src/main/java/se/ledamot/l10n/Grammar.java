package se.ledamot.l10n;

import java.util.List;
import se.ledamot.domain.Deadline;
import se.ledamot.domain.MatterKind;

/**
 * The one place for texts whose words follow a count or a kind's gender: "1 dag" but "3 dagar", "försenad 16 år"
 * rather than "5 995 dagar", "Medborgarförslag inlämnat" but "Motion inlämnad". The words themselves are message
 * patterns (choice) in the bundles; this class only picks the unit and the pattern.
 */
public final class Grammar {
    /** Up to this many days a span is said in days; beyond, in months. */
    static final long DAYS_SAID_AS_DAYS = 60;
    /** From this many days a span is said in years. */
    static final long DAYS_SAID_AS_YEARS = 730;
    /** The gender of an en-word ("en motion"), as {@link #gender} gives it. */
    public static final int COMMON = 0;
    /** The gender of an ett-word ("ett ärende", "ett medborgarförslag"), as {@link #gender} gives it. */
    public static final int NEUTER = 1;

    private Grammar() {
    }

    /** A number of days as a reader counts them: "1 dag", "45 dagar", "3 månader", "16 år". */
    public static String span(long days) {
        long d = Math.abs(days);
        if (d <= DAYS_SAID_AS_DAYS) {
            return Localization.get("grammar.days", d);
        }
        if (d < DAYS_SAID_AS_YEARS) {
            return Localization.get("grammar.months", d * 12 / 365);
        }
        return Localization.get("grammar.years", d / 365);
    }

    /** "Kommunstyrelsens ordförande": a text that begins a line or sentence, its first letter a capital. */
    public static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Localization.locale()) + s.substring(1);
    }

    /** "sju", "tolv", "13": one to twelve in words, as running text writes a count; other numbers in digits. */
    public static String number(long n) {
        String[] words = Localization.get("grammar.numbers").split(",");
        return n >= 1 && n <= words.length ? words[(int) n - 1] : String.valueOf(n);
    }

    /** As {@link #number(long)}, with one agreeing with its word: "ett nytt ärende", "en motion". */
    public static String number(long n, int gender) {
        return n == 1 && gender == NEUTER ? Localization.get("grammar.numbers.one.neuter") : number(n);
    }

    /** "om 3 dagar", "i dag", "försenad 1 dag", "försenad 16 år": how far off a day is, from the days left. */
    public static String due(long daysLeft) {
        if (daysLeft == 0) {
            return Localization.get("deadline.dueToday");
        }
        return Localization.get(daysLeft > 0 ? "deadline.dueIn" : "deadline.overdueBy", span(daysLeft));
    }

    /** How far off a deadline is, as of a day. */
    public static String due(Deadline deadline, java.time.LocalDate today) {
        return due(deadline.daysLeft(today));
    }

    /**
     * The grammatical gender of the kind's name in the current language, as the bundles give it: 0 for en-words
     * (en motion), 1 for ett-words (ett medborgarförslag). Patterns choose their word form by it.
     */
    public static int gender(MatterKind kind) {
        return Integer.parseInt(Localization.get("grammar.gender." + kind.code()).strip());
    }

    /** "Motionen", "Medborgarförslaget", "Ärendet" (null: an item about no matter): the kind to begin a sentence. */
    public static String definite(MatterKind kind) {
        return Localization.get("grammar.definite." + (kind == null ? "item" : kind.code()));
    }

    /**
     * "Motion inlämnad", "Medborgarförslag inlämnat": the participle agrees with the kind's gender. A referral is not
     * handed in by a member but comes in from another body: "Remiss inkommen".
     */
    public static String submitted(MatterKind kind) {
        if (kind == MatterKind.REFERRAL) {
            return Localization.get("grammar.received", Localization.kind(kind));
        }
        return Localization.get("grammar.submitted", Localization.kind(kind), gender(kind));
    }

    /**
     * A matter as one heading: "Motion: Upprätta en integrationsplan"; a title that names its kind already
     * ("Motion om cykelvägar", "Interpellation till …") is the heading as it is, so no list reads "Motion: Motion om".
     */
    public static String heading(MatterKind kind, String title) {
        return namesKind(kind, title) ? title : Localization.get("grammar.heading", Localization.kind(kind), title);
    }

    /** Whether a title begins with the name of its kind as a word of its own: "Motion om …", not "Motionärernas …". */
    public static boolean namesKind(MatterKind kind, String title) {
        String name = Localization.kind(kind).toLowerCase(Localization.locale());
        String t = title.toLowerCase(Localization.locale());
        return t.startsWith(name) && (t.length() == name.length() || !Character.isLetter(t.charAt(name.length())));
    }

    /**
     * What follows "om" in a heading: "upprätta en integrationsplan" reads "att upprätta en integrationsplan". A
     * first word counts as a verb when it is one of the bundle's title verbs ("införa gratis kollektivtrafik"), or
     * has the infinitive's ending and is followed by one of the words that open its object (en, ett, fler …), so
     * that nouns ("förskola i Ödsmål") stay as they are.
     */
    public static String about(String subject) {
        String[] words = subject.strip().split("\\s+", 3);
        String first = words[0].toLowerCase(Localization.locale());
        String ending = Localization.get("grammar.infinitive.ending").strip();
        boolean verb = words.length > 1 && (listed("grammar.infinitive.verbs", first) || !ending.isEmpty()
                && first.endsWith(ending) && listed("grammar.infinitive.objects",
                        words[1].toLowerCase(Localization.locale())));
        return verb ? Localization.get("grammar.infinitive", subject.strip()) : subject;
    }

    /** Whether a word is in a bundle's comma-separated list. */
    private static boolean listed(String key, String word) {
        return List.of(Localization.get(key).replaceAll("\\s+", "").split(",")).contains(word);
    }
}
