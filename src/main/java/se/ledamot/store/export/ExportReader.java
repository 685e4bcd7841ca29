package se.ledamot.store.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import se.ledamot.domain.ExportProgress;
import se.ledamot.importer.read.DocumentReader;
import se.ledamot.store.CouncilRulesStore;
import se.ledamot.store.CouncilSettingStore;
import se.ledamot.store.StoreException;
import se.ledamot.store.entity.Catalogue;
import se.ledamot.store.entity.Column;
import se.ledamot.store.entity.EntityJson;
import se.ledamot.store.entity.EntityReader;
import se.ledamot.store.entity.EntityState;
import se.ledamot.store.entity.EntityType;
import se.ledamot.store.entity.EntityWriter;
import se.ledamot.store.entity.ListPart;
import se.ledamot.store.entity.References;
import se.ledamot.store.entity.Role;

/**
 * Reads an export ({@link Exporter}) into a database: every thing with the id it had, in one transaction, so a
 * damaged, hostile or cancelled export leaves the database as it was. Into an empty database (the command line), or
 * in place of everything the database holds (the window, which backs it up first). The bodies every new database
 * starts with are overwritten by the exported ones. Nothing is trusted: lines, texts and files have bounds, a file
 * name cannot lead out of the export, and a value the database refuses is said as damage, not as SQL.
 */
public final class ExportReader {
    /** The longest line read: texts are bounded far below it (domain.Limit); the files are beside the lines. */
    static final int MAX_LINE_CHARS = 16 << 20;
    private static final int PAGE = 500;
    private static final ObjectMapper MAPPER = EntityJson.mapper();

    private final DSLContext dsl;

    public ExportReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Whether the folder holds an export (its manifest). */
    public static boolean isExport(Path folder) {
        return Files.isRegularFile(folder.resolve(ExportFolder.MANIFEST));
    }

    /**
     * Reads the export. With {@code replace}, what the database holds is removed first, in the same transaction;
     * without, the database must hold no matter, meeting or anything else but its standard bodies and settings.
     * Returns how many of each kind were read. A cancel (through {@code progress}) reads nothing.
     */
    public Map<String, Integer> read(Path folder, boolean replace, ExportProgress progress) {
        ExportManifest manifest = ExportManifest.of(folder);
        long total = manifest.total();
        try {
            return dsl.transactionResult(tx -> {
                DSLContext d = tx.dsl();
                if (replace) {
                    removeEverything(d);
                } else {
                    requireEmpty(d);
                }
                Map<String, Integer> counts = new LinkedHashMap<>();
                References refs = new References(d);
                EntityJson json = new EntityJson(new FilesFrom(folder), true);
                long[] done = {0};
                for (EntityType type : Catalogue.ALL) {
                    counts.put(type.name(), readKind(d, refs, json, folder, type, progress, done, total));
                }
                carryOldCouncilName(d, folder);
                restartIds(d);
                return counts;
            });
        } catch (DataAccessException e) {
            throw new StoreException("export.refused", e, folder);
        }
    }

    /**
     * An export made before V29 holds a second council name, the papers' own (paper_settings.council_name, typed under
     * Protokoll's settings). As V29 does for a folder, it becomes the one name where the export's settings have none.
     */
    private static void carryOldCouncilName(DSLContext d, Path folder) {
        Path file = ExportFolder.lines(folder, Catalogue.PAPER_SETTINGS_TYPE);
        CouncilSettingStore settings = new CouncilSettingStore(d);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                || !settings.get(CouncilRulesStore.COUNCIL_NAME).orElse("").isBlank()) {
            return;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = nextLine(in, file, 1);
            String name = line == null ? "" : MAPPER.readTree(line).path("council_name").asText("").strip();
            if (!name.isEmpty()) {
                settings.put(CouncilRulesStore.COUNCIL_NAME, name);
            }
        } catch (IOException | RuntimeException e) {
            throw new StoreException("export.damaged", e, file.getFileName(), 1);
        }
    }

    private static void requireEmpty(DSLContext d) {
        for (EntityType type : Catalogue.ALL) {
            boolean standard = type == Catalogue.BODY_TYPE || type == Catalogue.SETTING_TYPE
                    || type == Catalogue.PAPER_SETTINGS_TYPE || type == Catalogue.BODY_PAPERS_TYPE;
            if (!standard && d.fetchExists(type.table())) {
                throw new StoreException("export.target.notEmpty", null);
            }
        }
    }

    /** Every kept thing, the referring before the referred-to; the lists first where nothing cascades to them. */
    private static void removeEverything(DSLContext d) {
        for (EntityType type : Catalogue.ALL.reversed()) {
            for (ListPart part : type.lists()) {
                d.deleteFrom(part.table()).execute();
            }
            if (!type.rootless()) {
                d.deleteFrom(type.table()).execute();
            }
        }
    }

    /** New rows after the import take the next free id, never one of the imported (PostgreSQL does not move on). */
    private static void restartIds(DSLContext d) {
        for (EntityType type : Catalogue.ALL) {
            if (type.hasUid()) {
                Long max = d.select(DSL.max(type.id())).from(type.table()).fetchOne(0, Long.class);
                d.execute("ALTER TABLE {0} ALTER COLUMN {1} RESTART WITH {2}", type.table(),
                        DSL.name(type.id().getName()), DSL.inline(max == null ? 1 : max + 1));
            }
        }
    }

    private int readKind(DSLContext d, References refs, EntityJson json, Path folder, EntityType type,
            ExportProgress progress, long[] done, long total) {
        Path file = ExportFolder.lines(folder, type);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new StoreException("export.damaged", null, file.getFileName(), 1);
        }
        EntityReader reader = new EntityReader(d, refs);
        EntityWriter writer = new EntityWriter(d, refs, EntityWriter.Side.LOCAL, true);
        int n = 0;
        int line = 0;
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                decoder))) {
            List<EntityState> page = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            String text;
            while ((text = nextLine(in, file, line + 1)) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                try {
                    EntityState s = json.fromJson(type, MAPPER.readTree(text));
                    ExportCodes.check(s);
                    requireReferences(refs, s);
                    if (!seen.add(s.key())) {
                        throw new IllegalArgumentException("the same " + type + " twice");
                    }
                    page.add(s);
                } catch (IOException | RuntimeException e) {
                    throw new StoreException("export.damaged", e, file.getFileName(), line);
                }
                if (page.size() == PAGE) {
                    n += write(type, reader, writer, page, file, line);
                    progressed(progress, type, done, total, PAGE);
                }
            }
            int last = page.size();
            n += write(type, reader, writer, page, file, line);
            progressed(progress, type, done, total, last);
            return n;
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException("export.damaged", e, file.getFileName(), Math.max(1, line));
        }
    }

    private static void progressed(ExportProgress progress, EntityType type, long[] done, long total, int more) {
        done[0] += more;
        progress.at(type.name(), done[0], Math.max(total, done[0]));
        if (progress.isCancelled()) {
            throw new CancellationException();
        }
    }

    /** One line, or null at the end; a line longer than any export writes is damage, not memory to fill. */
    private static String nextLine(BufferedReader in, Path file, int number) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                return b.toString();
            }
            if (b.length() == MAX_LINE_CHARS) {
                throw new StoreException("export.damaged", null, file.getFileName(), number);
            }
            b.append((char) c);
        }
        return b.isEmpty() ? null : b.toString();
    }

    private static int write(EntityType type, EntityReader reader, EntityWriter writer, List<EntityState> page,
            Path file, int line) {
        if (page.isEmpty()) {
            return 0;
        }
        Map<String, EntityState> here = reader.read(type, page.stream().map(EntityState::key).toList());
        List<EntityWriter.Change> changes = page.stream()
                .map(s -> new EntityWriter.Change(here.get(s.key()), s)).toList();
        try {
            writer.write(type, changes);
        } catch (EntityWriter.MissingReference | DataAccessException | StoreException e) {
            throw new StoreException("export.damaged", e, file.getFileName(), line);
        }
        int n = page.size();
        page.clear();
        return n;
    }

    /** What a line refers to was read before it (kinds come in the order they refer to each other). */
    private static void requireReferences(References refs, EntityState s) {
        for (Column c : s.type().columns()) {
            Object target = s.value(c.name());
            if (c.role() == Role.REF && target != null
                    && refs.locals(Catalogue.require(c.target()), List.of((String) target)).isEmpty()) {
                throw new IllegalArgumentException(s.type() + " refers to a missing " + c.target());
            }
        }
    }

    /** The original files under the export folder; a name that leads out of it, or a link, is refused. */
    private record FilesFrom(Path folder) implements EntityJson.Files {
        @Override
        public String put(EntityState owner, Column column, byte[] bytes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] get(String name) {
            try {
                Path root = folder.toRealPath();
                Path file = root.resolve(name).normalize();
                if (!file.startsWith(root.resolve(ExportFolder.FILES))
                        || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        || !file.toRealPath().startsWith(root.resolve(ExportFolder.FILES))) {
                    throw new IllegalArgumentException("not a file of the export: " + name);
                }
                if (Files.size(file) > DocumentReader.MAX_DOCUMENT_BYTES) {
                    throw new IllegalArgumentException("a file larger than any kept: " + name);
                }
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
