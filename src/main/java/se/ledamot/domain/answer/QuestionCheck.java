package se.ledamot.domain.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether each numbered question of a matter is answered. The writer decides: a question is answered when marked so.
 * The check only hints at unmarked questions the text seems to take up, with a rule simple enough to explain:
 * <ul>
 * <li>the text names the question by number ("fråga 2", "2." or "2)" at the start of a line), or</li>
 * <li>at least half of the question's key words occur in the text. Key words are words of four letters or more that
 * are not common Swedish function words (or "kommunen"); a key word occurs when a word of the text starts with its first six
 * letters, so "integrationsenheten" also finds "integrationsenhet".</li>
 * </ul>
 */
public final class QuestionCheck {
    static final int STEM = 6;
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> COMMON = Set.of(
            "alla", "allt", "andra", "annat", "att", "bara", "blir", "blev", "både", "denna", "dessa",
            "detta", "dina", "eller", "finns", "från", "för", "hade", "hans", "hennes", "hur", "inte", "kan", "kommer",
            "kommunen", "kunna", "man", "mellan", "mycket", "många", "med", "när", "någon", "något",
            "några", "också", "och", "ska", "skall", "sedan", "sina", "sitt", "som", "till", "under", "utan", "vad",
            "varför", "vara", "varit", "vilka", "vilken", "vilket", "vill", "åtgärder", "över", "efter", "anser",
            "avser", "avses", "gäller", "göra", "gjort", "samt", "deras", "dess", "hela", "ingen", "inget", "även");

    public enum State {
        /** Marked answered by the writer. */
        ANSWERED,
        /** Not marked, but the text seems to take it up. */
        SEEMS_ANSWERED,
        /** Neither. */
        OPEN
    }

    /** One question with its number (from 1), its state and the key words the hint looked for. */
    public record Result(int number, String question, State state, List<String> keyWords, List<String> found) {
    }

    private QuestionCheck() {
    }

    public static List<Result> check(List<String> questions, String answer, Set<Integer> marked) {
        Set<String> words = words(answer);
        String lower = answer == null ? "" : answer.toLowerCase(Locale.ROOT);
        List<Result> out = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            int number = i + 1;
            List<String> keys = keyWords(questions.get(i));
            List<String> found = keys.stream().filter(k -> occurs(k, words)).toList();
            State state;
            if (marked.contains(number)) {
                state = State.ANSWERED;
            } else if (namesNumber(lower, number) || (!keys.isEmpty() && found.size() * 2 >= keys.size())) {
                state = State.SEEMS_ANSWERED;
            } else {
                state = State.OPEN;
            }
            out.add(new Result(number, questions.get(i), state, keys, found));
        }
        return out;
    }

    /** True when every question is marked answered by the writer. */
    public static boolean allAnswered(List<Result> results) {
        return results.stream().allMatch(r -> r.state() == State.ANSWERED);
    }

    static List<String> keyWords(String question) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : NON_LETTERS.split(question.toLowerCase(Locale.ROOT))) {
            if (w.length() >= 4 && !COMMON.contains(w) && w.chars().anyMatch(Character::isLetter)) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }

    private static boolean occurs(String key, Set<String> words) {
        String stem = key.length() > STEM ? key.substring(0, STEM) : key;
        return words.stream().anyMatch(w -> w.startsWith(stem));
    }

    private static boolean namesNumber(String lowerAnswer, int number) {
        return Pattern.compile("(?m)(fråga\\s+(nr\\.?\\s*)?" + number + "\\b|^\\s*" + number + "\\s*[.):])")
                .matcher(lowerAnswer).find();
    }

    private static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text != null) {
            for (String w : NON_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }
}
