package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;

/**
 * The register narrowed to one person: the matters they wrote or were asked, name and party as written (a namesake
 * of another party is someone else), none in the trash, combined with the search text and the other filters.
 */
class RegisterPersonFilterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void aPersonIsAFilterSoTheRegistersCountIsNotTakenFromTheirIds() {
        RegisterService.Query anyone = RegisterService.Query.ALL;
        assertThat(anyone.isEverything()).isTrue();
        assertThat(anyone.withPerson(new Person("Anna Berg", "S")).isEverything()).isFalse();
    }

    @Test
    void aPersonsMattersAsAuthorOrAddresseeAndNoOneElses() {
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            Person anna = new Person("Anna Berg", "S");
            long wrote = add(app, "Motion om en ny simhall", List.of(anna, new Person("Per Ek", "V")), null);
            long asked = add(app, "Interpellation om skolskjuts", List.of(new Person("Lars Öberg", "M")),
                    new Addressee("Anna Berg", "S", "kommunstyrelsens ordförande"));
            long alone = add(app, "Motion om fler cykelvägar", List.of(anna), null);
            add(app, "Motion om en simhall i Berga", List.of(new Person("Anna Berg", "V")), null);
            add(app, "Motion om lekplatser", List.of(new Person("Per Ek", "V")), null);
            long trashed = add(app, "Motion om en klimatplan", List.of(anna), null);
            app.trash().trash(trashed);
            RegisterService register = app.register();
            RegisterService.Query hers = RegisterService.Query.ALL.withPerson(anna);

            assertThat(register.ids(hers, false)).containsExactly(alone, asked, wrote);
            assertThat(register.ids(hers.withText("simhall"), false)).containsExactly(wrote);
            assertThat(register.ids(hers.withFilters(java.util.Set.of(MatterKind.INTERPELLATION), java.util.Set.of(),
                    java.util.Set.of()), false)).containsExactly(asked);
            assertThat(register.ids(RegisterService.Query.ALL, false)).hasSize(5);
        }
    }

    private static long add(Ledamot app, String title, List<Person> authors, Addressee to) {
        MatterKind kind = to == null ? MatterKind.MOTION : MatterKind.INTERPELLATION;
        return app.matters().add(Matter.newMatter(kind, title).authors(authors).addressee(to).build()).id();
    }
}
