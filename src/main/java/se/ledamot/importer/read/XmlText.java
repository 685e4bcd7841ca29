package se.ledamot.importer.read;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import se.ledamot.importer.budget.Budget;

/**
 * The text of the XML inside a word-processing file: OpenDocument's content.xml or Word's word/document.xml. One
 * line per paragraph, tabs and line breaks as written. Read as a stream (StAX), so memory follows the text, not the
 * markup: a document of a million empty paragraphs costs what its text costs. A DOCTYPE is refused before anything
 * in it is read (no entity, external or internal, is ever expanded), elements nest at most {@link #MAX_DEPTH} deep,
 * and reading stops as soon as the text passes its limit. Both formats are a zip of XML, so a page of our own reads
 * them; a full office library (Apache POI, 17 MB with its dependencies) would only add weight to the installer.
 */
enum XmlText {
    ODT("urn:oasis:names:tc:opendocument:xmlns:text:1.0", "content.xml", "odt", "importer.odt.broken", "p", "h", null,
            "tab", "line-break", "s"),
    DOCX("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "word/document.xml", "docx",
            "importer.docx.broken", "p", null, "t", "tab", "br", null);

    /** Word nests tables in tables, each a few elements deep; nothing real comes near this. */
    static final int MAX_DEPTH = 512;
    /** OpenDocument's text:s may ask for any number of spaces; a line of more is layout, not text. */
    private static final int MAX_SPACES = 100;

    private final String namespace;
    /** The zip entry that holds the text. */
    final String entry;
    /** The format's name as kept with an imported file. */
    final String format;
    /** What to tell the user when the XML is broken. */
    final String brokenKey;
    private final String paragraph;
    private final String heading;
    /** The element that holds text (Word's w:t); null when any text inside a paragraph counts (OpenDocument). */
    private final String run;
    private final String tab;
    private final String lineBreak;
    /** OpenDocument's run of spaces, text:s with a count. */
    private final String spaces;

    XmlText(String namespace, String entry, String format, String brokenKey, String paragraph, String heading, String run, String tab,
            String lineBreak, String spaces) {
        this.namespace = namespace;
        this.entry = entry;
        this.format = format;
        this.brokenKey = brokenKey;
        this.paragraph = paragraph;
        this.heading = heading;
        this.run = run;
        this.tab = tab;
        this.lineBreak = lineBreak;
        this.spaces = spaces;
    }

    /** Reads the XML to its text, at most {@code maxChars} characters of it. */
    String of(InputStream xml, int maxChars) throws IOException {
        XMLStreamReader r = null;
        try {
            r = factory().createXMLStreamReader(xml);
            StringBuilder out = new StringBuilder();
            // Per open element: does text directly inside it count, and does it end a line when it closes.
            boolean[] text = new boolean[MAX_DEPTH + 2];
            boolean[] block = new boolean[MAX_DEPTH + 2];
            int depth = 0;
            while (r.hasNext()) {
                int event = r.next();
                Budget.charge(1);
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new IOException("a DOCTYPE in a document's XML");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++depth > MAX_DEPTH) {
                            throw new IOException("elements nested deeper than " + MAX_DEPTH);
                        }
                        boolean ours = namespace.equals(r.getNamespaceURI());
                        String name = r.getLocalName();
                        text[depth] = false;
                        block[depth] = false;
                        if (ours && name.equals(spaces)) {
                            out.append(" ".repeat(spaceCount(r.getAttributeValue(namespace, "c"))));
                        } else if (ours && name.equals(tab)) {
                            out.append('\t');
                        } else if (ours && name.equals(lineBreak)) {
                            out.append('\n');
                        } else {
                            block[depth] = ours && (name.equals(paragraph) || name.equals(heading));
                            text[depth] = run == null ? text[depth - 1] || block[depth] : ours && name.equals(run);
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (block[depth]) {
                            out.append('\n');
                        }
                        depth--;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (text[depth]) {
                            out.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                            Budget.charge(r.getTextLength() / 64);
                        }
                    }
                    default -> {
                        // Comments, processing instructions and whitespace between elements are not text.
                    }
                }
                if (out.length() > maxChars) {
                    throw new LimitReached("importer.file.tooMuchText", maxChars);
                }
            }
            return out.toString();
        } catch (XMLStreamException | RuntimeException e) {
            LimitReached.rethrowCause(e);
            throw new IOException(e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // Nothing held that the garbage collector will not free.
                }
            }
        }
    }

    /** The count of a text:s element: 1 when it names none (or nonsense), at most {@link #MAX_SPACES}. */
    private static int spaceCount(String c) {
        if (c == null || c.isEmpty() || !c.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return 1;
        }
        return c.length() > 3 ? MAX_SPACES : Math.min(Integer.parseInt(c), MAX_SPACES);
    }

    /**
     * The JDK's own StAX reader (not whatever another jar on the class path offers), with no DTD support, no external
     * entities and the JDK's limits on names, attributes and depth.
     */
    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_VALIDATING, false);
        f.setProperty("jdk.xml.maxElementDepth", MAX_DEPTH);
        return f;
    }
}
