package se.ledamot.importer.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The text of an OpenDocument content.xml: one line per paragraph or heading, spaces and tabs as written. */
final class OdtText {
    private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private OdtText() {
    }

    static String of(byte[] contentXml) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            // A document from outside may not reach the network or the disk through its XML.
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(contentXml)).getDocumentElement();
            StringBuilder out = new StringBuilder();
            walk(root, out, false);
            return out.toString();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(e);
        }
    }

    /** Text counts only inside paragraphs and headings: the whitespace between elements is layout. */
    private static void walk(Node node, StringBuilder out, boolean inParagraph) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE && inParagraph) {
                out.append(child.getNodeValue());
                continue;
            }
            if (child.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            boolean text = TEXT_NS.equals(child.getNamespaceURI());
            String name = child.getLocalName();
            if (text && name.equals("s")) {
                String count = ((Element) child).getAttributeNS(TEXT_NS, "c");
                out.append(" ".repeat(count.isEmpty() ? 1 : Math.min(Integer.parseInt(count), 100)));
            } else if (text && name.equals("tab")) {
                out.append('\t');
            } else if (text && name.equals("line-break")) {
                out.append('\n');
            } else {
                boolean paragraph = text && (name.equals("p") || name.equals("h"));
                walk(child, out, inParagraph || paragraph);
                if (paragraph) {
                    out.append('\n');
                }
            }
        }
    }
}
