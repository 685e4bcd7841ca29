package se.ledamot.service;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import se.ledamot.domain.Attachment;
import se.ledamot.domain.Matter;
import se.ledamot.domain.papers.Enclosure;
import se.ledamot.store.AttachmentStore;

/** The original files kept with a matter, as the handlingar enclose them. */
final class Enclosures {
    private final AttachmentStore attachments;

    Enclosures(AttachmentStore attachments) {
        this.attachments = attachments;
    }

    /**
     * The original files of a matter: a PDF as its pages, a text file as its text. A Word or OpenDocument file is left
     * out: its text is the matter's, printed with the item.
     */
    List<Enclosure> of(Matter matter) {
        List<Enclosure> out = new ArrayList<>();
        for (Attachment a : attachments.of(matter.id())) {
            if (a.sample()) {
                continue;
            }
            if ("pdf".equalsIgnoreCase(a.format())) {
                out.add(Enclosure.pdf(a.fileName(), attachments.content(a.id())));
            } else if (a.format().startsWith("text/")) {
                out.add(Enclosure.text(a.fileName(), new String(attachments.content(a.id()), charset(a.format()))));
            }
        }
        return out;
    }

    /** The character set a text file was read in ("text/windows-1252"); UTF-8 when it names none we know. */
    private static Charset charset(String format) {
        try {
            return Charset.forName(format.substring("text/".length()));
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
