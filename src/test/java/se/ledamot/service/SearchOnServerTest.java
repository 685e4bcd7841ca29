package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.search.Hit;
import se.ledamot.search.SearchIndex;
import se.ledamot.search.SearchQuery;
import se.ledamot.store.DatabaseTarget;
import se.ledamot.store.ServerAddress;
import se.ledamot.store.ServerCache;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestPostgres;
import se.ledamot.store.TestServer;

/**
 * Search in a program working on a shared server (it said "Sökningen behöver en datamapp; på en delad server finns
 * ingen än." at every start, and found nothing): the index is made in memory from the server and follows what every
 * member writes there.
 */
class SearchOnServerTest {
    private static final String MEMBER = "search_anna_s";
    private static final String SECRETARY = "search_karin_ks";

    private TestServer server;

    @BeforeEach
    void aServerWithAMemberAndTheSecretary() {
        server = new TestServer().enrol(MEMBER, "S", ServerRole.MEMBER, "Anna")
                .enrol(SECRETARY, null, ServerRole.COUNCIL_SECRETARY, "Karin");
    }

    @AfterEach
    void drop() {
        server.close();
    }

    @Test
    void aMemberFindsWhatTheSecretaryWritesOnTheServerWordFormsAndAll() {
        try (Ledamot karin = open(SECRETARY); Ledamot anna = open(MEMBER)) {
            Matter plan = karin.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om integrationsplanen")
                    .body("Kommunen behöver en ny plan.").build());
            assertThat(labels(anna, "plan för integration")).containsExactly(plan.title());

            Matter cycling = karin.matters().add(Matter.newMatter(MatterKind.INTERPELLATION,
                    "Interpellation om cykelvägar").build());
            assertThat(labels(anna, "cykelvägen")).as("a change by another member, found at the next search")
                    .containsExactly(cycling.title());
            assertThat(anna.register().ids(RegisterService.Query.ALL.withText("integrationsplan"), false))
                    .as("the register's search field").containsExactly(plan.id());

            karin.trash().trash(plan.id());
            assertThat(labels(anna, "integrationsplanen")).as("a matter put in the trash on the server").isEmpty();
        }
    }

    /**
     * The index is kept in the user's cache folder, one for each database and login, and the next start brings it up
     * to date (making it anew took minutes at 100 000 matters).
     */
    @Test
    void theIndexIsKeptInTheCacheForTheLoginAndTheNextStartTakesInWhatChangedMeanwhile() throws Exception {
        try (Ledamot anna = open(MEMBER); Ledamot karin = open(SECRETARY)) {
            karin.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om nattbussar").build());
            assertThat(labels(anna, "nattbuss")).hasSize(1);
            assertThat(labels(karin, "nattbuss")).hasSize(1);
        }
        List<Path> folders;
        try (var listed = Files.list(Path.of(System.getProperty(ServerCache.PROPERTY), "servers"))) {
            String thisServer = "127.0.0.1-" + TestPostgres.get().port() + "-" + server.database + "-";
            folders = listed.filter(f -> f.getFileName().toString().startsWith(thisServer)).toList();
        }
        assertThat(folders).hasSize(2)
                .allSatisfy(f -> assertThat(f.resolve(SearchService.FOLDER)).isNotEmptyDirectory());
        assertThat(folders).anySatisfy(f -> assertThat(f.getFileName().toString()).endsWith(MEMBER));
        server.registered(Matter.newMatter(MatterKind.MOTION, "Motion om fler nattbussar").build());
        try (Ledamot anna = open(MEMBER)) {
            assertThat(labels(anna, "nattbuss")).hasSize(2);
        }
    }

    @Test
    void aCacheFolderThatCannotBeMadeLeavesTheIndexInMemory(@TempDir Path home) throws Exception {
        Path notAFolder = Files.writeString(home.resolve("inte-en-mapp"), "");
        try (SearchIndex index = IndexPlace.ofServer(notAFolder).open()) {
            assertThat(index.isWritable()).isTrue();
            assertThat(index.committedState()).isEmpty();
        }
        assertThat(notAFolder).isRegularFile();
    }

    /**
     * A change is stamped with the clock of the laptop that made it: one whose clock is behind stamps it before the
     * newest change the other's index has seen, and the index must still take it in (from the server's change
     * numbers, which follow the order of the commits).
     */
    @Test
    void aChangeFromALaptopWhoseClockIsAnHourBehindIsFoundToo() {
        Clock behind = Clock.offset(Clock.systemDefaultZone(), Duration.ofHours(-1));
        try (Ledamot karin = Ledamot.open(new DatabaseTarget.Server(ServerAddress.parse(server.url(SECRETARY), "x"),
                TestPostgres.PASSWORD::toCharArray), behind); Ledamot onTime = open(SECRETARY);
                Ledamot anna = open(MEMBER)) {
            Matter buses = onTime.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om nattbussar").build());
            assertThat(labels(anna, "nattbuss")).containsExactly(buses.title());

            Matter edited = karin.matters().require(buses.id()).toBuilder()
                    .title("Motion om nattbussar och cykelvägar").build();
            assertThat(karin.matters().save(edited)).isTrue();
            assertThat(labels(anna, "cykelvägen")).containsExactly(edited.title());
        }
    }

    private static List<String> labels(Ledamot app, String text) {
        return app.search().search(SearchQuery.of(text, 10)).stream().map(Hit::label).toList();
    }

    private Ledamot open(String login) {
        return ServerClients.online(server.url(login));
    }
}
