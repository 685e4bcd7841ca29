package se.ledamot.store.generate;

import static se.ledamot.store.generate.Vocabulary.PLACES;
import static se.ledamot.store.generate.Vocabulary.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import se.ledamot.domain.MatterKind;
import se.ledamot.store.generate.Vocabulary.Subject;

/**
 * Swedish council prose for generated matters: titles as registers write them, bodies of a few paragraphs that use
 * the subject in its compound, definite and phrase forms, att-satser, numbered questions and answers.
 */
final class Prose {
    private static final List<String> OPENINGS = List.of(
            "Kommunen har under flera år diskuterat %s utan att något konkret har hänt.",
            "Många invånare i %s har hört av sig om frågan.",
            "Frågan om %s har återkommit i fullmäktige gång på gång.",
            "Det finns i dag ingen samlad bild av hur kommunen arbetar med %s.",
            "Enligt den senaste medborgarundersökningen är %s en av de viktigaste frågorna.");
    private static final List<String> MIDDLES = List.of(
            "Andra kommuner i länet har redan tagit fram en %s och sett goda resultat.",
            "En %s skulle ge förvaltningen ett tydligt uppdrag och en tidsplan.",
            "Kostnaden bedöms som rimlig i förhållande till nyttan för invånarna.",
            "Förvaltningen har i sitt tjänsteutlåtande pekat på behovet av en %s.",
            "I budgeten för %d avsattes inga medel för detta, vilket har fått konsekvenser.",
            "Det handlar ytterst om likvärdighet mellan kommunens olika delar.",
            "Ansvaret är i dag otydligt fördelat mellan nämnderna.",
            "Vi menar att %s måste prioriteras under mandatperioden.");
    private static final List<String> CLOSINGS = List.of(
            "Mot bakgrund av detta föreslår vi följande.",
            "Därför vill vi att kommunen tar ett samlat grepp om frågan.",
            "Det är dags att gå från ord till handling.",
            "Vi ser fram emot ett positivt besked.");

    private Prose() {
    }

    static String title(MatterKind kind, Subject s, String role, String sender, Random r) {
        String place = pick(r, PLACES);
        return switch (kind) {
            case MOTION -> pick(r, List.of("Motion om att upprätta en " + s.compound(),
                    "Motion om " + s.compound() + " i " + place, "Motion om en ny " + s.compound(),
                    "Motion om " + s.phrase()));
            case INTERPELLATION -> "Interpellation till " + role + " om " + s.definite();
            case QUESTION -> "Fråga till " + role + " om " + s.compound() + " i " + place;
            case CITIZEN_PROPOSAL -> pick(r, List.of("Medborgarförslag om " + s.compound() + " i " + place,
                    "Medborgarförslag om " + s.phrase()));
            case REFERRAL -> "Remiss från " + sender + " om " + s.phrase() + " – yttrande";
            case SPEECH -> "Anförande om " + s.definite();
            case OTHER -> "Information om " + s.definite() + " i " + place;
        };
    }

    static String body(MatterKind kind, Subject s, int year, Random r) {
        StringBuilder b = new StringBuilder();
        int paragraphs = 2 + r.nextInt(3);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                b.append("\n\n");
            }
            b.append(fill(pick(r, p == 0 ? OPENINGS : MIDDLES), s, year, r)).append(' ');
            b.append(fill(pick(r, MIDDLES), s, year, r)).append(' ');
            b.append(fill(pick(r, MIDDLES), s, year, r));
        }
        if (kind == MatterKind.MOTION || kind == MatterKind.CITIZEN_PROPOSAL) {
            b.append("\n\n").append(pick(r, CLOSINGS));
        }
        return b.toString();
    }

    private static String fill(String template, Subject s, int year, Random r) {
        if (template.contains("%d")) {
            return String.format(template, year - 1);
        }
        if (!template.contains("%s")) {
            return template;
        }
        Object word = template.toLowerCase(java.util.Locale.ROOT).contains("en %s") ? s.compound()
                : template.contains(" i %s") ? pick(r, PLACES) : pick(r, List.of(s.definite(), s.phrase()));
        return String.format(template, word);
    }

    static List<String> proposals(Subject s, Random r) {
        List<String> all = new ArrayList<>(List.of("kommunstyrelsen får i uppdrag att ta fram en " + s.compound(),
                "arbetet redovisas för fullmäktige senast inom ett år"));
        if (r.nextBoolean()) {
            all.add("medel för " + s.phrase() + " avsätts i kommande budget");
        }
        return all;
    }

    static List<String> questions(Subject s, Random r) {
        List<String> all = new ArrayList<>(List.of("Hur ser du på " + s.definite() + "?",
                "Vilka åtgärder avser du att vidta?"));
        if (r.nextBoolean()) {
            all.add("När kan invånarna i " + pick(r, PLACES) + " räkna med en förbättring?");
        }
        return all;
    }

    static String answer(Subject s, Random r) {
        return "Tack för frågan. Arbetet med " + s.definite() + " pågår och förvaltningen återkommer med en "
                + "redovisning under året. " + fill(pick(r, MIDDLES), s, 2020, r) + "\n\nSammanfattningsvis delar "
                + "jag uppfattningen att " + s.phrase() + " är viktigt, och vi kommer att följa frågan noga.";
    }

    static String proposalForDecision(MatterKind kind, Random r) {
        return switch (kind) {
            case INTERPELLATION, QUESTION -> "Fullmäktige noterar att frågan är besvarad.";
            case REFERRAL -> "Yttrandet antas och översänds.";
            default -> pick(r, List.of("Motionen bifalls.", "Motionen avslås.", "Motionen anses besvarad.",
                    "Motionen bifalls delvis i enlighet med kommunstyrelsens förslag."));
        };
    }

    static String arguments(Subject s, Random r) {
        return pick(r, List.of("Vi har drivit " + s.definite() + " länge och bör stå fast.",
                "Förslaget går i rätt riktning men är underfinansierat.",
                "Vi yrkar bifall; " + s.phrase() + " är en fråga om rättvisa.",
                "Förvaltningens utredning visar att kostnaden är för hög."));
    }
}
