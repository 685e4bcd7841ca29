package se.ledamot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.Person;
import se.ledamot.search.SearchDocuments.AgendaItemDocument;
import se.ledamot.search.SearchDocuments.MatterDocument;
import se.ledamot.search.SearchDocuments.MeetingDocument;
import se.ledamot.search.SearchDocuments.PersonDocument;

/**
 * The fields of the index and how each thing becomes a Lucene document. {@link #TITLE} and {@link #ALL} are read
 * by the stemming analyser, {@link #WORDS} by the word analyser (for prefixes); the rest are exact values for
 * filters, the stored label and detail, and the id as a doc value so that thousands of hits map to ids fast.
 */
final class IndexFields {
    static final String KEY = "key";
    static final String TYPE = "type";
    static final String ID = "id";
    static final String MEETING = "meeting";
    /** An agenda item's meeting, to take a meeting's whole agenda out at once. */
    static final String ITEM_OF = "item_of";
    static final String TITLE = "title";
    static final String ALL = "all";
    static final String WORDS = "words";
    static final String KIND = "kind";
    static final String STATUS = "status";
    static final String PARTY = "party";
    static final String BODY = "body";
    static final String YEAR = "year";
    static final String LABEL = "label";
    static final String NUMBER = "number";
    static final String DATE = "date";

    private IndexFields() {
    }

    static String key(HitType type, Object id) {
        return type.code() + ":" + id;
    }

    /** A matter, and its answer as a hit of its own when it has one. */
    static List<Document> of(MatterDocument d) {
        Matter m = d.matter();
        List<Document> out = new ArrayList<>();
        Document doc = base(HitType.MATTER, m.id(), m.title());
        facts(doc, m);
        String names = String.join(" ", MatterField.AUTHORS.textOf(m), MatterField.ADDRESSEE.textOf(m));
        String all = String.join("\n", orEmpty(m.number()), m.title(), m.body(), MatterField.PROPOSALS.textOf(m),
                MatterField.QUESTIONS.textOf(m), m.answer(), names, MatterField.TAGS.textOf(m),
                orEmpty(m.responsibleBody()), orEmpty(m.place()));
        text(doc, m.title(), all);
        for (String party : m.parties()) {
            doc.add(new StringField(PARTY, party.toUpperCase(Locale.ROOT), Field.Store.NO));
        }
        if (m.addressee() != null && m.addressee().party() != null) {
            doc.add(new StringField(PARTY, m.addressee().party().toUpperCase(Locale.ROOT), Field.Store.NO));
        }
        d.bodies().forEach(b -> doc.add(new StringField(BODY, b.toUpperCase(Locale.ROOT), Field.Store.NO)));
        out.add(doc);
        if (!m.answer().isBlank()) {
            Document answer = base(HitType.ANSWER, m.id(), m.title());
            facts(answer, m);
            text(answer, m.title(), m.answer() + "\n" + MatterField.ADDRESSEE.textOf(m));
            out.add(answer);
        }
        return out;
    }

    static Document of(MeetingDocument d) {
        String label = d.bodyName() + " " + d.date() + (d.place() == null ? "" : ", " + d.place());
        Document doc = base(HitType.MEETING, d.id(), label);
        doc.add(new StoredField(DATE, d.date().toString()));
        text(doc, label, String.join("\n", label, d.bodyCode()));
        body(doc, d.bodyCode());
        doc.add(new IntPoint(YEAR, d.date().getYear()));
        return doc;
    }

    static Document of(AgendaItemDocument d) {
        Document doc = base(HitType.AGENDA_ITEM, d.id(), d.number() + ". " + d.heading());
        doc.add(new StoredField(MEETING, d.meetingId()));
        doc.add(new StringField(ITEM_OF, String.valueOf(d.meetingId()), Field.Store.NO));
        doc.add(new StoredField(DATE, d.date().toString()));
        text(doc, d.heading(), String.join("\n", d.heading(), orEmpty(d.proposal()), orEmpty(d.decisionText())));
        body(doc, d.bodyCode());
        doc.add(new IntPoint(YEAR, d.date().getYear()));
        return doc;
    }

    static Document of(PersonDocument d) {
        String label = d.party() == null ? d.name() : d.name() + " (" + d.party() + ")";
        Document doc = base(HitType.PERSON, key(HitType.PERSON, label), 0, label);
        doc.add(new StoredField(NUMBER, String.valueOf(d.matters())));
        text(doc, d.name(), label);
        if (d.party() != null) {
            doc.add(new StringField(PARTY, d.party().toUpperCase(Locale.ROOT), Field.Store.YES));
        }
        return doc;
    }

    static Document ofParty(String code, String name) {
        Document doc = base(HitType.PARTY, key(HitType.PARTY, code), 0, name == null ? code : name + " (" + code + ")");
        text(doc, name == null ? code : name, code + " " + orEmpty(name));
        doc.add(new StringField(PARTY, code.toUpperCase(Locale.ROOT), Field.Store.YES));
        return doc;
    }

    private static Document base(HitType type, long id, String label) {
        return base(type, key(type, id), id, label);
    }

    private static Document base(HitType type, String key, long id, String label) {
        Document doc = new Document();
        doc.add(new StringField(KEY, key, Field.Store.YES));
        doc.add(new StringField(TYPE, type.code(), Field.Store.YES));
        doc.add(new NumericDocValuesField(ID, id));
        doc.add(new StoredField(ID, id));
        doc.add(new StoredField(LABEL, label));
        return doc;
    }

    /** A matter's kind, status, number and date, filtered on and shown under its label. */
    private static void facts(Document doc, Matter m) {
        doc.add(new StringField(KIND, m.kind().code(), Field.Store.YES));
        doc.add(new StringField(STATUS, m.status().code(), Field.Store.YES));
        if (m.number() != null) {
            doc.add(new StoredField(NUMBER, m.number()));
        }
        if (m.submitted() != null) {
            doc.add(new StoredField(DATE, m.submitted().toString()));
            doc.add(new IntPoint(YEAR, m.submitted().getYear()));
        }
    }

    private static void body(Document doc, String code) {
        doc.add(new StringField(BODY, code.toUpperCase(Locale.ROOT), Field.Store.YES));
    }

    private static void text(Document doc, String title, String all) {
        doc.add(new TextField(TITLE, title, Field.Store.NO));
        doc.add(new TextField(ALL, all, Field.Store.NO));
        doc.add(new TextField(WORDS, all, Field.Store.NO));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
