package se.ledamot.ui.editor;

/** One original file as the editor lists it: "motion.docx · DOCX · 12,4 kB". */
public record AttachmentRow(long id, String fileName, String format, String text) {
}
