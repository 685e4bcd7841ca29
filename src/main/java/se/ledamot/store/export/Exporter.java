package se.ledamot.store.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import se.ledamot.domain.ExportProgress;
import se.ledamot.store.PrivateFiles;
import se.ledamot.store.StoreException;
import se.ledamot.store.entity.Catalogue;
import se.ledamot.store.entity.Column;
import se.ledamot.store.entity.EntityJson;
import se.ledamot.store.entity.EntityReader;
import se.ledamot.store.entity.EntityState;
import se.ledamot.store.entity.EntityType;
import se.ledamot.store.entity.References;
import se.ledamot.store.entity.Uids;

/**
 * Writes everything a database holds into a folder, in the open form of {@link ExportFolder} (JSON and the original
 * files), so it can be read without Ledamot, and read back into an empty data folder by {@link ExportReader}.
 * Rows without a uid get one first (they keep it; see {@link Uids}).
 */
public final class Exporter {
    private static final int PAGE = 500;

    private final DSLContext dsl;
    private final Clock clock;

    public Exporter(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * Exports into {@code folder}, which must be empty or not exist. Tells {@code progress} how far it is; a cancel
     * there, or a failure, removes what was written, so no half export is left looking like a whole one. Returns the
     * counts by kind.
     */
    public Map<String, Integer> export(Path folder, ExportProgress progress) {
        try {
            if (Files.exists(folder) && (!Files.isDirectory(folder) || hasFiles(folder))) {
                throw new StoreException("export.folder.notEmpty", null, folder);
            }
            PrivateFiles.folder(folder);
        } catch (IOException e) {
            throw new StoreException("export.write.failed", e, folder);
        }
        boolean whole = false;
        try {
            // Most rows get their uid here, committed, so the snapshot below need not hold their locks; rows saved
            // since get theirs inside it.
            fillUids(dsl);
            Map<String, Integer> counts = Snapshot.read(dsl, d -> writeAll(folder, d, progress));
            writeManifest(folder, counts);
            try (InputStream description = Exporter.class.getResourceAsStream(ExportFolder.DESCRIPTION)) {
                PrivateFiles.write(folder.resolve(ExportFolder.DESCRIPTION), description.readAllBytes());
            }
            whole = true;
            return counts;
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException("export.write.failed", e, folder);
        } finally {
            if (!whole) {
                removeContents(folder);
            }
        }
    }

    /** Every kind, read from one snapshot {@code d} of the database. */
    private Map<String, Integer> writeAll(Path folder, DSLContext d, ExportProgress progress) {
        fillUids(d);
        long total = 0;
        for (EntityType type : Catalogue.ALL) {
            total += d.fetchCount(d.selectDistinct(type.localKeyFields()).from(type.table()));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        EntityJson json = new EntityJson(new FilesInFolder(folder), true);
        EntityReader reader = new EntityReader(d, new References(d));
        long[] done = {0};
        try {
            for (EntityType type : Catalogue.ALL) {
                counts.put(type.name(), writeKind(folder, d, type, reader, json, progress, done, total));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    private static int writeKind(Path folder, DSLContext d, EntityType type, EntityReader reader, EntityJson json,
            ExportProgress progress, long[] done, long total) throws IOException {
        int n = 0;
        References refs = new References(d);
        Path lines = ExportFolder.lines(folder, type);
        PrivateFiles.create(lines);
        try (BufferedWriter out = Files.newBufferedWriter(lines, StandardCharsets.UTF_8)) {
            List<Object> after = null;
            while (true) {
                if (progress.isCancelled()) {
                    throw new CancellationException();
                }
                List<EntityState> page = reader.page(type, after, PAGE);
                for (EntityState s : page) {
                    out.write(json.write(s));
                    out.write('\n');
                }
                n += page.size();
                done[0] += page.size();
                progress.at(type.name(), done[0], Math.max(total, done[0]));
                if (page.size() < PAGE) {
                    return n;
                }
                after = EntityReader.localKey(type, page.getLast(), refs);
            }
        }
    }

    /**
     * Gives rows without a uid one. Not on a shared server: it makes every row's uid itself (V10_1), and an export
     * there is made by whoever signs in, who may not write most tables (a member exports what her login may see).
     */
    private static void fillUids(DSLContext d) {
        if (d.dialect().family() != SQLDialect.POSTGRES) {
            Uids.fill(d);
        }
    }

    /** Empties the export folder again (it was empty or new before). */
    private static void removeContents(Path folder) {
        try (var all = Files.walk(folder)) {
            all.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(folder)).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // Left behind: the folder was the user's choice, and what is in it is said by the failure.
                }
            });
        } catch (IOException e) {
            // Nothing more to do: the export itself has failed already and says so.
        }
    }

    private void writeManifest(Path folder, Map<String, Integer> counts) throws IOException {
        ObjectNode m = EntityJson.mapper().createObjectNode();
        m.put("format", ExportFolder.FORMAT);
        m.put("version", ExportFolder.VERSION);
        m.put("exported_at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).toString());
        ObjectNode kinds = m.putObject("kinds");
        counts.forEach((kind, count) -> kinds.putObject(kind)
                .put("file", ExportFolder.lines(folder, Catalogue.require(kind)).getFileName().toString())
                .put("count", count));
        String text = EntityJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(m) + "\n";
        PrivateFiles.write(folder.resolve(ExportFolder.MANIFEST), text.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean hasFiles(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }

    /** The original files, each under files/&lt;kind&gt;-&lt;uid&gt;/ with its own name (a logo: logo). */
    private record FilesInFolder(Path folder) implements EntityJson.Files {
        @Override
        public String put(EntityState owner, Column column, byte[] bytes) {
            Object fileName = owner.value("file_name");
            String name = ExportFolder.FILES + "/" + ExportFolder.safeName(owner.type().name() + "-" + owner.key())
                    + "/" + ExportFolder.safeName(fileName == null ? column.name() : (String) fileName);
            try {
                Path file = folder.resolve(name);
                PrivateFiles.folder(file.getParent().getParent());
                PrivateFiles.folder(file.getParent());
                PrivateFiles.write(file, bytes);
                return name;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public byte[] get(String name) {
            throw new UnsupportedOperationException();
        }
    }
}
