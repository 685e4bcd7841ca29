package se.ledamot.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.MatterField;
import se.ledamot.importer.draft.ImportDraft;

/**
 * Council texts as people publish them (issue 17.4): inside blog pages with menus, comments and spam; PDF lines
 * wrapped mid-sentence and words hyphenated at line ends; residents' proposals signed without a party; date and place
 * in either order; headers and footers on every page (form feeds between pages, as a PDF's text has them); two
 * columns. Each file in {@code corpus/} starts with the fields a councillor would write down from it, then a line
 * {@code ---}, then the document. Prints the field accuracy (the figure of the closing note) and asserts every field.
 */
class RealWorldCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/se/ledamot/importer/corpus");
    private final CouncilTextParser parser = new CouncilTextParser();

    /** One document: its name, the expected fields (multi-valued ones joined by new lines) and its text. */
    record Document(String name, Map<MatterField, String> expected, String text) {
        static Document read(Path file) {
            String all;
            try {
                all = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            int split = all.indexOf("\n---\n");
            Map<MatterField, String> expected = new LinkedHashMap<>();
            for (String line : all.substring(0, split).split("\n")) {
                int colon = line.indexOf(": ");
                MatterField field = field(line.substring(0, colon));
                String value = line.substring(colon + 2);
                expected.merge(field, value, (a, b) -> a + (field == MatterField.AUTHORS ? "; " : "\n") + b);
            }
            return new Document(file.getFileName().toString(), expected, all.substring(split + 5));
        }

        private static MatterField field(String key) {
            return switch (key) {
                case "author" -> MatterField.AUTHORS;
                case "proposal" -> MatterField.PROPOSALS;
                case "question" -> MatterField.QUESTIONS;
                default -> MatterField.valueOf(key.toUpperCase(java.util.Locale.ROOT));
            };
        }
    }

    static List<Document> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(Document::read).toList();
        }
    }

    @Test
    void everyExpectedFieldIsReadFromTheCorpus() throws IOException {
        List<Document> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(30);
        int fields = 0;
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (Document doc : corpus) {
            ImportDraft draft = parser.parse(doc.text(), doc.name());
            for (var e : doc.expected().entrySet()) {
                fields++;
                String got = e.getKey().textOf(draft.matter());
                if (got.equals(e.getValue())) {
                    right++;
                } else {
                    wrong.add(doc.name() + " " + e.getKey().code() + ": expected «" + e.getValue() + "» got «" + got
                            + "»");
                }
            }
        }
        System.out.printf("Real-world corpus: %d documents, %d of %d fields right (%.1f %%)%n", corpus.size(), right,
                fields, 100.0 * right / fields);
        wrong.forEach(w -> System.out.println("  " + w));
        assertThat(wrong).isEmpty();
    }
}
