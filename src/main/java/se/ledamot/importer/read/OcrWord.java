package se.ledamot.importer.read;

/** A word read by OCR, with how sure Tesseract is of it (0–100). */
public record OcrWord(String text, int confidence) {
}
