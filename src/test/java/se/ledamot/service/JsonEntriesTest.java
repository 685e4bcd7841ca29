package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The kept answer's entries taken out and put in, in the answer's own order, the rest copied as it was. */
class JsonEntriesTest {
    private static String listEntry(long id, String submitted) {
        return "{\n  \"id\" : " + id + ",\n  \"title\" : \"T" + id + "\",\n  \"submitted\" : "
                + (submitted == null ? "null" : "\"" + submitted + "\"") + ",\n  \"authors\" : [ {\n    \"name\" : \"A\"\n"
                + "  } ]\n}";
    }

    private static String overdueEntry(long id, String title, String submitted, long days) {
        return "{\n  \"matter\" : {\n    \"id\" : " + id + ",\n    \"title\" : \"" + title + "\",\n    \"submitted\" : \""
                + submitted + "\"\n  },\n  \"deadline\" : \"2026-01-01\",\n  \"days_overdue\" : " + days + "\n}";
    }

    private static String array(String... entries) {
        return entries.length == 0 ? "[ ]\n" : "[ " + String.join(", ", entries) + " ]\n";
    }

    private static String splice(String base, String changed, Set<Long> matters, JsonEntries.Order order)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonEntries.splice(bytes(base), bytes(changed), matters, order, Channels.newChannel(out));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ByteBuffer bytes(String s) {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theEntriesOfAnArrayEndWhereALineBeginsWithABrace() {
        String two = array(listEntry(2, "2026-02-01"), listEntry(1, null));
        assertThat(JsonEntries.entries(bytes(two))).extracting(e -> two.substring(e[0], e[1]))
                .containsExactly(listEntry(2, "2026-02-01"), listEntry(1, null));
        assertThat(JsonEntries.entries(bytes(array()))).isEmpty();
    }

    @Test
    void aChangedMatterLeavesItsPlaceAndTakesTheOneItsNewDayGivesIt() throws IOException {
        String base = array(listEntry(9, null), listEntry(5, "2026-05-01"), listEntry(4, "2026-04-01"),
                listEntry(3, "2026-04-01"), listEntry(1, "2020-01-01"));
        String changed = array(listEntry(5, "2019-01-01"), listEntry(8, "2026-04-01"), listEntry(10, null));

        assertThat(splice(base, changed, Set.of(5L, 8L, 10L, 7L), JsonEntries.Order.REGISTER)).isEqualTo(array(
                listEntry(10, null), listEntry(9, null), listEntry(8, "2026-04-01"), listEntry(4, "2026-04-01"),
                listEntry(3, "2026-04-01"), listEntry(1, "2020-01-01"), listEntry(5, "2019-01-01")));
    }

    @Test
    void aMatterTrashedOrFilteredOutIsLeftOutAndAnEmptyAnswerIsAnEmptyArray() throws IOException {
        String base = array(listEntry(2, "2026-02-01"), listEntry(1, "2026-01-01"));

        assertThat(splice(base, array(), Set.of(2L), JsonEntries.Order.REGISTER))
                .isEqualTo(array(listEntry(1, "2026-01-01")));
        assertThat(splice(base, array(), Set.of(1L, 2L), JsonEntries.Order.REGISTER)).isEqualTo(array());
        assertThat(splice(array(), array(listEntry(3, null)), Set.of(3L), JsonEntries.Order.REGISTER))
                .isEqualTo(array(listEntry(3, null)));
    }

    @Test
    void overdueEntriesGoByDaysThenTitleThenAsTheRegisterWithQuotedTitlesRead() throws IOException {
        String base = array(overdueEntry(1, "Bb", "2026-01-01", 40), overdueEntry(2, "Cc", "2026-01-01", 30),
                overdueEntry(3, "Cc", "2025-01-01", 30));
        String changed = array(overdueEntry(4, "Cc", "2025-06-01", 30), overdueEntry(5, "\\\"Aa\\\"", "2026-01-01", 40),
                overdueEntry(6, "Ö", "2026-01-01", 40));

        String spliced = splice(base, changed, Set.of(4L, 5L, 6L, 2L), JsonEntries.Order.OVERDUE);

        assertThat(Stream.of(spliced.split("\n")).filter(l -> l.startsWith("    \"id\""))
                .map(l -> l.replaceAll("\\D", "")).collect(Collectors.joining(" "))).isEqualTo("5 1 6 4 3");
    }
}
