package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServerAddressTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            postgresql://anna@db.kommun.se:5433/ledamot           | anna@db.kommun.se:5433/ledamot | jdbc:postgresql://db.kommun.se:5433/ledamot
            postgres://db.kommun.se/ledamot                       | eva@db.kommun.se:5432/ledamot  | jdbc:postgresql://db.kommun.se:5432/ledamot
            jdbc:postgresql://localhost/ledamot?user=karin         | karin@localhost:5432/ledamot   | jdbc:postgresql://localhost:5432/ledamot
            postgresql://anna@[::1]:5432/ledamot?sslmode=verify-full | anna@[::1]:5432/ledamot      | jdbc:postgresql://[::1]:5432/ledamot?sslmode=verify-full
            """)
    void theFormsAdministratorsWriteAreRead(String url, String shown, String jdbc) {
        ServerAddress a = ServerAddress.parse(url, "eva");
        assertThat(a).hasToString(shown);
        assertThat(a.jdbcUrl()).isEqualTo(jdbc);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://anna:hemligt@db/ledamot", "jdbc:postgresql://db/ledamot?password=x",
            "postgresql://db/ledamot?user=a&PASSWORD=x"})
    void aPasswordInTheAddressIsRefused(String url) {
        assertThatThrownBy(() -> ServerAddress.parse(url, "eva")).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.key()).isEqualTo("server.url.password"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "mysql://db/ledamot", "postgresql://db", "postgresql://db/", "postgresql://db/a/b",
            "postgresql:///ledamot"})
    void anAddressWithoutServerOrDatabaseIsRefused(String url) {
        assertThatThrownBy(() -> ServerAddress.parse(url, "eva")).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.key()).isEqualTo("server.url.invalid"));
    }
}
