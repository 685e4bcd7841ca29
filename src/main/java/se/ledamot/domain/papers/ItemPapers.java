package se.ledamot.domain.papers;

import java.util.List;
import se.ledamot.domain.Limit;

/**
 * What the secretary writes for one agenda item in the kallelse and the protokoll: a short summary of the matter
 * (sammanfattning), the documents the decision rests on (beslutsunderlag) and who the decision is sent to (beslutet
 * skickas till). Where they are empty the papers say what they can work out from the matter itself.
 */
public record ItemPapers(long itemId, String summary, List<String> basis, List<String> sendTo) {

    public ItemPapers {
        summary = summary == null || Limit.text(summary).isBlank() ? null : Limit.text(summary).strip();
        basis = lines(basis);
        sendTo = lines(sendTo);
    }

    public static ItemPapers empty(long itemId) {
        return new ItemPapers(itemId, null, List.of(), List.of());
    }

    /** Lines as the secretary types them, one a line: blank ones dropped, each checked against the agenda's limit. */
    public static List<String> lines(List<String> lines) {
        return lines == null ? List.of()
                : lines.stream().map(Limit.AGENDA_TEXT::check).filter(java.util.Objects::nonNull).toList();
    }

    /** The lines of a text typed one a line. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : lines(List.of(text.split("\\R")));
    }
}
