package se.ledamot.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.l10n.Localization;
import se.ledamot.search.Hit;
import se.ledamot.search.HitType;
import se.ledamot.search.SearchQuery;
import se.ledamot.service.Ledamot;

/**
 * `search`: full-text search over everything in the data folder (matters, meetings, agenda items, answers, people,
 * parties), ranked, with snippets and the matching words marked.
 */
@Command(name = "search", mixinStandardHelpOptions = true)
final class SearchCommand extends DataCommand {
    @Parameters(paramLabel = "TEXT", arity = "1..*", descriptionKey = "cli.search.text")
    List<String> words;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Option(names = "--kind", paramLabel = "K", converter = Converters.Kind.class, descriptionKey = "cli.option.kind")
    List<MatterKind> kinds = new ArrayList<>();

    @Option(names = "--status", paramLabel = "S", converter = Converters.StatusCode.class,
            descriptionKey = "cli.option.status")
    List<Status> statuses = new ArrayList<>();

    @Option(names = "--party", paramLabel = "PARTI", descriptionKey = "cli.search.party")
    List<String> parties = new ArrayList<>();

    @Option(names = "--body", paramLabel = "ORGAN", descriptionKey = "cli.search.body")
    List<String> bodies = new ArrayList<>();

    @Option(names = "--year", paramLabel = "ÅR", descriptionKey = "cli.search.year")
    Integer year;

    @Option(names = "--type", paramLabel = "TYP", converter = TypeCode.class, descriptionKey = "cli.search.type")
    List<HitType> types = new ArrayList<>();

    /** A hit type by its code: matter, meeting, agenda_item, answer, person, party. */
    static final class TypeCode implements picocli.CommandLine.ITypeConverter<HitType> {
        @Override
        public HitType convert(String value) {
            for (HitType t : HitType.values()) {
                if (t.code().equals(value.strip().toLowerCase(java.util.Locale.ROOT))) {
                    return t;
                }
            }
            throw new picocli.CommandLine.TypeConversionException(Localization.get("cli.search.badType", value));
        }
    }

    @Option(names = {"-i", "--ignore-diacritics"}, descriptionKey = "cli.search.ignoreDiacritics")
    boolean ignoreDiacritics;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", descriptionKey = "cli.search.limit")
    int limit;

    @Override
    boolean onlyReads() {
        return true;
    }

    @Override
    int run(Ledamot app) {
        SearchQuery query = new SearchQuery(String.join(" ", words), types.isEmpty() ? null : EnumSet.copyOf(types),
                Set.copyOf(kinds), Set.copyOf(statuses), Set.copyOf(parties), Set.copyOf(bodies), year, year,
                ignoreDiacritics, false, Math.max(1, limit));
        List<Hit> hits = app.search().search(query);
        if (json) {
            out().println(MatterJson.write(hits.stream().map(SearchCommand::json).toList()));
            return 0;
        }
        for (Hit h : hits) {
            out().printf("%-12s %6s  %s%n", Localization.get("search.type." + h.type().code()),
                    h.id() == 0 ? "" : h.id(), TerminalText.visible(marked(h.label(), h.labelMarks())));
            if (!h.snippet().text().isEmpty()) {
                out().printf("%20s%s%n", "", TerminalText.visible(marked(h.snippet().text(), h.snippet().marks())));
            }
        }
        if (hits.isEmpty()) {
            out().println(Localization.get("search.none"));
        }
        return 0;
    }

    /** The text with each matched stretch in «guillemets». */
    static String marked(String text, List<Hit.Mark> marks) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Hit.Mark m : marks) {
            b.append(text, at, m.start()).append('«').append(text, m.start(), m.end()).append('»');
            at = m.end();
        }
        return b.append(text.substring(at)).toString();
    }

    private static Map<String, Object> json(Hit h) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("type", h.type().code());
        j.put("id", h.id() == 0 ? null : h.id());
        j.put("meeting_id", h.meetingId());
        j.put("key", h.key());
        j.put("label", h.label());
        j.put("label_marks", h.labelMarks().stream().map(m -> List.of(m.start(), m.end())).toList());
        j.put("kind", h.kind() == null ? null : h.kind().code());
        j.put("status", h.status() == null ? null : h.status().code());
        j.put("number", h.number());
        j.put("date", h.date() == null ? null : h.date().toString());
        j.put("body", h.bodyCode());
        j.put("party", h.party());
        j.put("score", Math.round(h.score() * 1000) / 1000.0);
        Map<String, Object> snippet = null;
        if (!h.snippet().text().isEmpty()) {
            // Ordered: Map.of's order changes from one JVM to the next, and so would the printed JSON.
            snippet = new LinkedHashMap<>();
            snippet.put("text", h.snippet().text());
            snippet.put("marks", h.snippet().marks().stream().map(m -> List.of(m.start(), m.end())).toList());
        }
        j.put("snippet", snippet);
        return j;
    }
}
