package se.ledamot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.search.SearchDocuments.AgendaItemDocument;
import se.ledamot.search.SearchDocuments.MatterDocument;
import se.ledamot.search.SearchDocuments.MeetingDocument;
import se.ledamot.search.SearchDocuments.PersonDocument;

/** The Swedish search cases of issue 15: word forms, compounds, diacritics, phrases, prefixes, filters, ranking. */
class SwedishSearchTest {
    @TempDir
    Path folder;

    private SearchIndex index;

    @BeforeEach
    void fill() {
        index = SearchIndex.open(folder);
        index.putMatters(List.of(
                matter(1, MatterKind.MOTION, "Motion om att upprätta en integrationsplan", "Kommunen saknar en plan.",
                        "V", 2015, Status.SUBMITTED, "KF"),
                matter(2, MatterKind.INTERPELLATION, "Interpellation om arbetet med integration",
                        "Hur ser arbetet med en plan för integration ut i kommunen?", "S", 2019, Status.ANSWERED, "KF"),
                matter(3, MatterKind.MOTION, "Motionen om fler cykelvägar", "Cyklister behöver säkra vägar.", "M",
                        2019, Status.DECIDED, "KS"),
                matter(4, MatterKind.QUESTION, "Fråga om skolskjuts", "Fråga ställd av Åsa Åkesson om skjutsen.", "SD",
                        2021, Status.SUBMITTED, "KF"),
                matter(5, MatterKind.QUESTION, "Fråga om badplatsen", "Sven Akesson undrar över badet.", "C", 2021,
                        Status.SUBMITTED, "KF"),
                matter(6, MatterKind.MOTION, "Motion om planering", "Integration nämns här, och längre fram en plan"
                        + " för annat.", "L", 2022, Status.REFERRED, "KS")));
        index.putMeeting(new MeetingDocument(10, "KF", "Kommunfullmäktige", LocalDate.of(2019, 3, 18),
                LocalTime.of(18, 0), "Stadshuset"), List.of(new AgendaItemDocument(100, 10, "KF",
                LocalDate.of(2019, 3, 18), 3, 2L, "Interpellation om arbetet med integration",
                "Fullmäktige noterar att integrationsfrågan är besvarad.", "")));
        index.putPeople(List.of(new PersonDocument("Åsa Åkesson", "SD", 1), new PersonDocument("Sven Akesson", "C",
                1)), Map.of("V", "Vänsterpartiet", "S", "Socialdemokraterna"));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static MatterDocument matter(long id, MatterKind kind, String title, String body, String party, int year,
            Status status, String bodyCode) {
        Matter.Builder b = Matter.newMatter(kind, title).id(id).body(body).status(status)
                .submitted(LocalDate.of(year, 3, 1)).authors(List.of(new Person("Anna Berg", party)));
        if (kind.hasAddressee()) {
            b.addressee(new Addressee("Karin Ek", "S", "kommunstyrelsens ordförande"));
            if (status == Status.ANSWERED) {
                b.answer("Arbetet med integrationsplanen pågår.");
            }
        }
        return new MatterDocument(b.build(), Set.of(bodyCode));
    }

    private List<Long> matters(String text) {
        return matters(SearchQuery.of(text, 50));
    }

    private List<Long> matters(SearchQuery q) {
        return Arrays.stream(index.ids(q.withTypes(Set.of(HitType.MATTER)))).boxed().toList();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            motionen            | 1 3 6
            motion              | 1 3 6
            motioner            | 1 3 6
            cykelväg            | 3
            integrationsplanen  | 1 2
            plan för integration| 1 2 6
            skolskjutsen        | 4
            """)
    void wordFormsAndCompounds(String text, String ids) {
        assertThat(matters(text)).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ids.split(" ")).map(Long::valueOf).toList());
    }

    @Test
    void aCompoundsPartsMustStandNearEachOther() {
        // 6 has "integration" and, seven words on, "plan": not a plan for integration, though it has both words.
        assertThat(matters("integrationsplanen")).doesNotContain(6L);
        assertThat(matters("\"plan för integration\"")).doesNotContain(6L);
    }

    @Test
    void diacriticsAreIgnoredOnlyWhenAsked() {
        assertThat(matters("Åkesson")).containsExactly(4L);
        assertThat(matters("Akesson")).containsExactly(5L);
        assertThat(matters(SearchQuery.of("Akesson", 50).ignoringDiacritics(true))).containsExactlyInAnyOrder(4L, 5L);
        assertThat(matters(SearchQuery.of("Åkesson", 50).ignoringDiacritics(true))).containsExactlyInAnyOrder(4L, 5L);
    }

    @Test
    void aPhraseNeedsItsWordsTogetherAndAPrefixFindsWhatBeginsWithIt() {
        assertThat(matters("\"plan för integration\"")).containsExactly(2L);
        // 2's answer speaks of "integrationsplanen".
        assertThat(matters("integrationsp*")).containsExactlyInAnyOrder(1L, 2L);
        assertThat(matters(SearchQuery.of("integrationsp", 50).typing(true))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(matters(SearchQuery.of("cykelv", 50).typing(true))).containsExactly(3L);
    }

    @Test
    void filtersCombine() {
        SearchQuery all = SearchQuery.of("", 50);
        assertThat(matters(all.withKinds(Set.of(MatterKind.MOTION)).withParties(Set.of("v", "M"))))
                .containsExactlyInAnyOrder(1L, 3L);
        assertThat(matters(all.withKinds(Set.of(MatterKind.QUESTION)).withStatuses(Set.of(Status.SUBMITTED))
                .withYears(2021, 2021).withBodies(Set.of("KF")))).containsExactlyInAnyOrder(4L, 5L);
        assertThat(matters(SearchQuery.of("integration", 50).withYears(2016, null).withBodies(Set.of("KF"))))
                .containsExactly(2L);
    }

    @Test
    void aTitleMatchRanksAboveABodyMatchAndTheWordsAreMarked() {
        List<Hit> hits = index.search(SearchQuery.of("integration", 10).withTypes(Set.of(HitType.MATTER)));
        assertThat(hits.getFirst().id()).isEqualTo(2L);
        Hit first = hits.getFirst();
        String marked = first.label().substring(first.labelMarks().getFirst().start(),
                first.labelMarks().getFirst().end());
        assertThat(marked).isEqualTo("integration");
        Hit.Snippet snippet = SearchIndex.snippet(SearchQuery.of("integrationsplanen", 10),
                "Hur ser arbetet med en plan för integration ut i kommunen?");
        assertThat(snippet.marks()).extracting(m -> snippet.text().substring(m.start(), m.end()))
                .containsExactly("plan", "integration");
    }

    @Test
    void everythingIsFoundInOneSearch() {
        List<Hit> hits = index.search(SearchQuery.of("integration", 20));
        assertThat(hits).extracting(Hit::type).contains(HitType.MATTER, HitType.ANSWER, HitType.AGENDA_ITEM);
        Hit item = hits.stream().filter(h -> h.type() == HitType.AGENDA_ITEM).findFirst().orElseThrow();
        assertThat(item.meetingId()).isEqualTo(10L);
        assertThat(index.search(SearchQuery.of("Stadshuset", 5))).extracting(Hit::type).containsExactly(HitType.MEETING);
        assertThat(index.search(SearchQuery.of("åkess", 5).typing(true).withTypes(Set.of(HitType.PERSON))))
                .extracting(Hit::key).containsExactly("Åsa Åkesson (SD)");
        assertThat(index.search(SearchQuery.of("vänster", 5).typing(true).withTypes(Set.of(HitType.PARTY))))
                .extracting(Hit::key).containsExactly("V");
    }

    @Test
    void aCommitKeepsTheStateAndASecondProgramReadsWithoutWriting() {
        index.commit(Map.of("matters", "42"));
        try (SearchIndex other = SearchIndex.open(folder)) {
            assertThat(other.isWritable()).isFalse();
            assertThat(other.committedState()).containsEntry("matters", "42");
            assertThat(other.ids(SearchQuery.of("cykelvägar", 5))).containsExactly(3L);
        }
    }
}
