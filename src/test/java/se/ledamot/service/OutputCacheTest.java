package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kept output holds for its day, its call and the database as read; it is written whole or not at all. */
class OutputCacheTest {
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), STOCKHOLM);
    private static final Clock TUESDAY = Clock.fixed(Instant.parse("2026-12-08T09:00:00Z"), STOCKHOLM);

    @TempDir
    Path folder;

    private Optional<String> readOnce() {
        Ledamot app = Ledamot.open(folder, Clock.systemDefaultZone(), FolderAccess.NONE.readingOnly());
        try (app) {
            app.keepStamp();
            app.matters().eachOutline(m -> { });
        }
        return app.stampOfAllRead();
    }

    private static String printed(OutputCache cache) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return cache.printIfCurrent(out) ? out.toString(StandardCharsets.UTF_8) : null;
    }

    private void keep(OutputCache cache, String text, Optional<String> stamp) throws Exception {
        OutputStream recording = cache.record(new ByteArrayOutputStream());
        recording.write(text.getBytes(StandardCharsets.UTF_8));
        ((OutputCache.Recording) recording).keep(stamp);
    }

    @Test
    void keptForItsDayItsCallAndTheDatabaseAsRead() throws Exception {
        Ledamot.open(folder, Clock.systemDefaultZone()).close();
        Optional<String> stamp = readOnce();
        assertThat(stamp).isPresent();
        keep(new OutputCache(folder, "overdue", "--json\n", MONDAY), "[\"försenad\"]\n", stamp);

        assertThat(printed(new OutputCache(folder, "overdue", "--json\n", MONDAY))).isEqualTo("[\"försenad\"]\n");
        assertThat(printed(new OutputCache(folder, "overdue", "--json\n", TUESDAY))).as("a day later").isNull();
        assertThat(printed(new OutputCache(folder, "overdue", "", MONDAY))).as("another call").isNull();
        assertThat(printed(new OutputCache(folder, "list", "--json\n", MONDAY))).as("another command").isNull();

        try (Ledamot reader = Ledamot.open(folder, Clock.systemDefaultZone())) {
            reader.matters().eachOutline(m -> { });
        }
        assertThat(printed(new OutputCache(folder, "overdue", "--json\n", MONDAY)))
                .as("opened to write, only read (H2 wrote its file all the same)").isEqualTo("[\"försenad\"]\n");
        addAMatter();
        assertThat(printed(new OutputCache(folder, "overdue", "--json\n", MONDAY))).as("a change").isNull();
    }

    private void addAMatter() {
        try (Ledamot writer = Ledamot.open(folder, Clock.systemDefaultZone())) {
            writer.matters().add(se.ledamot.domain.Matter.newMatter(se.ledamot.domain.MatterKind.MOTION,
                    "Motion om cykelbanor").build());
        }
    }

    /**
     * The calls a folder keeps, read back as they were asked (for {@code refresh-kept}, issue 15): words holding a
     * colon, digits or a line break come back whole, the last asked first; a file cut short is none.
     */
    @Test
    void theKeptCallsAreReadBackAsAskedTheLastFirst() throws Exception {
        Ledamot.open(folder, Clock.systemDefaultZone()).close();
        Optional<String> stamp = readOnce();
        List<String> odd = List.of("--title", "12:30 möte\nrad två", "--json");
        keep(new OutputCache(folder, "list", OutputCache.call(odd), MONDAY), "[]\n", stamp);
        keep(new OutputCache(folder, "overdue", OutputCache.call(List.of()), MONDAY), "[]\n", stamp);
        Path kept = folder.resolve(OutputCache.FOLDER);
        Files.setLastModifiedTime(kept.resolve(OutputCache.fileName("list", OutputCache.call(odd))),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));

        assertThat(KeptRefresh.keptCalls(folder)).containsExactly(List.of("overdue"),
                java.util.stream.Stream.concat(java.util.stream.Stream.of("list"), odd.stream()).toList());

        Path overdue = kept.resolve(OutputCache.fileName("overdue", OutputCache.call(List.of())));
        Files.setLastModifiedTime(kept.resolve(OutputCache.fileName("list", OutputCache.call(odd))),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - Duration.ofDays(8).toMillis()));
        addAMatter(); // neither is current now
        assertThat(KeptRefresh.toMake(folder)).as("made again: asked within the week, no longer current")
                .containsExactly(List.of("overdue"));

        byte[] whole = Files.readAllBytes(overdue);
        Files.write(overdue, java.util.Arrays.copyOf(whole, whole.length - 2));
        assertThat(KeptRefresh.keptCalls(folder)).as("cut short").hasSize(1);
    }

    /**
     * A script that asks {@code list --json} and {@code list --kind motion --json} in turn read the database each
     * time: one output was kept per command. Now the last four calls of a command are kept side by side.
     */
    @Test
    void theLastFourCallsOfACommandAreKeptSideBySide() throws Exception {
        Ledamot.open(folder, Clock.systemDefaultZone()).close();
        Optional<String> stamp = readOnce();
        List<String> calls = List.of("--json\n", "--json\n--kind\nmotion\n", "--kind\nquestion\n", "",
                "--party\nS\n");
        for (String call : calls) {
            keep(new OutputCache(folder, "list", call, MONDAY), "[\"" + call + "\"]\n", stamp);
            Files.setLastModifiedTime(folder.resolve(OutputCache.FOLDER).resolve(
                    OutputCache.fileName("list", call)), java.nio.file.attribute.FileTime.from(
                    Instant.parse("2020-01-01T00:00:00Z").plusSeconds(calls.indexOf(call))));
        }
        assertThat(printed(new OutputCache(folder, "list", calls.get(0), MONDAY))).as("the oldest, dropped").isNull();
        for (String call : calls.subList(1, calls.size())) {
            assertThat(printed(new OutputCache(folder, "list", call, MONDAY))).isEqualTo("[\"" + call + "\"]\n");
        }
        try (var kept = Files.list(folder.resolve(OutputCache.FOLDER))) {
            assertThat(kept.filter(f -> f.getFileName().toString().startsWith("list")).count()).isEqualTo(4);
        }
    }

    @Test
    void nothingIsKeptWithoutAStampAndNoFileIsLeftBehind() throws Exception {
        Ledamot.open(folder, Clock.systemDefaultZone()).close();
        keep(new OutputCache(folder, "list", "", MONDAY), "[]\n", Optional.empty());
        assertThat(printed(new OutputCache(folder, "list", "", MONDAY))).isNull();
        try (var files = Files.list(folder.resolve(OutputCache.FOLDER))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anOutputClosedEarlyStillKeepsAllTheCommandPrinted() throws Exception {
        Ledamot.open(folder, Clock.systemDefaultZone()).close();
        Optional<String> stamp = readOnce();
        OutputCache cache = new OutputCache(folder, "list", "--json\n", MONDAY);
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("Broken pipe");
            }
        };
        OutputStream recording = cache.record(closed);
        for (String part : new String[] {"[{\"id\":1},", "{\"id\":2}]\n"}) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> recording.write(
                    part.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(java.io.IOException.class);
        }
        ((OutputCache.Recording) recording).keep(stamp);
        assertThat(printed(cache)).isEqualTo("[{\"id\":1},{\"id\":2}]\n");
    }

    @Test
    void aProtectedFolderKeepsNothing() {
        try (Ledamot app = Ledamot.open(folder, Clock.systemDefaultZone())) {
            app.dataFolder().orElseThrow().protect("ett långt lösenord".toCharArray());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(new OutputCache(folder, "list", "", MONDAY).record(out)).isSameAs(out);
        assertThat(folder.resolve(OutputCache.FOLDER)).doesNotExist();
    }

    /**
     * The day a kept output holds for is the system time zone's, found from {@link java.util.TimeZone}'s offset now
     * ({@link Ledamot#keptOutput}: java.time's zone rules cost a kept answer ~30 ms to load), in zones on both sides
     * of the date line, with summer time and with a quarter-hour offset.
     */
    @Test
    void theDayIsTheSystemTimeZones() {
        TimeZone before = TimeZone.getDefault();
        try {
            for (String zone : List.of("Europe/Stockholm", "Pacific/Kiritimati", "Pacific/Pago_Pago",
                    "Asia/Kathmandu", "America/Santiago")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                LocalDate first = LocalDate.now(ZoneId.of(zone));
                LocalDate day = Ledamot.keptOutput(folder, "list", "").today();
                assertThat(day).as(zone).isIn(first, LocalDate.now(ZoneId.of(zone)));
            }
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
