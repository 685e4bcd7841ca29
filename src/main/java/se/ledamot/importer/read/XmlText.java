package se.ledamot.importer.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The text of the XML inside a word-processing file: OpenDocument's content.xml or Word's word/document.xml. One
 * line per paragraph, tabs and line breaks as written. Both are a zip of XML, so a page of our own reads them; a
 * full office library (Apache POI, 17 MB with its dependencies) would only add weight to the installer.
 */
enum XmlText {
    ODT("urn:oasis:names:tc:opendocument:xmlns:text:1.0", "p", "h", null, "tab", "line-break", "s"),
    DOCX("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "p", null, "t", "tab", "br", null);

    private final String namespace;
    private final String paragraph;
    private final String heading;
    /** The element that holds text (Word's w:t); null when any text inside a paragraph counts (OpenDocument). */
    private final String run;
    private final String tab;
    private final String lineBreak;
    /** OpenDocument's run of spaces, text:s with a count. */
    private final String spaces;

    XmlText(String namespace, String paragraph, String heading, String run, String tab, String lineBreak,
            String spaces) {
        this.namespace = namespace;
        this.paragraph = paragraph;
        this.heading = heading;
        this.run = run;
        this.tab = tab;
        this.lineBreak = lineBreak;
        this.spaces = spaces;
    }

    String of(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            // A document from outside may not reach the network or the disk through its XML.
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
            StringBuilder out = new StringBuilder();
            walk(root, out, false);
            return out.toString();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(e);
        }
    }

    /** Text counts only inside paragraphs (and Word's text runs): the whitespace between elements is layout. */
    private void walk(Node node, StringBuilder out, boolean inText) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE && inText) {
                out.append(child.getNodeValue());
                continue;
            }
            if (child.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            boolean ours = namespace.equals(child.getNamespaceURI());
            String name = child.getLocalName();
            if (ours && name.equals(spaces)) {
                String count = ((Element) child).getAttributeNS(namespace, "c");
                out.append(" ".repeat(count.isEmpty() ? 1 : Math.min(Integer.parseInt(count), 100)));
            } else if (ours && name.equals(tab)) {
                out.append('\t');
            } else if (ours && name.equals(lineBreak)) {
                out.append('\n');
            } else {
                boolean block = ours && (name.equals(paragraph) || name.equals(heading));
                boolean text = run == null ? inText || block : ours && name.equals(run);
                walk(child, out, text);
                if (block) {
                    out.append('\n');
                }
            }
        }
    }
}
