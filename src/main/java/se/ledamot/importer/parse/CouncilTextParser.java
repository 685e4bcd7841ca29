package se.ledamot.importer.parse;

import java.util.List;
import se.ledamot.importer.budget.Budget;
import se.ledamot.importer.draft.ImportDraft;

/**
 * Reads a Swedish council text (a motion, interpellation, question, citizen proposal, referral or speech, formal or
 * written as a blog post) into a draft matter, one field at a time by the {@link #STEPS}. Every field says how sure it
 * is; a value the text does not give is left out, never made up. The whole text, less the blog page around it
 * ({@link BlogMatter}), is kept as the matter's body. Runs
 * in time linear in the text; never throws on any text, except when the file's {@link Budget} runs out.
 */
public final class CouncilTextParser {
    /**
     * The extractors, in order: each may use what those before it found — the kind step finds the heading that the
     * date, addressee, signature and title steps start from; the date step's date gives a reply date its year; the
     * signature step takes the lines the question step must skip. A new field is a new extractor put where what it
     * needs has been found.
     */
    static final List<Extractor> STEPS = List.of(
            new KindExtractor(),
            new NumberExtractor(),
            new DatePlaceExtractor(),
            new AddresseeExtractor(),
            new SignatureExtractor(),
            new ClauseExtractor(),
            new QuestionExtractor(),
            new AnswerExtractor(),
            new ReplyDateExtractor(),
            new TitleExtractor(),
            new StatusExtractor());

    /** Parses a text; the name (a file name) stands in as a title only when the text has none. */
    public ImportDraft parse(String text, String name) {
        String t = text == null ? "" : text;
        Budget.allowParse(t.length());
        CouncilText council = CouncilText.of(t, name);
        Findings found = new Findings();
        for (Extractor step : STEPS) {
            step.extract(council, found);
        }
        return found.draft(council.original(), t);
    }
}
