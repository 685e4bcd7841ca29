package se.ledamot.importer.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ledamot.domain.MatterField;
import se.ledamot.importer.draft.Confidence;

/** The council's reference number, "Dnr KS 2015/311", wherever the text gives it. */
final class NumberExtractor implements Extractor {
    /** Letters, a year, a number and at most four more parts: "KS 2024/311", "KS 2015.123-2". */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<!\\p{L})(?:dnr|diarienr|diarienummer|ärendenummer)\\s*+[:.]?\\s*+"
                    + "(?<n>\\p{Lu}{1,8}\\s?\\d{4}[/.:-]\\d{1,6}(?:[./-]\\d{1,6}){0,4})", Scan.FLAGS);

    @Override
    public void extract(CouncilText text, Findings found) {
        Matcher m = Scan.matcher(NUMBER, text.flat());
        if (m.find()) {
            found.matter().number(m.group("n").strip());
            found.set(MatterField.NUMBER, Confidence.SURE);
        }
    }
}
