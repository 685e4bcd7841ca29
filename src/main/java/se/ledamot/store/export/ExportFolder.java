package se.ledamot.store.export;

import java.nio.file.Path;
import java.util.Locale;
import se.ledamot.store.entity.EntityType;

/**
 * The layout of an export folder: {@code ledamot-export.json} says what it is and how many of each kind it holds; one
 * file of JSON lines per kind ({@code matter.jsonl}: one matter a line); the original files under
 * {@code files/<uid>/<file name>}; {@code FORMAT.md} describes it all for whoever reads it without Ledamot.
 */
final class ExportFolder {
    static final String MANIFEST = "ledamot-export.json";
    static final String DESCRIPTION = "FORMAT.md";
    static final String FORMAT = "ledamot-export";
    static final int VERSION = 1;
    static final String FILES = "files";

    private ExportFolder() {
    }

    static Path lines(Path folder, EntityType type) {
        return folder.resolve(type.name() + ".jsonl");
    }

    /** A file name safe in any file system: no folders, no control characters, not empty, not too long. */
    static String safeName(String name) {
        String n = name == null ? "" : name.replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]", "_").strip();
        if (n.isEmpty() || n.equals(".") || n.equals("..")) {
            n = "fil";
        }
        if (n.length() > 120) {
            int dot = n.lastIndexOf('.');
            String ext = dot > 0 && n.length() - dot <= 10 ? n.substring(dot) : "";
            n = n.substring(0, 120 - ext.length()) + ext;
        }
        return n.toLowerCase(Locale.ROOT).equals(MANIFEST) ? "_" + n : n;
    }
}
