package se.ledamot.brief.layout;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Writes a {@link Document} as PDF/A-2a and PDF/UA-1 (tagged, accessible): all fonts embedded (subsets), an sRGB output intent, XMP metadata
 * that agrees with the info dictionary, a structure tree in reading order, the language, and a bookmark per anchor.
 * Pages are laid out first, so the footer knows the page count and the contents their page numbers.
 */
public final class PdfWriter {

    /** Told of each page drawn; asked whether to stop. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        default void page(int done, int total) {
        }

        default boolean cancelled() {
            return false;
        }
    }

    /** What was written: the number of pages and the page (from 1) of each anchor. */
    public record Result(int pages, Map<String, Integer> anchorPages) {
    }

    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final float HEADER_GAP = 30;
    private static final float FOOTER_GAP = 40;

    private PdfWriter() {
    }

    public static Result write(Document document, OutputStream out, Progress progress) throws IOException {
        List<List<Typesetter.Placed>> pages = Typesetter.layout(document);
        Map<String, Integer> anchorPages = new LinkedHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            for (Typesetter.Placed placed : pages.get(i)) {
                Anchor a = placed.box().anchor();
                if (a != null) {
                    anchorPages.putIfAbsent(a.id(), i + 1);
                }
            }
        }
        Document.Page size = document.page();
        try (PDDocument pdf = new PDDocument()) {
            pdf.setVersion(1.7f);
            Structure structure = new Structure();
            Canvas canvas = new Canvas(pdf, structure, anchorPages);
            List<Bookmark> bookmarks = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                if (progress.cancelled()) {
                    throw new CancellationException();
                }
                PDPage page = new PDPage(new PDRectangle(size.width(), size.height()));
                pdf.addPage(page);
                canvas.begin(page);
                float top = size.height() - size.top();
                for (Typesetter.Placed placed : pages.get(i)) {
                    float y = top - placed.offset();
                    placed.box().drawer().draw(canvas, size.left(), y);
                    Anchor a = placed.box().anchor();
                    if (a != null) {
                        bookmarks.add(new Bookmark(a, page, y));
                    }
                }
                running(canvas, document, i + 1, pages.size());
                canvas.end();
                progress.page(i + 1, pages.size());
            }
            structure.finish();
            catalog(pdf, document, structure, bookmarks);
            pdf.save(out);
        }
        return new Result(pages.size(), Map.copyOf(anchorPages));
    }

    private record Bookmark(Anchor anchor, PDPage page, float y) {
    }

    private static void running(Canvas canvas, Document document, int page, int pages) {
        Document.Running r = document.running();
        if (page == 1 && !r.onFirstPage()) {
            return;
        }
        Document.Page size = document.page();
        Style st = r.style();
        float headerBaseline = size.height() - size.top() + HEADER_GAP;
        float right = size.width() - size.right();
        if (r.headerLeft() != null) {
            canvas.artifact(st, size.left(), headerBaseline, r.headerLeft());
        }
        if (r.headerRight() != null) {
            canvas.artifact(st, right - st.width(st.face().printable(r.headerRight())), headerBaseline,
                    r.headerRight());
        }
        canvas.rule(size.left(), headerBaseline - st.size() * 0.6f, right, Rgb.LIGHT);
        String footer = r.footer().text(page, pages);
        if (r.boxes().isEmpty()) {
            canvas.artifact(st, size.left() + (size.measure() - st.width(footer)) / 2, size.bottom() - FOOTER_GAP,
                    footer);
            return;
        }
        // Signature boxes at the right of the foot, the page number at the left.
        canvas.artifact(st, size.left(), size.bottom() - FOOTER_GAP, footer);
        float x = right;
        for (String label : r.boxes().reversed()) {
            float w = Math.max(BOX_WIDTH, st.width(label));
            x -= w;
            canvas.box(st, x, size.bottom() - FOOTER_GAP - 6, w, BOX_HEIGHT, label);
            x -= BOX_GAP;
        }
    }

    private static final float BOX_WIDTH = 90;
    private static final float BOX_HEIGHT = 22;
    private static final float BOX_GAP = 10;

    private static void catalog(PDDocument pdf, Document document, Structure structure, List<Bookmark> bookmarks)
            throws IOException {
        Document.Info info = document.info();
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setLanguage(info.language());
        catalog.setStructureTreeRoot(structure.root());
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);

        Instant created = info.created().truncatedTo(ChronoUnit.SECONDS);
        PDDocumentInformation di = pdf.getDocumentInformation();
        di.setTitle(info.title());
        di.setAuthor(info.author());
        di.setSubject(info.subject());
        di.setKeywords(info.keywords());
        di.setCreator(CREATOR);
        di.setProducer(PRODUCER);
        Calendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        cal.setTimeInMillis(created.toEpochMilli());
        di.setCreationDate(cal);
        di.setModificationDate(cal);

        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(xmp(info, created).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(pdf,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem parent = null;
        for (Bookmark b : bookmarks) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(b.anchor().title());
            PDPageXYZDestination dest = new PDPageXYZDestination();
            dest.setPage(b.page());
            dest.setTop(Math.round(b.y()));
            item.setDestination(dest);
            if (b.anchor().level() > 1 && parent != null) {
                parent.addLast(item);
            } else {
                outline.addLast(item);
                parent = item;
            }
        }
        outline.openNode();
        catalog.setDocumentOutline(outline);
    }

    static final String CREATOR = "Ledamot";
    static final String PRODUCER = "Ledamot with Apache PDFBox";

    /** The XMP packet: PDF/A identification plus the same title, author, subject and dates as the info. */
    private static String xmp(Document.Info info, Instant created) {
        String date = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
                .format(created.atOffset(ZoneOffset.UTC));
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about=""
                    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
                    xmlns:dc="http://purl.org/dc/elements/1.1/"
                    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                   <pdfaid:part>2</pdfaid:part>
                   <pdfaid:conformance>A</pdfaid:conformance>
                   <dc:format>application/pdf</dc:format>
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                   <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
                   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
                   <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
                   <pdf:Keywords>%s</pdf:Keywords>
                   <pdf:Producer>%s</pdf:Producer>
                   <xmp:CreatorTool>%s</xmp:CreatorTool>
                   <xmp:CreateDate>%s</xmp:CreateDate>
                   <xmp:ModifyDate>%s</xmp:ModifyDate>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                   <pdfuaid:part>1</pdfuaid:part>
                  </rdf:Description>
                  <rdf:Description rdf:about=""
                    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
                    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                   <pdfaExtension:schemas>
                    <rdf:Bag>
                     <rdf:li rdf:parseType="Resource">
                      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                      <pdfaSchema:property>
                       <rdf:Seq>
                        <rdf:li rdf:parseType="Resource">
                         <pdfaProperty:name>part</pdfaProperty:name>
                         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                         <pdfaProperty:category>internal</pdfaProperty:category>
                         <pdfaProperty:description>Part of ISO 14289 the file follows</pdfaProperty:description>
                        </rdf:li>
                       </rdf:Seq>
                      </pdfaSchema:property>
                     </rdf:li>
                    </rdf:Bag>
                   </pdfaExtension:schemas>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(esc(info.title()), esc(info.author()), esc(info.subject()),
                esc(info.language()), esc(info.keywords()), esc(PRODUCER), esc(CREATOR), date, date);
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
