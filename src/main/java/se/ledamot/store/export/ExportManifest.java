package se.ledamot.store.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import se.ledamot.store.StoreException;
import se.ledamot.store.entity.Catalogue;
import se.ledamot.store.entity.EntityJson;

/**
 * What an export says about itself in {@code ledamot-export.json}: when it was made and how many of each kind it
 * holds; read before anything else, so a folder that is no export (or a newer one's) is refused at once.
 */
public record ExportManifest(OffsetDateTime exportedAt, Map<String, Integer> counts) {
    private static final long MAX_BYTES = 1 << 20;

    public ExportManifest {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    public static ExportManifest of(Path folder) {
        Path file = folder.resolve(ExportFolder.MANIFEST);
        JsonNode m;
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
                throw new StoreException("export.notAnExport", null, folder);
            }
            try (InputStream in = Files.newInputStream(file)) {
                m = EntityJson.mapper().readTree(in);
            }
        } catch (IOException e) {
            throw new StoreException("export.notAnExport", e, folder);
        }
        if (m == null || !ExportFolder.FORMAT.equals(m.path("format").asText())) {
            throw new StoreException("export.notAnExport", null, folder);
        }
        if (m.path("version").asInt() > ExportFolder.VERSION) {
            throw new StoreException("export.newer", null, folder);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Catalogue.ALL.forEach(t -> counts.put(t.name(), Math.max(0, m.path("kinds").path(t.name()).path("count")
                .asInt())));
        OffsetDateTime at;
        try {
            at = OffsetDateTime.parse(m.path("exported_at").asText());
        } catch (DateTimeParseException e) {
            at = null;
        }
        return new ExportManifest(at, counts);
    }

    public int count(String kind) {
        return counts.getOrDefault(kind, 0);
    }

    public long total() {
        return counts.values().stream().mapToLong(Integer::longValue).sum();
    }
}
