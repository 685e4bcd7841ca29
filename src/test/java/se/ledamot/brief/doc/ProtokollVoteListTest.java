package se.ledamot.brief.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import se.ledamot.brief.PaperSamples;
import se.ledamot.brief.Samples;
import se.ledamot.domain.minutes.Ballot;
import se.ledamot.domain.minutes.Choice;
import se.ledamot.domain.minutes.Vote;
import se.ledamot.domain.papers.MeetingPapers;
import se.ledamot.l10n.Localization;

/**
 * The vote's list in the protokoll names every member serving in the decision (5 kap. 67 § 5 kommunallagen), one
 * present who cast no vote marked as such, so its totals add up to the members serving (walk25: those who did not
 * vote were left out), and so does the sentence with the result (walk26); and the anslagsbevis prints no empty Förvaringsplats line.
 */
@Isolated
class ProtokollVoteListTest {

    @Test
    void aMemberServingWhoDidNotVoteIsListedAndTheTotalsAddUpToTheMembersServing() throws Exception {
        MeetingPapers papers = withoutBallotOf(PaperSamples.meeting(), "Emma Ramhult");
        int serving = papers.minutes().attendance().deciding().size();
        String text = MatterBriefTest.text(ProtokollTest.write(Protokoll.of(papers, Samples.CREATED),
                "protokoll-ej-rostat.pdf"));
        assertThat(text).containsSubsequence("Omröstning",
                "Med 7 ja-röster mot 1 nej-röst (1 avstår och 1 röstade inte) beslutar kommunfullmäktige",
                "Ledamot", "Ja", "Nej", "Avstår", "Röstade inte", "Emma Ramhult (V)", "Summa 7 1 1 1");
        assertThat(7 + 1 + 1 + 1).as("the vote's totals against the members serving").isEqualTo(serving);
        // Everyone voted: no column for those who did not.
        String all = MatterBriefTest.text(ProtokollTest.protokoll());
        assertThat(all).contains("Summa 7 2 1").doesNotContain("Röstade inte", "röstade inte");
    }

    /** walk26: the sentence counted those who abstained and left out those who did not vote, whom the table counts. */
    @Test
    void theResultSentenceCountsThoseWhoDidNotVoteAsTheTableDoes() {
        Vote v = ProtokollTest.vote("kommunstyrelsens förslag", "avslag", 3, 2, 0);
        MeetingPapers papers = PaperSamples.meeting();
        assertThat(MinutesWords.voteResult(papers, v, 2)).isEqualTo("Med 3 ja-röster mot 2 nej-röster "
                + "(2 röstade inte) beslutar kommunfullmäktige i enlighet med kommunstyrelsens förslag.");
        Vote abstained = ProtokollTest.vote("kommunstyrelsens förslag", "avslag", 2, 2, 1);
        assertThat(MinutesWords.voteResult(papers, abstained, 1)).isEqualTo("Omröstningen utfaller med 2 ja-röster "
                + "mot 2 nej-röster (1 avstår och 1 röstade inte). Ordförandens utslagsröst är inte antecknad.");
        try {
            Localization.setLocale(Localization.ENGLISH);
            assertThat(MinutesWords.voteResult(papers, abstained.withCasting(Choice.NO), 2)).isEqualTo("The vote "
                    + "ends 2 votes yes against 2 no (1 abstaining and 2 not voting). With the chair's casting vote, "
                    + "kommunfullmäktige decides in accordance with avslag.");
            assertThat(MinutesWords.voteResult(papers, v, 1)).startsWith("With 3 votes yes against 2 no "
                    + "(1 not voting), ");
        } finally {
            Localization.setLocale(Localization.SWEDISH);
        }
    }

    @Test
    void aProtokollWithNoPlaceKeptPrintsNoEmptyLineForIt() throws Exception {
        MeetingPapers sample = PaperSamples.meeting();
        MeetingPapers papers = new MeetingPapers(sample.meeting(), sample.body(),
                sample.settings().withArchive(sample.settings().noticeBoard(), null), sample.council(),
                sample.issued(), sample.entries(), sample.newSubmissions(), sample.minutes(), sample.firstParagraph(),
                sample.notice());
        String text = MatterBriefTest.text(ProtokollTest.write(Protokoll.of(papers, Samples.CREATED),
                "protokoll-utan-forvaring.pdf"));
        assertThat(text).contains("Anslaget tas ned").doesNotContain("Förvaringsplats");
    }

    private static MeetingPapers withoutBallotOf(MeetingPapers p, String name) {
        List<MeetingPapers.Entry> entries = p.entries().stream().map(e -> {
            Vote v = e.minutes().vote();
            if (v == null) {
                return e;
            }
            List<Ballot> kept = v.ballots().stream().filter(b -> !b.voter().name().equals(name)).toList();
            return new MeetingPapers.Entry(e.number(), e.item(), e.standard(), e.matter(), e.papers(),
                    e.minutes().withVote(new Vote(v.yes(), v.no(), kept, v.casting())), e.enclosures(), e.askedHere(),
                    e.answered());
        }).toList();
        return new MeetingPapers(p.meeting(), p.body(), p.settings(), p.council(), p.issued(), entries,
                p.newSubmissions(), p.minutes(), p.firstParagraph(), p.notice());
    }
}
