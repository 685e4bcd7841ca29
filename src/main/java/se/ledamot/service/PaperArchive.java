package se.ledamot.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongFunction;
import se.ledamot.brief.BriefFile;
import se.ledamot.brief.layout.Document;
import se.ledamot.brief.layout.PdfWriter;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.l10n.Localization;

/**
 * "Exportera sammanträdet": the kallelse, the handlingar and (once the meeting is held) the protokoll of a meeting, or
 * of every meeting of a year, written as PDF/A files into a folder with a manifest a records office can file them by
 * (arkivförteckning). Files are named date first so they sort as the meetings were held: "2026-12-14 KF
 * Protokoll.pdf". Each file is written whole or not at all; a file already there is replaced.
 */
public final class PaperArchive {
    /** The manifest's file name, beside the papers. */
    public static final String MANIFEST = "manifest.csv";

    private final PaperService papers;
    private final java.time.Clock clock;

    PaperArchive(PaperService papers, java.time.Clock clock) {
        this.papers = papers;
        this.clock = clock;
    }

    /** One file written: its name in the folder, the meeting, which paper, its pages, size and SHA-256. */
    public record Entry(String file, Meeting meeting, String paper, int pages, long bytes, String sha256) {
    }

    /** Writes the papers of one meeting into a folder (made when missing). */
    public List<Entry> meeting(long meetingId, Path folder, PdfWriter.Progress progress) {
        return write(List.of(papers.meeting(meetingId)), folder, progress);
    }

    /** Writes the papers of every meeting held or planned in a year; refused when the year has none. */
    public List<Entry> year(int year, Path folder, PdfWriter.Progress progress) {
        List<Meeting> meetings = papers.meetingsOf(year);
        if (meetings.isEmpty()) {
            throw new DomainException("papers.archive.noMeetings", String.valueOf(year));
        }
        return write(meetings, folder, progress);
    }

    private List<Entry> write(List<Meeting> meetings, Path folder, PdfWriter.Progress progress) {
        prepare(folder);
        LocalDate today = LocalDate.now(clock);
        List<Entry> out = new ArrayList<>();
        for (Meeting m : meetings) {
            long id = m.id();
            file(out, folder, m, "papers.notice.kind", papers::kallelse, progress);
            file(out, folder, m, "papers.papers.kind", papers::handlingar, progress);
            if (!m.date().isAfter(today)) {
                file(out, folder, m, "papers.minutes.kind", papers::protokoll, progress);
            }
            if (progress.cancelled()) {
                break;
            }
        }
        writeManifest(folder, out);
        return out;
    }

    private static void file(List<Entry> out, Path folder, Meeting m, String kindKey, LongFunction<Document> make,
            PdfWriter.Progress progress) {
        if (progress.cancelled()) {
            return;
        }
        String paper = Localization.get(kindKey);
        String name = safe(m.date() + " " + m.body() + " " + paper) + ".pdf";
        Path target = folder.resolve(name);
        PdfWriter.Result result = BriefFile.write(make.apply(m.id()), target, progress);
        out.add(new Entry(name, m, paper, result.pages(), size(target), sha256(target)));
    }

    private static void writeManifest(Path folder, List<Entry> entries) {
        StringBuilder csv = new StringBuilder(Localization.get("papers.archive.manifest.header")).append("\r\n");
        for (Entry e : entries) {
            csv.append(String.join(";", List.of(cell(e.file()), cell(e.meeting().body()),
                    e.meeting().date().toString(), cell(e.paper()), String.valueOf(e.pages()),
                    String.valueOf(e.bytes()), e.sha256()))).append("\r\n");
        }
        try {
            Path tmp = Files.createTempFile(folder, "." + MANIFEST, ".tmp");
            Files.writeString(tmp, csv, StandardCharsets.UTF_8);
            Files.move(tmp, folder.resolve(MANIFEST), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new DomainException("brief.error.unwritable", folder.resolve(MANIFEST));
        }
    }

    private static void prepare(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException e) {
            throw new DomainException("brief.error.unwritable", folder);
        }
    }

    /** A cell of the manifest: quoted when it holds the separator or a quote. */
    private static String cell(String s) {
        return s.contains(";") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** A file name every system accepts: no path separators or characters Windows refuses. */
    static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new DomainException("brief.error.unwritable", file);
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new DomainException("brief.error.unwritable", file);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
