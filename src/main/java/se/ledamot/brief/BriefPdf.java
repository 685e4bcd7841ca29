package se.ledamot.brief;

import java.awt.image.BufferedImage;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import se.ledamot.brief.layout.Document;
import se.ledamot.brief.layout.PdfWriter;

/** A written brief held in memory: for a preview of its pages and for printing, before or instead of saving. */
public record BriefPdf(byte[] bytes, int pages) {

    public static BriefPdf write(Document document, PdfWriter.Progress progress) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
        try {
            PdfWriter.Result result = PdfWriter.write(document, out, progress);
            return new BriefPdf(out.toByteArray(), result.pages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One page (from 0) as a picture, as PDFBox renders it. */
    public BufferedImage render(int page, float dpi) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFRenderer(doc).renderImageWithDPI(page, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends the brief to a printer the user picks in the system's print dialog. Returns false when the user
     * cancels the dialog.
     */
    public boolean print(String jobName) throws PrinterException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(doc));
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
