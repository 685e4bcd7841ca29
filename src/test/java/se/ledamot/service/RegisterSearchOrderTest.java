package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.search.Hit;
import se.ledamot.search.HitType;
import se.ledamot.search.SearchQuery;

/**
 * The register's search in each order: ranked as the search ranks its best hits, in a column's order exactly as
 * the database orders the same matters, and that order kept only while the matters do not change.
 */
class RegisterSearchOrderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);
    private static final List<String> TYPED = List.of("integrationsp", "skol", "plan för integration", "budget",
            "Åkesson s");

    @TempDir
    Path folder;

    @BeforeEach
    void generate() {
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            app.generate().generate(400, 7, n -> { }, n -> { });
        }
    }

    @Test
    void rankedAsTheSearchRanksItsBestHits() {
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            for (String text : TYPED) {
                long[] ranked = app.register().ids(RegisterService.Query.ALL.withText(text)
                        .sortedBy(RegisterService.Sort.RELEVANCE, false), true);
                List<Long> best = app.search().search(SearchQuery.of(text, 15).typing(true)
                        .withTypes(Set.of(HitType.MATTER))).stream().map(Hit::id).toList();
                assertThat(ranked).as(text).hasSizeGreaterThanOrEqualTo(best.size());
                assertThat(Arrays.stream(ranked).limit(best.size()).boxed().toList()).as(text).isEqualTo(best);
            }
        }
    }

    @Test
    void inAColumnsOrderAsTheDatabaseOrdersTheSameMatters() {
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            RegisterService register = app.register();
            for (RegisterService.Sort sort : RegisterService.Sort.values()) {
                if (sort == RegisterService.Sort.RELEVANCE) {
                    continue;
                }
                for (boolean up : new boolean[] {true, false}) {
                    RegisterService.Query q = RegisterService.Query.ALL.sortedBy(sort, up);
                    long[] everything = register.ids(q, false);
                    for (String text : TYPED) {
                        Set<Long> hits = Arrays.stream(register.ids(q.withText(text)
                                .sortedBy(RegisterService.Sort.RELEVANCE, false), true)).boxed()
                                .collect(Collectors.toSet());
                        long[] expected = Arrays.stream(everything).filter(hits::contains).toArray();
                        assertThat(register.ids(q.withText(text), true)).as(sort + " " + up + " " + text)
                                .isNotEmpty().containsExactly(expected);
                    }
                }
            }
        }
    }

    @Test
    void aColumnsOrderFollowsEveryChangeOfTheMatters() {
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            RegisterService.Query byTitle = RegisterService.Query.ALL.withText("integrationsp")
                    .sortedBy(RegisterService.Sort.TITLE, true);
            long[] before = app.register().ids(byTitle, true);
            assertThat(before).hasSizeGreaterThan(2);
            long last = before[before.length - 1];
            Matter m = app.matters().require(last);
            app.matters().save(m.toBuilder().title("0000 först: " + m.title()).build());
            long[] renamed = app.register().ids(byTitle, true);
            assertThat(renamed[0]).isEqualTo(last);
            assertThat(renamed).containsExactlyInAnyOrder(before);

            app.trash().trash(before[0]);
            assertThat(app.register().ids(byTitle, true)).doesNotContain(before[0]).hasSize(before.length - 1);
            Matter added = app.matters().add(Matter.newMatter(se.ledamot.domain.MatterKind.MOTION,
                    "Ööö sist: integrationsplanen igen").build());
            long[] withNew = app.register().ids(byTitle, true);
            assertThat(withNew[withNew.length - 1]).isEqualTo(added.id());
        }
    }
}
