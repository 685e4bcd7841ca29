package se.ledamot.importer.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ledamot.domain.MatterField;
import se.ledamot.importer.budget.Budget;
import se.ledamot.importer.draft.Confidence;

/**
 * The date an answer or a referral's reply is due, from a sentence about replying: "Yttrandet ska ha kommit in senast
 * den 15 december 2024" (sure), "Sista juni ska alla svar vara inne" (the year from the text's date: unsure).
 */
final class ReplyDateExtractor implements Extractor {
    private static final Pattern END_OF_MONTH = Pattern.compile("\\b(?:sista\\s++(?:dag(?:en)?\\s++(?:i|för|av)\\s++)?|"
            + "(?:senast\\s++)?(?:i|vid|till|under)\\s++slutet\\s++av\\s++|senast\\s++(?:under|i)\\s++)(?<mon>"
            + SwedishDates.MONTH + ")(?:\\s++(?<y>\\d{4}))?", Scan.FLAGS);
    private static final Pattern BY_DATE = Pattern.compile("\\b(?:senast|före|innan|sista\\s++dag(?:en)?(?:\\s++för"
            + "\\s++[\\p{L} ]{1,30}?)?\\s++(?:är|blir))\\s++(?:den\\s++)?(?:(?<iso>\\d{4}-\\d{2}-\\d{2})|(?<d>\\d{1,2})"
            + "(?::e|:a)?\\s++(?<mon>" + SwedishDates.MONTH + ")(?:\\s++(?<y>\\d{4}))?)", Scan.FLAGS);
    private static final Pattern REPLY_WORDS = Pattern.compile(
            "\\b(?:svar|svaren|yttrande|yttranden|yttrandet|synpunkter|remiss\\p{L}*+|inne|lämna\\p{L}*+|inkomma)\\b",
            Scan.FLAGS);

    @Override
    public void extract(CouncilText text, Findings found) {
        for (String sentence : sentences(text.flat())) {
            if (!Scan.find(REPLY_WORDS, sentence)) {
                continue;
            }
            Matcher by = Scan.matcher(BY_DATE, sentence);
            if (by.find()) {
                if (by.group("iso") != null) {
                    try {
                        reply(found, LocalDate.parse(by.group("iso")), Confidence.SURE);
                        return;
                    } catch (DateTimeException e) {
                        continue;
                    }
                }
                if (dayInMonth(found, by.group("d"), by.group("mon"), by.group("y"), false)) {
                    return;
                }
                continue;
            }
            Matcher end = Scan.matcher(END_OF_MONTH, sentence);
            if (end.find() && dayInMonth(found, null, end.group("mon"), end.group("y"), true)) {
                return;
            }
        }
    }

    /** The text cut after each ".", "!" or "?" that a space follows. */
    static List<String> sentences(String flat) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < flat.length(); i++) {
            if (".!?".indexOf(flat.charAt(i)) >= 0 && flat.charAt(i + 1) == ' ') {
                out.add(flat.substring(start, i + 1));
                start = i + 2;
            }
        }
        out.add(flat.substring(Math.min(start, flat.length())));
        Budget.charge(flat.length());
        return out;
    }

    /** A day (or the month's end) in a month; a missing year is the first such day after the text's date. */
    private static boolean dayInMonth(Findings found, String day, String monthName, String year, boolean endOfMonth) {
        int month = SwedishDates.month(monthName);
        LocalDate submitted = found.submitted();
        try {
            if (year != null) {
                LocalDate first = LocalDate.of(Integer.parseInt(year), month, 1);
                reply(found, endOfMonth ? first.withDayOfMonth(first.lengthOfMonth())
                        : first.withDayOfMonth(Integer.parseInt(day)), Confidence.SURE);
                return true;
            }
            if (submitted == null) {
                found.warn("importer.warning.deadlineWithoutYear");
                return true;
            }
            LocalDate first = LocalDate.of(submitted.getYear(), month, 1);
            if (first.plusMonths(1).isBefore(submitted.withDayOfMonth(1).plusDays(1))) {
                first = first.plusYears(1);
            }
            LocalDate date = endOfMonth ? first.withDayOfMonth(first.lengthOfMonth())
                    : first.withDayOfMonth(Integer.parseInt(day));
            reply(found, date, Confidence.UNSURE);
            found.warn("importer.warning.deadlineYearFromDate", date);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static void reply(Findings found, LocalDate date, Confidence c) {
        found.matter().replyBy(date);
        found.set(MatterField.REPLY_BY, c);
    }
}
