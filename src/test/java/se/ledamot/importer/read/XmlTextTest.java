package se.ledamot.importer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlTextTest {
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private static String text(XmlText dialect, String xml) throws IOException {
        return dialect.of(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), 1_000_000);
    }

    private static String docx(String body) throws IOException {
        return text(XmlText.DOCX, "<w:document " + W + "><w:body>" + body + "</w:body></w:document>");
    }

    @Test
    void wordParagraphsTabsAndBreaksBecomeLines() throws IOException {
        assertThat(docx("""
                <w:p><w:r><w:t>Motion om</w:t></w:r><w:r><w:t xml:space="preserve"> cykelvägar</w:t></w:r></w:p>
                <w:p><w:r><w:t>att</w:t><w:tab/><w:t>bygga</w:t><w:br/><w:t>Åsa Öberg (C)</w:t></w:r></w:p>
                """)).isEqualTo("Motion om cykelvägar\natt\tbygga\nÅsa Öberg (C)\n");
    }

    @Test
    void wordFieldCodesAndDeletedTextAreNotText() throws IOException {
        assertThat(docx("""
                <w:p><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:delText>struket</w:delText></w:r>
                <w:r><w:t>kvar</w:t></w:r></w:p>
                """)).isEqualTo("kvar\n");
    }

    @Test
    void openDocumentSpacesAreCounted() throws IOException {
        String xml = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body>"
                + "<text:h>Fråga</text:h><text:p>a<text:s text:c=\"3\"/>b<text:tab/>c<text:s text:c=\"99999999999\"/>"
                + "d<text:s text:c=\"x\"/>e</text:p></office:body></office:document-content>";
        assertThat(text(XmlText.ODT, xml)).isEqualTo("Fråga\na   b\tc" + " ".repeat(100) + "d e\n");
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityCanReachTheDisk() {
        String xml = "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document " + W + ">&x;</w:document>";
        assertThatThrownBy(() -> text(XmlText.DOCX, xml)).isInstanceOf(IOException.class);
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyEntityIsExpanded() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE d [<!ENTITY l0 \"ha\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String xml = dtd + "]><w:document " + W + "><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:document>";
        assertThatThrownBy(() -> text(XmlText.DOCX, xml)).isInstanceOf(IOException.class);
    }

    @Test
    void xincludeIsNotFollowed() throws IOException {
        String xml = "<w:document " + W + " xmlns:xi=\"http://www.w3.org/2001/XInclude\"><w:body><w:p><w:r><w:t>"
                + "före</w:t></w:r></w:p><xi:include href=\"file:///etc/passwd\" parse=\"text\"/></w:body></w:document>";
        assertThat(text(XmlText.DOCX, xml)).isEqualTo("före\n");
    }

    @Test
    void elementsNestedDeeperThanTheLimitAreRefused() {
        String deep = "<w:r>".repeat(XmlText.MAX_DEPTH + 10) + "</w:r>".repeat(XmlText.MAX_DEPTH + 10);
        assertThatThrownBy(() -> docx(deep)).isInstanceOf(IOException.class);
    }

    @Test
    void readingStopsOnceTheTextPassesItsLimit() {
        String xml = "<w:document " + W + "><w:body>" + "<w:p><w:r><w:t>ord</w:t></w:r></w:p>".repeat(1000)
                + "</w:body></w:document>";
        assertThatThrownBy(() -> XmlText.DOCX.of(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), 100))
                .isInstanceOfSatisfying(LimitReached.class, e -> assertThat(e.key()).isEqualTo("importer.file.tooMuchText"));
    }
}
