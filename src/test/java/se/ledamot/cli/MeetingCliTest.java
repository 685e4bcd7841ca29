package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class MeetingCliTest extends CommandLineTest {

    private long id(String... args) {
        assertThat(run(args)).as(err).isZero();
        return Long.parseLong(out.strip());
    }

    private JsonNode json(String... args) throws Exception {
        assertThat(run(args)).as(err).isZero();
        return json.readTree(out);
    }

    @Test
    void aMeetingIsAddedAndListed() throws Exception {
        long id = id("meeting", "add", "--body", "kf", "--date", "2026-12-14", "--time", "18.00", "--place",
                "Stadshuset");
        JsonNode meetings = json("meetings", "--json");
        assertThat(meetings).hasSize(1);
        assertThat(meetings.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(meetings.get(0).get("body").asText()).isEqualTo("KF");
        assertThat(meetings.get(0).get("date").asText()).isEqualTo("2026-12-14");
        assertThat(meetings.get(0).get("time").asText()).isEqualTo("18:00");
        assertThat(meetings.get(0).get("status").asText()).isEqualTo("planned");
        assertThat(run("meetings")).isZero();
        assertThat(out).contains("KF").contains("2026-12-14").contains("Planerat").contains("Stadshuset");
        // The time as the window, the agenda and the papers show it (kl. 18.00), not ISO's 18:00.
        assertThat(out).contains("  18.00  ").doesNotContain("18:00");
    }

    /** The day the notice went up on the anslagstavla: set, warned of when late (5 kap. 11 §), and removed. */
    @Test
    void thePostingDayIsSetWarnedOfWhenLateAndRemoved() throws Exception {
        long id = id("meeting", "add", "--body", "KF", "--date", "2027-01-25");
        assertThat(json("meetings", "--json").get(0).get("posted").isNull()).isTrue();
        assertThat(run("meeting", "posted", String.valueOf(id), "2027-01-15")).as(err).isZero();
        assertThat(out).contains("KF 25 januari 2027: anslås den 15 januari 2027.");
        assertThat(err).doesNotContain("5\u00a0kap. 11\u00a0§");
        assertThat(json("meetings", "--json").get(0).get("posted").asText()).isEqualTo("2027-01-15");
        assertThat(run("meeting", "posted", String.valueOf(id), "2027-01-20")).as(err).isZero();
        assertThat(err).contains("för sent").contains("5\u00a0kap. 11\u00a0§").contains("senast den 18 januari 2027");
        assertThat(run("meeting", "posted", String.valueOf(id))).as(err).isZero();
        assertThat(out).contains("KF 25 januari 2027: ingen anslagsdag angiven.");
        assertThat(json("meetings", "--json").get(0).get("posted").isNull()).isTrue();
    }

    @Test
    void aPostingDayAfterTheMeetingIsRefusedAndTheStoredDayKept() throws Exception {
        long id = id("meeting", "add", "--body", "KF", "--date", "2027-01-25");
        assertThat(run("meeting", "posted", String.valueOf(id), "2027-01-15")).as(err).isZero();
        assertThat(run("meeting", "posted", String.valueOf(id), "2027-01-26")).isEqualTo(Cli.REFUSED);
        assertThat(err).contains("Anslagsdagen den 26 januari 2027 är efter sammanträdet den 25 januari 2027")
                .contains("5\u00a0kap. 11–12\u00a0§§ kommunallagen");
        assertThat(json("meetings", "--json").get(0).get("posted").asText()).isEqualTo("2027-01-15");
    }

    @Test
    void anUnknownBodyOrBadDateOrTimeIsRefusedInSwedishAndNothingIsStored() throws Exception {
        assertThat(run("meeting", "add", "--body", "XYZ", "--date", "2026-12-14")).isEqualTo(Cli.REFUSED);
        assertThat(err).contains("Det finns inget organ med koden XYZ");
        assertThat(run("meeting", "add", "--body", "KF", "--date", "2026-13-14")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("”2026-13-14” är inget giltigt datum");
        assertThat(run("meeting", "add", "--body", "KF", "--date", "2026-12-14", "--time", "kväll"))
                .isEqualTo(Cli.USAGE);
        assertThat(err).contains("”kväll” är inget giltigt klockslag");
        assertThat(json("meetings", "--json")).isEmpty();
    }

    /** The walk on a server read `position` as replacing the whole position; what is not given is kept. */
    @Test
    void aPositionGivenAgainWithOnlyItsStanceKeepsTheGroupsArgumentsNotesAndSpeaker() throws Exception {
        long meeting = id("meeting", "add", "--body", "KF", "--date", "2026-12-14");
        long motion = id("add", "--kind", "motion", "--title", "Motion om cykelvägar", "--submitted", "2026-03-01");
        assertThat(run("agenda", "add", String.valueOf(meeting), String.valueOf(motion))).as(err).isZero();
        assertThat(run("position", String.valueOf(meeting), String.valueOf(motion), "--group", "S", "--stance",
                "support", "--speaker", "Bo Berg", "--arguments", "Bra för skolvägarna.", "--notes", "Bo först."))
                .as(err).isZero();
        assertThat(run("position", String.valueOf(meeting), String.valueOf(motion), "--group", "S", "--stance",
                "reject")).as(err).isZero();

        JsonNode position = json("agenda", String.valueOf(meeting), "--json", "--group", "S").get("items").get(0)
                .get("position");
        assertThat(position.get("stance").asText()).isEqualTo("reject");
        assertThat(position.get("speaker").asText()).isEqualTo("Bo Berg");
        assertThat(position.get("arguments").asText()).isEqualTo("Bra för skolvägarna.");
        assertThat(position.get("notes").asText()).isEqualTo("Bo först.");
    }

    @Test
    void anAgendaIsBuiltAndShownWithEachMattersJsonAndTheGroupsPosition() throws Exception {
        long meeting = id("meeting", "add", "--body", "KF", "--date", "2026-12-14");
        long motion = id("add", "--kind", "motion", "--title", "Motion om cykelvägar", "--submitted", "2026-03-01",
                "--author", "Anna Ek (V)");
        long question = id("add", "--kind", "question", "--title", "Fråga om simhallen", "--submitted",
                "2026-12-11");
        assertThat(run("agenda", "add", String.valueOf(meeting), String.valueOf(motion), String.valueOf(question)))
                .as(err).isZero();
        assertThat(run("position", String.valueOf(meeting), String.valueOf(motion), "--group", "v", "--stance",
                "refer-back", "--speaker", "Anna Ek")).as(err).isZero();

        JsonNode agenda = json("agenda", String.valueOf(meeting), "--json", "--group", "V");
        JsonNode items = agenda.get("items");
        assertThat(items).hasSize(2);
        // Its number on the kallelse and in the window: after KF's standard opening items (Upprop …).
        assertThat(items.get(0).get("number").asInt()).isEqualTo(5);
        assertThat(items.get(0).get("matter").get("title").asText()).isEqualTo("Motion om cykelvägar");
        assertThat(items.get(0).get("matter").get("deadline").asText()).isEqualTo("2027-03-01");
        assertThat(items.get(0).get("position").get("stance").asText()).isEqualTo("refer_back");
        assertThat(items.get(0).get("position").get("speaker").asText()).isEqualTo("Anna Ek");
        assertThat(items.get(1).get("late").asBoolean()).isTrue();
        assertThat(items.get(1).get("position").get("stance").isNull()).isTrue();

        JsonNode otherGroup = json("agenda", String.valueOf(meeting), "--json", "--group", "M");
        assertThat(otherGroup.get("items").get(0).get("position").get("stance").isNull()).isTrue();
        assertThat(json("agenda", String.valueOf(meeting), "--json").get("items")).isNotEmpty()
                .noneMatch(i -> i.has("position"));

        assertThat(run("agenda", String.valueOf(meeting), "--group", "V")).isZero();
        assertThat(out).contains("Sista tid för inlämning: interpellationer den 30 november 2026 kl. 08.00")
                .contains("Punkt 5 ").contains("Motion om cykelvägar").contains("Återremiss")
                .contains("talare: Anna Ek").contains("SEN");
    }

    /** A matter on the agenda of two planned meetings could be decided twice: said beside what was added. */
    @Test
    void aMatterAlreadyOnAnotherPlannedAgendaIsAddedAndSaidSo() throws Exception {
        long december = id("meeting", "add", "--body", "KF", "--date", "2026-12-14");
        long february = id("meeting", "add", "--body", "KF", "--date", "2027-02-08");
        long motion = id("add", "--kind", "motion", "--title", "Motion om cykelvägar", "--submitted", "2026-03-01");
        assertThat(run("agenda", "add", String.valueOf(december), String.valueOf(motion))).as(err).isZero();
        assertThat(err).doesNotContain("också");
        assertThat(run("agenda", "add", String.valueOf(february), String.valueOf(motion))).as(err).isZero();
        assertThat(err).contains("”Motion om cykelvägar” står också på föredragningslistan för KF 14 december 2026");
    }

    /** A matter whose deadline passes before the meeting is added, and said so with its deadline, as the window does. */
    @Test
    void aMatterWhoseDeadlinePassesBeforeTheMeetingIsAddedAndSaidSo() throws Exception {
        long february = id("meeting", "add", "--body", "KF", "--date", "2027-02-08");
        long old = id("add", "--kind", "motion", "--title", "Motion om parker", "--submitted", "2025-12-01");
        long fresh = id("add", "--kind", "motion", "--title", "Motion om cykelvägar", "--submitted", "2026-10-01");
        assertThat(run("agenda", "add", String.valueOf(february), String.valueOf(old), String.valueOf(fresh)))
                .as(err).isZero();
        assertThat(err).contains("”Motion om parker” tas upp först efter sin tidsgräns: ettårsgränsen för motioner "
                + "den 1 december 2026, före sammanträdet KF 8 februari 2027").doesNotContain("cykelvägar");
    }

    @Test
    void addingToAnUnknownMeetingOrAnUnknownMatterChangesNothing() throws Exception {
        long meeting = id("meeting", "add", "--body", "KF", "--date", "2026-12-14");
        long motion = id("add", "--kind", "motion", "--title", "Motion om cykelvägar");
        assertThat(run("agenda", "add", "99", String.valueOf(motion))).isEqualTo(Cli.REFUSED);
        assertThat(err).contains("Det finns inget sammanträde med nummer 99.");
        assertThat(run("agenda", "add", String.valueOf(meeting), String.valueOf(motion), "471"))
                .isEqualTo(Cli.REFUSED);
        assertThat(err).contains("Det finns inget ärende med nummer 471.");
        // Only KF's standard items, which the kallelse prints whatever the agenda holds.
        assertThat(json("agenda", String.valueOf(meeting), "--json").get("items"))
                .allMatch(i -> i.get("id").isNull() && i.get("standard").asBoolean());
        assertThat(run("agenda", "add", "nästa", String.valueOf(motion))).isEqualTo(Cli.USAGE);
        assertThat(err).contains("”nästa” är inget nummer.");
        assertThat(run("position", String.valueOf(meeting), "x", "--group", "V", "--stance", "free"))
                .isEqualTo(Cli.USAGE);
        assertThat(err).contains("”x” är inget nummer.");
        assertThat(run("agenda", "99")).isEqualTo(Cli.REFUSED);
    }

    /** `meeting` alone is refused (exit 2): its help showed the command as optional, "[COMMAND]". */
    @Test
    void theHelpShowsThatMeetingNeedsACommand() {
        assertThat(run("meeting")).isEqualTo(Cli.USAGE);
        assertThat(run("meeting", "--help")).isZero();
        assertThat(out).contains("Användning: ledamot meeting [-hV] [--data=DIR] COMMAND").doesNotContain("[COMMAND]");
    }

    @Test
    void aPositionNeedsTheMatterOnTheAgendaAndAKnownStance() throws Exception {
        long meeting = id("meeting", "add", "--body", "KF", "--date", "2026-12-14");
        long motion = id("add", "--kind", "motion", "--title", "Motion om cykelvägar");
        assertThat(run("position", String.valueOf(meeting), String.valueOf(motion), "--group", "V", "--stance",
                "support")).isEqualTo(Cli.REFUSED);
        assertThat(err).contains("finns inte på föredragningslistan för KF 14 december 2026");
        run("agenda", "add", String.valueOf(meeting), String.valueOf(motion));
        assertThat(run("position", String.valueOf(meeting), String.valueOf(motion), "--group", "V", "--stance",
                "maybe")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("Okänd hållning ”maybe”")
                .contains("support, reject, support_proposal, own, refer_back, free, take_part, stay_out");
        assertThat(json("agenda", String.valueOf(meeting), "--json", "--group", "V").get("items").get(0)
                .get("position").get("stance").isNull()).isTrue();
    }

    @Test
    void anInterpellationLeadsToNoDecisionSoAGroupCannotVoteOnIt() throws Exception {
        long meeting = id("meeting", "add", "--body", "KF", "--date", "2026-12-14");
        long interpellation = id("add", "--kind", "interpellation", "--title", "Interpellation om skolan",
                "--submitted", "2026-11-20");
        run("agenda", "add", String.valueOf(meeting), String.valueOf(interpellation));
        assertThat(run("position", String.valueOf(meeting), String.valueOf(interpellation), "--group", "V",
                "--stance", "reject")).isEqualTo(Cli.REFUSED);
        assertThat(err).contains("leder inte till något beslut").contains("Avslag");
        assertThat(run("position", String.valueOf(meeting), String.valueOf(interpellation), "--group", "V",
                "--stance", "take_part", "--speaker", "Jan Alexandersson")).isZero();
        run("agenda", String.valueOf(meeting), "--group", "V");
        assertThat(out).contains("Gruppen V: Deltar i debatten, talare: Jan Alexandersson");
    }

    @Test
    void overdueListsEveryPassedDeadlineWithItsTypeAndDays() throws Exception {
        id("meeting", "add", "--body", "KF", "--date", "2026-11-16");
        id("meeting", "add", "--body", "KF", "--date", "2026-12-14");
        long motion = id("add", "--kind", "motion", "--title", "Motion om cykelvägar", "--submitted", "2025-12-01");
        // In time for 2026-11-16, where it is asked; answered at the latest at the next meeting (KL 5 kap.).
        long interpellation = id("add", "--kind", "interpellation", "--title", "Interpellation om skolan",
                "--submitted", "2026-10-30");
        id("add", "--kind", "motion", "--title", "Ny motion", "--submitted", "2026-12-01");

        JsonNode overdue = json("overdue", "--json", "--today", "2026-12-16");
        assertThat(overdue).extracting(e -> e.get("matter").get("id").asLong(), e -> e.get("deadline_type").asText(),
                e -> e.get("days_overdue").asLong())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(motion, "motion_one_year", 15L),
                        org.assertj.core.groups.Tuple.tuple(interpellation, "written_answer", 5L),
                        org.assertj.core.groups.Tuple.tuple(interpellation, "answer_at_meeting", 2L));
        assertThat(run("overdue", "--today", "2026-12-16")).isZero();
        assertThat(out).contains("Motion om cykelvägar").contains("Ettårsgränsen för motioner")
                .contains("försenad 15 dagar").contains("Besvaras vid sammanträdet")
                .containsPattern("Ettårsgränsen för motioner: \\d{1,2} [a-z]+ \\d{4}, försenad");
        // The day after the meeting where it was asked it is not late: it is answered at the next.
        assertThat(json("overdue", "--json", "--today", "2026-11-17")).extracting(e -> e.get("matter").get("id")
                .asLong()).doesNotContain(interpellation);
        assertThat(run("overdue", "--today", "2026-01-01")).isZero();
        assertThat(out).contains("Inga ärenden har passerat en tidsgräns.");
    }

    @Test
    void everyMeetingCommandHasSwedishHelp() {
        for (String[] command : new String[][] {{"meeting", "add"}, {"meetings"}, {"agenda"}, {"agenda", "add"},
                {"position"}, {"overdue"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            assertThat(run(args)).isZero();
            assertThat(out).contains("Användning:").contains("--data");
        }
        assertThat(out).contains("Visar varje ärende som passerat en tidsgräns");
        run("position", "--help");
        assertThat(out).contains("Gruppens hållning");
    }

    @Test
    void listAndShowGiveAnInterpellationItsMeetingDeadline() throws Exception {
        id("meeting", "add", "--body", "KF", "--date", "2026-12-14");
        id("meeting", "add", "--body", "KF", "--date", "2027-02-08");
        long id = id("add", "--kind", "interpellation", "--title", "Interpellation om skolan", "--submitted",
                "2026-11-20");
        // Asked 2026-12-14, answered 2027-02-08; the council's written-answer rule: 12.00 the working day before.
        JsonNode listed = json("list", "--json").get(0);
        assertThat(listed.get("deadline").asText()).isEqualTo("2027-02-05");
        assertThat(listed.get("deadline_type").asText()).isEqualTo("written_answer");
        assertThat(json("show", String.valueOf(id), "--json").get("deadline").asText()).isEqualTo("2027-02-05");
    }
}
