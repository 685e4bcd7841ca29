package se.ledamot.brief;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the reference validator, through its Foundry API: the failed rules of a PDF for a flavour. */
public final class PdfA {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfA() {
    }

    /** What keeps a brief from being PDF/A-2a (which includes 2b) and PDF/UA-1; empty when it is both. */
    public static List<String> failures(byte[] pdf) throws Exception {
        List<String> all = new java.util.ArrayList<>();
        failures(pdf, PDFAFlavour.PDFA_2_A).forEach(f -> all.add("PDF/A-2a " + f));
        failures(pdf, PDFAFlavour.PDFUA_1).forEach(f -> all.add("PDF/UA-1 " + f));
        return all;
    }

    /** The failed checks, as "rule: message" lines; empty when the file complies. */
    public static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
        }
    }
}
