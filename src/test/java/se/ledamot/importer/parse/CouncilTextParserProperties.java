package se.ledamot.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.ledamot.importer.draft.ImportDraft;

/** Whatever text comes in, the parser gives a draft and keeps every character of it. */
class CouncilTextParserProperties {
    private final CouncilTextParser parser = new CouncilTextParser();

    @Property(tries = 400)
    void anyTextGivesADraftThatKeepsTheWholeText(@ForAll String text, @ForAll String name) {
        assertKept(text, name);
    }

    @Property(tries = 400)
    void councilLikeTextGivesADraftThatKeepsTheWholeText(@ForAll("councilText") String text) {
        assertKept(text, "dokument.txt");
    }

    private void assertKept(String text, String name) {
        ImportDraft d = parser.parse(text, name);
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.matter().body()).isEqualTo(text);
        assertThat(d.matter().title()).isNotBlank();
    }

    /** Lines from real council texts, shuffled and repeated, with the odd broken date or bracket. */
    @Provide
    Arbitrary<String> councilText() {
        List<String> pieces = List.of("Motion om att upprätta en integrationsplan", "Interpellation till",
                "Fråga till kommunalrådet Anna Ek (", "Svar på interpellation från", "Medborgarförslag:",
                "Vi föreslår därför:", "att", "Att en plan tas fram", "yrkar att fullmäktige beslutar att ",
                "1 Hur långt har arbetet kommit? 2 När", "2.", "?", "Stenungsund 2015-02-16", "den 31 februari 2024",
                "torsdag 27 maj 2010", "Sista juni ska alla svar vara inne.", "senast den 45 mars", "Jan Alexandersson (V)",
                "(M)", ".....", "Med vänlig hälsning", "För Vänsterpartiet", "följande svar:", "1 kommentar:", "",
                "\n", "\r\n", "\t", "  ", "Dnr KS 2015/", "Ordförande!", "på remiss", "ÅÄÖ åäö é ü", "\u00A0",
                "9999-99-99", "1/13 2020", "Till: ", "om ", "|");
        return Arbitraries.of(pieces).list().ofMaxSize(40).map(l -> String.join("\n", l))
                .flatMap(s -> Arbitraries.of(s, s.replace("\n", " "), s.toUpperCase()));
    }
}
