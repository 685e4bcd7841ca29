package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeechKind;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Position;
import se.ledamot.store.MatterStore;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestServer;

/**
 * The application tells when a change was recorded to be sent, whichever screen's service wrote it (issue 16 walk:
 * the status bar learnt of matters only, so an answer or a position written on the train left it saying "allt är
 * synkat" until a 2 s poll was added). Each screen's write below is told once it is stored, with the change already
 * counted as waiting; a read tells nothing, and neither does a sync writing what it brought.
 */
class ChangeRecordedSignalTest {
    private static final String LOGIN = "signal_anna";

    @TempDir
    Path folder;

    private TestServer server;
    private Ledamot app;
    private SyncService replica;
    /** What waited to be sent each time the application told of a change, read when told. */
    private final List<Integer> told = new ArrayList<>();

    @BeforeEach
    void aLaptopWithACopyOfTheServer() {
        server = new TestServer().enrol(LOGIN, "S", ServerRole.MEMBER, "Anna");
        server.registered(Matter.newMatter(MatterKind.INTERPELLATION, "Interpellation om skolskjutsarna").build());
        app = Ledamot.open(folder, Clock.systemUTC());
        replica = app.replica().orElseThrow();
        ServerClients.sync(app, server.url(LOGIN), LOGIN);
        replica.onChangeRecorded(() -> told.add(replica.status().orElseThrow().waiting()));
    }

    @AfterEach
    void end() {
        app.close();
        server.close();
    }

    /** The write is told, after it is stored: what waits when told is what waits after it. */
    private <T> T toldOf(String screen, java.util.function.Supplier<T> write) {
        int before = told.size();
        T result = write.get();
        assertThat(told).as(screen + "'s write is told").hasSizeGreaterThan(before);
        assertThat(told.getLast()).as(screen + ": the change is stored when told")
                .isEqualTo(replica.status().orElseThrow().waiting()).isPositive();
        return result;
    }

    @Test
    void everyScreensWriteIsToldOnceStored() {
        Matter matter = app.matters().list().getFirst();
        toldOf("Registret", () -> app.matters().save(matter.toBuilder().place("Nödinge").build()));
        Meeting meeting = toldOf("Sammanträden", () -> app.meetings().add(Meeting.planned("KF",
                LocalDate.now(Clock.systemUTC()).plusDays(14))));
        AgendaItem item = toldOf("Föredragningslistan", () -> app.meetings().addMatters(meeting.id(),
                List.of(matter.id())).getFirst());
        toldOf("Partigrupp", () -> {
            app.positions().save("S", Position.undecided(item.id(), "S").withSpeaker("Anna Ek"));
            return null;
        });
        toldOf("Svar", () -> app.answers().autosave(matter.id(), "Ordförande, tack för frågan.", Set.of()));
        toldOf("Debatt", () -> {
            app.debates().saveSpeakers(item.id(), app.debates().open(item.id()).speakers()
                    .add(new Speaker(new Person("Anna Ek", "S"), SpeechKind.SPEECH, 3, "")));
            return null;
        });
        toldOf("Protokoll", () -> {
            app.papers().saveMinutes(app.papers().minutes(meeting.id()).withTimes(LocalTime.of(18, 0), null));
            return null;
        });
    }

    @Test
    void aReadAndASyncBringingTheServersChangesTellNothing() {
        app.matters().list();
        app.meetings().list();
        try (OpenDatabase s = server.admin()) {
            MatterStore store = new MatterStore(s.dsl(), Clock.systemUTC());
            store.save(store.list().getFirst().toBuilder().place("Surte").build());
        }
        SyncService.Summary brought = ServerClients.sync(app, server.url(LOGIN), LOGIN);

        assertThat(brought.pulled()).isPositive();
        assertThat(app.matters().list().getFirst().place()).isEqualTo("Surte");
        assertThat(told).isEmpty();
    }
}
