package se.ledamot.domain.meeting;

import static se.ledamot.domain.meeting.SubmissionKind.INTERPELLATION;
import static se.ledamot.domain.meeting.SubmissionKind.QUESTION;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import se.ledamot.domain.MatterKind;

/**
 * Presets from real arbetsordningar, for a council to start from, copy and adjust ({@link CouncilRules} is
 * immutable; its {@code with} methods give the adjusted copy). Each names only what its source says; everything else
 * is the law's rule ({@link BodyRules#lawDefaults}). No source here says "närmast föregående vardag" for a submission,
 * so submission deadlines move forward off a closed day, as Lag (1930:173) moves a statutory one.
 */
public final class Arbetsordningar {
    /** A preset: a stable id (its name in the bundles is {@code rules.preset.<id>}) and its rules. */
    public record Preset(String id, CouncilRules rules) {
        /**
         * The preset's council rules copied onto one of the council's bodies, to adjust from there: its submission
         * rules, answer rules and written answer replace the body's; the body keeps its code, name and place, and its
         * speaking times unless the preset names some.
         */
        public BodyRules applyTo(BodyRules target) {
            BodyRules source = rules.rulesOf(rules.councilCode());
            Body from = source.body();
            Body to = target.body();
            boolean namesTimes = from.firstSpeechMinutes() + from.laterSpeechMinutes() + from.replyMinutes() > 0;
            Body body = namesTimes ? new Body(to.code(), to.name(), to.council(), from.firstSpeechMinutes(),
                    from.laterSpeechMinutes(), from.replyMinutes()) : to;
            return source.withBody(body);
        }
    }

    private static final LocalTime EIGHT = LocalTime.of(8, 0);
    private static final LocalTime NOON = LocalTime.NOON;

    private Arbetsordningar() {
    }

    /**
     * Every preset:
     * <ul>
     * <li>{@code ten_days}: interpellations "tio dagar före det sammanträde vid vilket ledamoten avser att ställa
     * den", the answer "dagen före den sammanträdesdag då svaret ska lämnas", speeches of 5 minutes, then 3
     * (Bollnäs).</li>
     * <li>{@code seven_days}: interpellations "senast sju dagar före", the answer "senast dagen före" (Forshaga).</li>
     * <li>{@code monday_two_weeks}: interpellations "senast klockan 8.00 måndagen två veckor före", questions "senast
     * klockan 8.00 torsdagen i veckan före", and a question "bör besvaras under det sammanträde vid vilket den har
     * ställts" (Mariestad).</li>
     * <li>{@code thursday_noon}: interpellations "senast kl. 12.00 torsdagen före det sammanträde vid vilket den ska
     * anmälas", the answer "senast kl. 08.00 sista vardagen före den sammanträdesdag då svaret skall lämnas".</li>
     * </ul>
     */
    public static List<Preset> all() {
        return List.of(
                preset("ten_days", council().withSpeakingTimes(5, 3, 0)
                        .withSubmission(SubmissionRule.daysBefore(INTERPELLATION, 10, null))),
                preset("seven_days", council()
                        .withSubmission(SubmissionRule.daysBefore(INTERPELLATION, 7, null))),
                preset("monday_two_weeks", council()
                        .withSubmission(SubmissionRule.weekdayInWeekBefore(INTERPELLATION, DayOfWeek.MONDAY, 2, EIGHT))
                        .withSubmission(SubmissionRule.weekdayInWeekBefore(QUESTION, DayOfWeek.THURSDAY, 1, EIGHT))
                        .withAnswerRule(MatterKind.QUESTION, AnswerRule.SAME_MEETING)),
                preset("thursday_noon", council()
                        .withSubmission(SubmissionRule.weekdayBefore(INTERPELLATION, DayOfWeek.THURSDAY, 1, NOON))
                        .withWrittenAnswer(BodyRules.LAST_WEEKDAY_BEFORE_0800)));
    }

    public static Optional<Preset> find(String id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private static BodyRules council() {
        return BodyRules.lawDefaults(new Body(Body.COUNCIL, "Kommunfullmäktige", true, 0, 0, 0));
    }

    private static Preset preset(String id, BodyRules councilRules) {
        Body board = new Body(Body.EXECUTIVE_BOARD, "Kommunstyrelsen", false, 0, 0, 0);
        return new Preset(id, CouncilRules.lawDefaults(List.of(councilRules.body(), board)).withBody(councilRules));
    }
}
