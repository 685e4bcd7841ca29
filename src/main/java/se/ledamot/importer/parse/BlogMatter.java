package se.ledamot.importer.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a blog page puts around a council text, told apart line by line so the importer keeps the council text: the
 * comments and everything after them ("1 kommentar:", "Anonym sa..."), share and like buttons, navigation, labels, and
 * the post's date and byline. Councillors save such pages as they are (the seed documents are such pages), so this is
 * part of reading real text. Each line is looked at once, by anchored patterns over that line only: linear time.
 */
final class BlogMatter {
    /** What a line is to the council text. */
    enum Kind {
        /** Council text. */
        TEXT,
        /** The post's date or byline: it dates the text, so the extractors read it, but it is no part of the body. */
        DATELINE,
        /** Page furniture: neither read nor kept. */
        FURNITURE,
        /** The comments begin: this line and all after it go. */
        COMMENTS
    }

    /** Lines that are nothing but a button or a navigation link, compared lower-case without a closing colon. */
    private static final Set<String> FURNITURE = Set.of("gilla", "gilla detta", "gillar", "gilla laddar...",
            "gilla laddar…", "laddar...", "laddar…", "dela", "dela detta", "dela på facebook", "dela på twitter",
            "dela på linkedin", "dela på x", "facebook", "twitter", "linkedin", "pinterest", "e-post", "e-posta",
            "skicka med e-post", "skriv ut", "tweet", "twittra", "tipsa", "tipsa en vän", "blogga om det här!",
            "dela med twitter", "dela med facebook", "dela med pinterest", "äldre inlägg", "nyare inlägg", "startsida",
            "hem", "meny", "sök", "sök efter", "inläggsnavigering", "föregående inlägg", "nästa inlägg", "relaterat",
            "relaterade inlägg", "läs mer", "läs mer »", "länka till detta inlägg", "länkar till detta inlägg",
            "skapa en länk", "prenumerera på: inlägg (atom)", "prenumerera på: kommentarer till inlägget (atom)",
            "prenumerera på: kommentarer (atom)", "kommentera", "rapportera", "annons", "annonser", "om mig",
            "om oss", "om bloggen", "kontakt", "kontakta oss", "arkiv", "bloggarkiv", "nyheter", "aktuellt",
            "senaste inläggen", "senaste kommentarerna", "bli medlem", "mina uppdrag", "prenumerera",
            "prenumerera på: inlägg", "till startsidan", "inga kommentarer");
    /** "Etiketter: integration, KF", "Kategorier: …", "← Föregående inlägg …". */
    private static final Pattern FURNITURE_START = Pattern.compile("(?:(?:etiketter|kategorier|taggar|publicerat i"
            + "|arkiverad under|postat i|tags)\\s*+:|[←«]\\s)", Scan.FLAGS);
    /** "1 kommentar:", "Kommentarer (3)", "Skicka en kommentar", "3 svar på ”Rubrik”", "Lämna ett svar". */
    private static final Pattern COMMENTS = Pattern.compile("(?:\\d{1,6}+\\s++kommentar(?:er)?+\\s*+:?"
            + "|kommentarer(?:\\s*+\\(\\d{1,6}+\\))?+\\s*+:?|(?:skicka|lämna|skriv)\\s++en\\s++kommentar\\s*+:?"
            + "|lämna\\s++ett\\s++svar|\\d{1,6}+\\s++svar\\s++på\\s.{0,200})", Scan.FLAGS);
    /** "Anonym sa...", "Anna Ek sa…", "Kalle skrev...": a comment's header, up to four words of name. */
    private static final Pattern COMMENTER = Pattern.compile("(?:[\\p{L}\\d.'’-]++\\s++){0,4}+(?:sa|skrev|sade)"
            + "\\s*+(?:\\.{3}|…)\\s*+:?", Scan.FLAGS);
    /** "torsdag 27 maj 2010" alone on its line, Blogger's post date, or a byline with or without a date. */
    private static final Pattern POST_DATE = Pattern.compile("(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag"
            + "|söndag)(?:en)?+,?\\s++(?:den\\s++)?\\d{1,2}\\s++" + SwedishDates.MONTH + "\\s++\\d{4}"
            + "(?:,?\\s++(?:kl\\.?\\s*+)?\\d{1,2}[:.]\\d{2})?|(?:upplagd|upplagt|postat|postad|publicerad|publicerat"
            + "|skrivet|skriven)\\s++(?:av|den|:)\\s.{0,200})", Scan.FLAGS);

    private BlogMatter() {
    }

    /** What one evened-out line is; {@code textBefore} says whether council text came before it. */
    static Kind of(String line, boolean textBefore) {
        if (line.isEmpty() || line.length() > 200) {
            return Kind.TEXT;
        }
        String plain = Scan.trimEnd(line.toLowerCase(Locale.ROOT), ": ");
        if (FURNITURE.contains(plain) || Scan.lookingAt(FURNITURE_START, line)) {
            return Kind.FURNITURE;
        }
        if (Scan.matches(POST_DATE, line)) {
            return Kind.DATELINE;
        }
        if (textBefore && (Scan.matches(COMMENTS, line) || Scan.matches(COMMENTER, line))) {
            return Kind.COMMENTS;
        }
        return Kind.TEXT;
    }
}
