package se.ledamot.importer.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/** A meeting's papers in one PDF, as councils publish them: one text per page, bookmarks where asked for. */
public final class CombinedPdfs {
    /** Four pages: a motion over two (its Dnr in both pages' header), an interpellation, a citizen proposal. */
    public static final String[] PAPERS = {
        """
        Dnr KS 2024/11
        Ärende 7
        MOTION
        Motion om fler bänkar i Stadsparken
        I Stadsparken finns för få bänkar.
        Jag yrkar att kommunfullmäktige beslutar
        att kommunen sätter upp tio nya bänkar i Stadsparken""",
        """
        Dnr KS 2024/11
        Bänkarna bör ha armstöd, så att äldre lätt kommer upp.
        Kungälv den 3 mars 2024
        Anna Ek (V)""",
        """
        Dnr KS 2024/12
        Interpellation till kommunstyrelsens ordförande Per Lund (M) om skolskjutsarna
        Barn får vänta i kylan.
        1. Vad gör kommunen åt väntetiderna?
        2. När blir det bättre?
        Kungälv den 4 mars 2024
        Eva Berg (S)""",
        """
        Dnr KS 2024/13
        Medborgarförslag om en hundrastgård i Ytterby
        Jag föreslår att kommunen anlägger en hundrastgård i Ytterby.
        Kungälv den 5 mars 2024
        Gustav Ekman"""
    };

    /** A kallelse whose items 3–5 are matters with a Dnr (issue 17.2). */
    public static final String KALLELSE = """
            Kungälvs kommun
            Kommunfullmäktige
            KALLELSE
            Tid: torsdagen den 11 mars 2027 kl. 18.00
            Plats: Fullmäktigesalen
            FÖREDRAGNINGSLISTA
            1. Upprop
            2. Val av justerare
            3. Motion från Anna Ek (V) om fler bänkar i Stadsparken
               Dnr KS 2027/11
            4. Interpellation från Eva Berg (S) till kommunstyrelsens ordförande Per Lund (M) om skolskjutsarna
               Dnr KS 2027/12
            5. Medborgarförslag om en hundrastgård i Ytterby
               Dnr KS 2027/13
            6. Meddelanden""";

    /** The papers of items 3–5, each headed by its Dnr. */
    public static final String[] BY_DNR = {
        """
        Dnr KS 2027/11
        MOTION
        Motion om fler bänkar i Stadsparken
        I Stadsparken finns för få bänkar.
        Jag yrkar att kommunfullmäktige beslutar
        att kommunen sätter upp tio nya bänkar i Stadsparken
        Kungälv den 3 mars 2027
        Anna Ek (V)""",
        """
        Dnr KS 2027/12
        Interpellation till kommunstyrelsens ordförande Per Lund (M) om skolskjutsarna
        Barn får vänta i kylan.
        1. Vad gör kommunen åt väntetiderna?
        2. När blir det bättre?
        Kungälv den 4 mars 2027
        Eva Berg (S)""",
        """
        Dnr KS 2027/13
        Medborgarförslag om en hundrastgård i Ytterby
        Jag föreslår att kommunen anlägger en hundrastgård i Ytterby.
        Kungälv den 5 mars 2027
        Gustav Ekman"""
    };

    private CombinedPdfs() {
    }

    /**
     * A PDF of the pages, each one text (lines in Helvetica); a top-level bookmark to every page whose index is in
     * {@code bookmarks}, titled "Ärende n".
     */
    public static byte[] of(String[] pages, int... bookmarks) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : pages) {
                TestDocuments.addPage(doc, text);
            }
            if (bookmarks.length > 0) {
                PDDocumentOutline outline = new PDDocumentOutline();
                doc.getDocumentCatalog().setDocumentOutline(outline);
                int n = 1;
                for (int at : bookmarks) {
                    PDPageFitDestination dest = new PDPageFitDestination();
                    dest.setPage(doc.getPage(at));
                    PDOutlineItem item = new PDOutlineItem();
                    item.setDestination(dest);
                    item.setTitle("Ärende " + n++);
                    outline.addLast(item);
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
