package se.ledamot.importer.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.MatterKind;
import se.ledamot.importer.draft.Confidence;
import se.ledamot.importer.draft.ImportDraft;
import se.ledamot.importer.draft.ImportWarning;

/**
 * What the extractors have found so far in one text: the matter being built, how sure each field is, what the user
 * should check, and the landmarks later steps read — the kind, the heading line and what follows its kind word, the
 * lines already taken by a heading, date, signature or addressee, the date, the questions.
 */
final class Findings {
    private final Matter.Builder matter = new Matter.Builder();
    private final Map<MatterField, Confidence> confidence = new EnumMap<>(MatterField.class);
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final BitSet used = new BitSet();
    private MatterKind kind = MatterKind.OTHER;
    private boolean answerDocument;
    private int headingLine = -1;
    private String headingRest = "";
    private LocalDate submitted;
    private boolean answered;
    private List<String> questions = List.of();

    /** The matter being built; each extractor sets its own fields. */
    Matter.Builder matter() {
        return matter;
    }

    void set(MatterField field, Confidence c) {
        confidence.put(field, c);
    }

    /** How sure the field is; a field nobody set is missing. */
    Confidence confidence(MatterField field) {
        return confidence.getOrDefault(field, Confidence.MISSING);
    }

    void warn(String key, Object... args) {
        warnings.add(ImportWarning.of(key, args));
    }

    List<ImportWarning> warnings() {
        return List.copyOf(warnings);
    }

    /** Marks a line as taken (a heading, a date line, a signature), so it is not body text for other fields. */
    void use(int line) {
        used.set(line);
    }

    boolean isUsed(int line) {
        return used.get(line);
    }

    MatterKind kind() {
        return kind;
    }

    void kind(MatterKind k) {
        kind = k;
    }

    /** A written answer ("Svar på interpellation ..."), signed by the one asked. */
    boolean isAnswerDocument() {
        return answerDocument;
    }

    void answerDocument(boolean yes) {
        answerDocument = yes;
    }

    /** The line that named the kind, or -1. */
    int headingLine() {
        return headingLine;
    }

    /** What followed the kind word in the heading, as far as other steps have not taken it (an addressee, an asker). */
    String headingRest() {
        return headingRest;
    }

    /** The heading found: its line is taken and the kind it named is sure. */
    void heading(int line, String rest) {
        headingLine = line;
        headingRest = rest.strip();
        use(line);
        set(MatterField.KIND, Confidence.SURE);
    }

    void headingRest(String rest) {
        headingRest = rest;
    }

    LocalDate submitted() {
        return submitted;
    }

    void submitted(LocalDate date, Confidence c) {
        submitted = date;
        matter.submitted(date);
        set(MatterField.SUBMITTED, c);
    }

    boolean isAnswered() {
        return answered;
    }

    void answer(String text) {
        answered = true;
        matter.answer(text);
        set(MatterField.ANSWER, Confidence.SURE);
    }

    List<String> questions() {
        return questions;
    }

    void questions(List<String> found, Confidence c) {
        questions = List.copyOf(found);
        matter.questions(found);
        set(MatterField.QUESTIONS, c);
    }

    /** The draft of the text, once every step has run, fitted to the database's limits. */
    ImportDraft draft(String body, String text) {
        return ImportDraft.fitted(matter.body(body).kind(kind), confidence, warnings, text);
    }
}
