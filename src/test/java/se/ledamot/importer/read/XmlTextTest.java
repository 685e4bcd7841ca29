package se.ledamot.importer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlTextTest {
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private static String docx(String body) throws IOException {
        return XmlText.DOCX.of(("<w:document " + W + "><w:body>" + body + "</w:body></w:document>")
                .getBytes(StandardCharsets.UTF_8));
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
                + "<text:h>Fråga</text:h><text:p>a<text:s text:c=\"3\"/>b<text:tab/>c</text:p>"
                + "</office:body></office:document-content>";
        assertThat(XmlText.ODT.of(xml.getBytes(StandardCharsets.UTF_8))).isEqualTo("Fråga\na   b\tc\n");
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityCanReachTheDisk() {
        String xml = "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document " + W + ">&x;</w:document>";
        assertThatThrownBy(() -> XmlText.DOCX.of(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
    }
}
