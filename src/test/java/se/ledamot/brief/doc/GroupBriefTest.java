package se.ledamot.brief.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.ledamot.brief.Samples;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.debate.DebateMaterial;
import se.ledamot.domain.meeting.AgendaItem;

/**
 * What a party group reads in its own brief: its stance with who speaks for it, on one page, and which items it has
 * gone through at its group meeting (genomgången) and which it has left.
 */
class GroupBriefTest {

    private static byte[] brief(DebateMaterial material) throws Exception {
        return MatterBriefTest.pdf(DebateBrief.of(material, null, Deadlines.standard(), Samples.TODAY,
                Samples.CREATED, Samples.ZONE));
    }

    /** The 1-based page whose lines include one equal to {@code line} (or starting with it), or -1. */
    private static int pageOf(PDDocument doc, String line) throws Exception {
        for (int page = 1; page <= doc.getNumberOfPages(); page++) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(page);
            s.setEndPage(page);
            for (String l : s.getText(doc).split("\\R")) {
                if (l.strip().equals(line) || l.strip().startsWith(line + " ")) {
                    return page;
                }
            }
        }
        return -1;
    }

    /**
     * The sample group brief's "Talare" stood at the head of page 3 with the arguments, its item's stance at the foot
     * of page 2. Whatever the length of what comes before (the prepared proposal grown a line at a time), the
     * position's heading, its stance and the speakers share a page.
     */
    @Test
    void theStanceAndTheSpeakersAreNeverOnTwoPages() throws Exception {
        DebateMaterial one = Samples.debate(1, "V");
        DebateMaterial.Item motion = one.items().getFirst();
        List<String> split = new ArrayList<>();
        for (int lines = 0; lines <= 40; lines++) {
            String proposal = motion.item().proposal() + "\n\nKommunstyrelsen har berett ärendet i sin helhet. "
                    .repeat(lines);
            DebateMaterial.Item longer = new DebateMaterial.Item(motion.item().withProposal(proposal),
                    motion.matter(), motion.changes(), motion.position(), motion.speakers());
            try (PDDocument doc = Loader.loadPDF(brief(new DebateMaterial(one.meeting(), one.body(), "V",
                    List.of(longer))))) {
                int heading = pageOf(doc, "Gruppens ställningstagande (V)");
                int stance = pageOf(doc, "Ställningstagande:");
                int speakers = pageOf(doc, "Talare");
                assertThat(heading).as("heading with %s lines more", lines).isPositive();
                if (heading != stance || stance != speakers) {
                    split.add(lines + " lines: position on page " + heading + ", stance " + stance + ", Talare "
                            + speakers);
                }
            }
        }
        assertThat(split).isEmpty();
    }

    /**
     * Walked: "Eget yrkande" printed only the stance, and the speaker had no wording to move. What the group wrote
     * under it is printed as its yrkande and arguments; another stance's stays "Argument:".
     */
    @Test
    void aGroupsOwnMotionIsPrintedAsItsYrkande() throws Exception {
        DebateMaterial one = Samples.debate(1, "V");
        DebateMaterial.Item motion = one.items().getFirst();
        var own = motion.position().orElseThrow().withStance(se.ledamot.domain.meeting.Stance.OWN)
                .withArguments("att planen följs upp årligen i fullmäktige.");
        DebateMaterial.Item ownItem = new DebateMaterial.Item(motion.item(), motion.matter(), motion.changes(),
                Optional.of(own), motion.speakers());
        String text = MatterBriefTest.text(brief(new DebateMaterial(one.meeting(), one.body(), "V",
                List.of(ownItem))));
        assertThat(text).contains("Yrkande och argument: att planen följs upp årligen i fullmäktige.")
                .doesNotContain("Argument: att planen");
        DebateMaterial.Item supportItem = new DebateMaterial.Item(motion.item(), motion.matter(), motion.changes(),
                Optional.of(own.withStance(se.ledamot.domain.meeting.Stance.SUPPORT)), motion.speakers());
        assertThat(MatterBriefTest.text(brief(new DebateMaterial(one.meeting(), one.body(), "V",
                List.of(supportItem))))).contains("Argument: att planen").doesNotContain("Yrkande och argument");
    }

    /**
     * The brief did not say which items the group had gone through: each matter says so under the group's position,
     * and the cover's list marks those left, as Partigrupp counts them (an item with a proposal for decision, not
     * Upprop or a Val av justerare with nothing proposed).
     */
    @Test
    void itSaysWhichItemsTheGroupHasGoneThroughAndMarksThoseLeft() throws Exception {
        DebateMaterial three = Samples.debate(3, "V");
        List<DebateMaterial.Item> items = new ArrayList<>(three.items());
        DebateMaterial.Item second = items.get(1);
        items.set(1, new DebateMaterial.Item(second.item(), second.matter(), second.changes(),
                second.position().map(p -> p.withReviewed(false)), second.speakers()));
        items.add(new DebateMaterial.Item(AgendaItem.freeText(three.meeting().id(), 4, "Upprop"), Optional.empty(),
                List.of(), Optional.empty()));
        byte[] pdf = brief(new DebateMaterial(three.meeting(), three.body(), "V", items));
        String text = MatterBriefTest.text(pdf);
        assertThat(text).containsSubsequence("Föredragningslista",
                "Punkt 2 Integrationsenhet (inte genomgången)", "Deltar i debatten · talare Łukasz Đorđević (V)",
                "Punkt 3 Val av justerare (inte genomgången)",
                "Punkt 1 · KS 2015/123", "Gruppens ställningstagande (V)", "Gruppmötet: Genomgången",
                "Ställningstagande:", "Punkt 2 · Interpellation", "Gruppens ställningstagande (V)",
                "Gruppmötet: Inte genomgången", "Ställningstagande:", "Punkt 3");
        // The cover's list gives the group's stance and speaker where it has them, as at the council meeting one
        // looks up how the group votes (walk29: it said only which items were left).
        assertThat(text).contains("Punkt 1 Motion om att upprätta en integrationsplan . . .",
                "Eget yrkande · talare Emma Ramhult (V) Punkt 2");
        // Under each matter's position; the free-text items have none to print it under.
        assertThat(text.split("Gruppmötet:", -1)).hasSize(3);
        assertThat(text).doesNotContain("integrationsplan (inte genomgången)", "Upprop (inte");

        String noGroup = MatterBriefTest.text(brief(Samples.debate(3, null)));
        assertThat(noGroup).doesNotContain("Gruppmötet", "genomgången");
    }
}
