package se.ledamot.importer.hostile;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One broken or hostile file: its name, what it is, its bytes (made when asked, some are large) and what importing it
 * must give.
 */
public record Hostile(String name, String what, Supplier<byte[]> bytes, Expect expect) {

    /** What importing the file must give: read and storable, or refused with one of the message keys. */
    public record Expect(boolean mayImport, Set<String> refusals) {
        static Expect imported() {
            return new Expect(true, Set.of());
        }

        static Expect refused(String... keys) {
            return new Expect(false, Set.of(keys));
        }

        /** Read, or refused for one of these reasons; both are clear outcomes. */
        static Expect either(String... keys) {
            return new Expect(true, Set.of(keys));
        }

        public boolean allows(String refusalKey) {
            return refusals.contains(refusalKey);
        }
    }

    static Hostile of(String name, String what, Supplier<byte[]> bytes, Expect expect) {
        return new Hostile(name, what, bytes, expect);
    }

    /** The budget ran out: time, memory or work. Clear refusals for anything heavy on a slow machine. */
    static final List<String> OUT_OF_BUDGET = List.of("importer.file.tooSlow", "importer.file.tooHeavy",
            "importer.file.tooComplex");
}
