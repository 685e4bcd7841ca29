package se.ledamot.l10n;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import se.ledamot.domain.Decision;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Limit;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Stance;

/**
 * The one way to get a user-facing text. Swedish first, English second. Keys live in a few bundles by area
 * ({@link #BUNDLES}); a key is looked up in each in turn. No fallback to the machine's locale: a Swedish user on an
 * English system still gets Swedish.
 */
public final class Localization {
    public static final Locale SWEDISH = Locale.of("sv", "SE");
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** Bundle base names under se/ledamot/l10n: shared words, then one per area. */
    public static final List<String> BUNDLES =
            List.of("messages", "ui", "cli", "importer", "meeting", "brief", "answer", "server", "rules",
                    "papers", "data", "sync", "search");

    /** Where the language is chosen: this system property, else this environment variable. */
    public static final String PROPERTY = "ledamot.lang";
    public static final String ENVIRONMENT = "LEDAMOT_LANG";

    private static volatile Locale locale = fromSetting(System.getProperty(PROPERTY, System.getenv(ENVIRONMENT)));
    private static volatile List<ResourceBundle> bundles = load(locale);
    /**
     * Each pattern's format in each language, made once: making one looks up the language's number formats, and the
     * register made two for each of its rows' deadlines on the FX thread as the window showed its first rows.
     */
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private Localization() {
    }

    /** "en" gives English; anything else, or nothing, Swedish. */
    public static Locale fromSetting(String setting) {
        return setting != null && setting.trim().toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : SWEDISH;
    }

    public static Locale locale() {
        return locale;
    }

    public static void setLocale(Locale newLocale) {
        locale = Objects.requireNonNull(newLocale);
        bundles = load(newLocale);
    }

    public static List<ResourceBundle> bundles(Locale forLocale) {
        return load(forLocale);
    }

    /** One area's bundle in the current language, for libraries that take a ResourceBundle (picocli). */
    public static ResourceBundle bundle(String name) {
        return bundles.get(BUNDLES.indexOf(name));
    }

    private static List<ResourceBundle> load(Locale forLocale) {
        var control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        List<ResourceBundle> out = new ArrayList<>();
        for (String name : BUNDLES) {
            out.add(ResourceBundle.getBundle("se.ledamot.l10n." + name,
                    forLocale.getLanguage().equals("en") ? ENGLISH : Locale.ROOT, control));
        }
        return out;
    }

    /**
     * The text for a key, with {0}-style arguments filled in; enums are put in words too, and dates and times
     * written out as running text says them ("den 3 november 2026", "kl. 18.00", {@link Dates}).
     */
    public static String get(String key, Object... args) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                String pattern = b.getString(key);
                return args.length == 0 ? pattern : format(pattern, words(args));
            }
        }
        throw new MissingResourceException("No text for " + key, "Localization", key);
    }

    /** A text (without arguments) in Swedish whatever the user's language: words stored and read back as Swedish. */
    public static String swedish(String key) {
        for (ResourceBundle b : load(SWEDISH)) {
            if (b.containsKey(key)) {
                return b.getString(key);
            }
        }
        throw new MissingResourceException("No text for " + key, "Localization", key);
    }

    private static String format(String pattern, Object[] args) {
        Locale in = locale;
        MessageFormat format = FORMATS.computeIfAbsent(in.toLanguageTag() + "|" + pattern,
                k -> new MessageFormat(pattern, in));
        // A format is not safe for two threads at once; the background's texts and the FX thread's share it.
        synchronized (format) {
            return format.format(args);
        }
    }

    /** A refusal or failure from below, said in the user's language. */
    public static String message(DomainException e) {
        return get(e.key(), e.args());
    }

    public static String kind(MatterKind kind) {
        return get("kind." + kind.code());
    }

    public static String status(Status status) {
        return get("status." + status.code());
    }

    /** A status in the form that agrees with the kind: "Inlämnad" for a motion, "Inlämnat" for a medborgarförslag. */
    public static String status(MatterKind kind, Status status) {
        String specific = "status." + kind.code() + "." + status.code();
        return has(specific) ? get(specific) : status(status);
    }

    /**
     * A status said of matters of several kinds, as a chart's legend says it: one form where they agree, else each
     * form once, "Inlämnad/inlämnat" for motions and medborgarförslag together.
     */
    public static String status(Collection<MatterKind> kinds, Status status) {
        List<String> forms = kinds.stream().sorted().map(k -> status(k, status)).distinct().toList();
        if (forms.isEmpty()) {
            return status(status);
        }
        return forms.getFirst() + forms.stream().skip(1).map(f -> "/" + f.toLowerCase(locale))
                .collect(Collectors.joining());
    }

    /**
     * A group's stance in words, naming what it is about ("Bifall till medborgarförslaget"); "Inte bestämt" for none.
     * The same words on screen, on the command line and in the briefs.
     *
     * @param kind the kind of matter the item is about, or null for a free-text item, which reads as
     *     {@link MatterKind#OTHER}: its proposal is its own ("Bifall till förslaget till beslut"), not the board's
     */
    public static String stance(Stance stance, MatterKind kind) {
        if (stance == null) {
            return get("stance.undecided");
        }
        String specific = "stance." + stance.code() + "." + (kind == null ? MatterKind.OTHER : kind).code();
        return has(specific) ? get(specific) : get("stance." + stance.code());
    }

    /** Whether a text exists for a key, for wording that has a special case and a general one. */
    public static boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    public static String decision(Decision decision) {
        return get("decision." + decision.code());
    }

    private static Object[] words(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = switch (args[i]) {
                // Inside a sentence a kind is a common noun: "ärendetypen motion" (its label, "Motion", heads a field).
                case MatterKind k -> kind(k).toLowerCase(locale());
                case Status s -> status(s);
                case Decision d -> decision(d);
                case Stance s -> stance(s, null);
                case Limit l -> get("limit." + l.code());
                // A meeting as people name it in a sentence: "KF 14 december 2026" (its label says "KF 2026-12-14").
                case Meeting m -> Dates.meetingLabel(m.label());
                case LocalDate d -> Dates.running(d);
                case LocalDateTime t -> Dates.running(t);
                case LocalTime t -> Dates.time(t);
                case Instant t -> Dates.running(LocalDateTime.ofInstant(t, ZoneId.systemDefault()));
                case Number n -> n;
                case null -> "";
                default -> args[i].toString();
            };
        }
        return out;
    }
}
