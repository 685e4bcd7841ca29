package se.ledamot.brief.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a councillor pasted into an answer or a title comes out on paper as near to it as the face allows. */
class FaceTest {
    private static final String BOX = "\u25A1";

    @Test
    void aSignTheFaceLacksPrintsAsOneBoxWithItsModifiersAndJoinersInside() {
        assertThat(Face.SERIF.printable("Tack \u2764\uFE0F för stödet \uD83D\uDC4D\uD83C\uDFFD!"))
                .isEqualTo("Tack " + BOX + " för stödet " + BOX + "!");
        assertThat(Face.SERIF.printable("Familjen \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 i \uD83C\uDDF8\uD83C\uDDEA"))
                .isEqualTo("Familjen " + BOX + " i " + BOX);
        assertThat(Face.SANS.printable("Vänorten \u4E2D\u5C71")).isEqualTo("Vänorten " + BOX + BOX);
    }

    @Test
    void aStyledOrCompatibleLetterPrintsAsThePlainOne() {
        assertThat(Face.SERIF.printable("\uD835\uDC00\uD835\uDC27\uD835\uDC26\u00E4\uD835\uDC25\uD835\uDC1A\uD835\uDC27"))
                .isEqualTo("Anmälan");
        assertThat(Face.SERIF.printable("e\u2011post")).isEqualTo("e\u2010post");
    }

    @Test
    void invisibleAndBrokenCharactersNeverPrintAsQuestionMarks() {
        assertThat(Face.SERIF.printable("\uFEFFPM:\tInsats\u2028Kostnad\u2060 kr")).isEqualTo("PM: Insats Kostnad kr");
        assertThat(Face.SERIF.printable("halv\uD800parad")).isEqualTo("halv parad");
        assertThat(Face.SERIF.printable("Şahin Nguyễn Đorđević Åsa")).isEqualTo("Şahin Nguyễn Đorđević Åsa");
    }
}
