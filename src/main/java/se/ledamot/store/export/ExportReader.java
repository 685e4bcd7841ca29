package se.ledamot.store.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.ledamot.store.StoreException;
import se.ledamot.store.entity.Catalogue;
import se.ledamot.store.entity.Column;
import se.ledamot.store.entity.EntityJson;
import se.ledamot.store.entity.EntityReader;
import se.ledamot.store.entity.EntityState;
import se.ledamot.store.entity.EntityType;
import se.ledamot.store.entity.EntityWriter;
import se.ledamot.store.entity.References;

/**
 * Reads an export ({@link Exporter}) into an empty database: every thing with the id it had, in one transaction, so a
 * damaged export leaves the database as empty as it was. The bodies every new database starts with are overwritten by
 * the exported ones.
 */
public final class ExportReader {
    private static final int PAGE = 500;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final DSLContext dsl;

    public ExportReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Whether the folder holds an export (its manifest). */
    public static boolean isExport(Path folder) {
        return Files.isRegularFile(folder.resolve(ExportFolder.MANIFEST));
    }

    public Map<String, Integer> read(Path folder, BiConsumer<String, Integer> progress) {
        checkManifest(folder);
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            for (EntityType type : Catalogue.ALL) {
                if (type != Catalogue.BODY_TYPE && d.fetchExists(type.table())) {
                    throw new StoreException("export.target.notEmpty", null);
                }
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            References refs = new References(d);
            EntityJson json = new EntityJson(new FilesFrom(folder), true);
            for (EntityType type : Catalogue.ALL) {
                counts.put(type.name(), readKind(d, refs, json, folder, type));
                progress.accept(type.name(), counts.get(type.name()));
            }
            for (EntityType type : Catalogue.ALL) {
                if (type.hasUid()) {
                    Long max = d.select(DSL.max(type.id())).from(type.table()).fetchOne(0, Long.class);
                    d.execute("ALTER TABLE {0} ALTER COLUMN {1} RESTART WITH {2}", type.table(),
                            DSL.name(type.id().getName()), DSL.inline(max == null ? 1 : max + 1));
                }
            }
            return counts;
        });
    }

    private int readKind(DSLContext d, References refs, EntityJson json, Path folder, EntityType type) {
        Path file = ExportFolder.lines(folder, type);
        if (!Files.exists(file)) {
            return 0;
        }
        EntityReader reader = new EntityReader(d, refs);
        EntityWriter writer = new EntityWriter(d, refs, EntityWriter.Side.LOCAL, true);
        int n = 0;
        int line = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<EntityState> page = new ArrayList<>();
            String text;
            while ((text = in.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                try {
                    EntityState s = json.fromJson(type, MAPPER.readTree(text));
                    requireReferences(refs, s);
                    page.add(s);
                } catch (IOException | RuntimeException e) {
                    throw new StoreException("export.damaged", e, file.getFileName(), line);
                }
                if (page.size() == PAGE) {
                    n += write(type, reader, writer, page, file, line);
                }
            }
            return n + write(type, reader, writer, page, file, line);
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException("export.damaged", e, file.getFileName(), line);
        }
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
        } catch (EntityWriter.MissingReference e) {
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
            if (c.role() == se.ledamot.store.entity.Role.REF && target != null
                    && refs.locals(Catalogue.require(c.target()), List.of((String) target)).isEmpty()) {
                throw new IllegalArgumentException(s.type() + " refers to a missing " + c.target());
            }
        }
    }

    private static void checkManifest(Path folder) {
        JsonNode m;
        try {
            m = MAPPER.readTree(folder.resolve(ExportFolder.MANIFEST).toFile());
        } catch (IOException e) {
            throw new StoreException("export.notAnExport", e, folder);
        }
        if (!ExportFolder.FORMAT.equals(m.path("format").asText())) {
            throw new StoreException("export.notAnExport", null, folder);
        }
        if (m.path("version").asInt() > ExportFolder.VERSION) {
            throw new StoreException("export.newer", null, folder);
        }
    }

    /** The original files under the export folder; a name that leads out of it is refused. */
    private record FilesFrom(Path folder) implements EntityJson.Files {
        @Override
        public String put(se.ledamot.store.entity.EntityState owner, Column column, byte[] bytes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] get(String name) {
            Path root = folder.toAbsolutePath().normalize();
            Path file = root.resolve(name).normalize();
            if (!file.startsWith(root.resolve(ExportFolder.FILES))) {
                throw new IllegalArgumentException("a file outside the export: " + name);
            }
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
