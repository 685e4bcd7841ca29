package se.ledamot.importer.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * A PDF written byte by byte, so a test can make files no PDF library would write: page trees that loop, a count that
 * lies, two hundred thousand pages, streams that inflate to gigabytes. Objects are numbered from 1 in the order added.
 */
final class RawPdf {
    private final List<byte[]> objects = new ArrayList<>();
    private String trailerExtra = "";

    /** Adds an object (its body, without "n 0 obj") and returns its number. */
    int add(String body) {
        objects.add(body.getBytes(StandardCharsets.ISO_8859_1));
        return objects.size();
    }

    /** Reserves a number for an object whose body is set later (for trees that point back up). */
    int reserve() {
        objects.add(null);
        return objects.size();
    }

    void set(int number, String body) {
        objects.set(number - 1, body.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A stream object with the data as is. */
    int stream(String dict, byte[] data) {
        byte[] head = ("<< " + dict + " /Length " + data.length + " >>\nstream\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = "\nendstream".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + data.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(data, 0, all, head.length, data.length);
        System.arraycopy(tail, 0, all, head.length + data.length, tail.length);
        objects.add(all);
        return objects.size();
    }

    /** A Flate-compressed stream of the data. */
    int deflated(String dict, byte[] data) {
        return stream(dict + " /Filter /FlateDecode", deflate(data));
    }

    /** Extra trailer entries, such as an /Encrypt or /Info reference. */
    void trailer(String extra) {
        trailerExtra = extra;
    }

    /** The file, with the catalog as object {@code root}. */
    byte[] write(int root) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n");
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = out.size();
            write(out, (i + 1) + " 0 obj\n");
            out.writeBytes(objects.get(i) == null ? "null".getBytes(StandardCharsets.ISO_8859_1) : objects.get(i));
            write(out, "\nendobj\n");
        }
        long xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        write(out, table.toString());
        write(out, "trailer\n<< /Size " + (objects.size() + 1) + " /Root " + root + " 0 R " + trailerExtra
                + " >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    /** A one-font, one-page-per-content document: the usual frame around hostile pages. */
    static String textContent(String... lines) {
        StringBuilder s = new StringBuilder("BT /F1 10 Tf 13 TL 50 750 Td\n");
        for (String line : lines) {
            s.append('(').append(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")).append(") Tj T*\n");
        }
        return s.append("ET").toString();
    }

    static String font() {
        return "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
    }

    static byte[] deflate(byte[] data) {
        return deflateRepeated(data, 1);
    }

    /** The unit repeated {@code times} times, compressed without ever holding the whole in memory. */
    static byte[] deflateRepeated(byte[] unit, long times) {
        Deflater d = new Deflater(Deflater.BEST_SPEED);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        for (long i = 0; i < times; i++) {
            d.setInput(unit);
            while (!d.needsInput()) {
                out.write(buf, 0, d.deflate(buf));
            }
        }
        d.finish();
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
