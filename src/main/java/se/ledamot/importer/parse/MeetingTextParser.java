package se.ledamot.importer.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.ledamot.importer.budget.Budget;
import se.ledamot.importer.draft.AgendaLine;
import se.ledamot.importer.draft.ImportWarning;
import se.ledamot.importer.draft.MeetingDraft;

/**
 * Reads a kallelse or föredragningslista into a meeting draft: a notice word near the top ({@link MeetingHeading})
 * and at least two rising numbered items ({@link AgendaItems}) make a text a meeting document; anything else is left
 * to the {@link CouncilTextParser}. Linear in the text, like it, and within the file's {@link Budget}.
 */
public final class MeetingTextParser {
    /** The meeting draft of a meeting document; empty when the text is not one. */
    public Optional<MeetingDraft> parse(String text, String name) {
        String t = text == null ? "" : text;
        Budget.allowParse(t.length());
        CouncilText council = CouncilText.asWritten(t, name);
        int notice = MeetingHeading.noticeLine(council);
        if (notice < 0 || AgendaItems.count(council, notice + 1) < 2) {
            return Optional.empty();
        }
        int firstItem = AgendaItems.first(council, notice + 1);
        List<AgendaItems.Raw> raw = AgendaItems.of(council, firstItem, titleBlock(council, firstItem));
        MeetingHeading heading = MeetingHeading.of(council, firstItem);
        List<AgendaLine> items = new ArrayList<>(raw.size());
        raw.forEach(r -> items.add(AgendaItemReader.read(r)));
        List<ImportWarning> warnings = new ArrayList<>();
        if (heading.date == null) {
            warnings.add(ImportWarning.of("importer.meeting.warning.noDate"));
        }
        if (heading.body == null) {
            warnings.add(ImportWarning.of("importer.meeting.warning.noBody"));
        }
        if (heading.amended) {
            warnings.add(ImportWarning.of("importer.meeting.warning.amended"));
        }
        return Optional.of(new MeetingDraft(heading.council, heading.body, heading.date, heading.time, heading.place,
                heading.amended, heading.confidence, items, warnings, council.original()));
    }

    /** The lines a page header repeats (council, body, notice, date), so they never continue an item's heading. */
    private static Set<String> titleBlock(CouncilText text, int firstItem) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < firstItem; i++) {
            if (!text.line(i).isEmpty()) {
                out.add(text.line(i));
            }
        }
        return out;
    }
}
