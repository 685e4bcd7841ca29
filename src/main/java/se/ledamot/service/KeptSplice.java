package se.ledamot.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.MeetingCalendar;
import se.ledamot.store.TurnFollower;
import se.ledamot.store.TurnReads;

/**
 * The command line's kept answers carried past a change by the program that made it (issue 15): when a turn changed
 * matters' own rows, meetings and rows no entry shows (an agenda, a position) only, each kept {@code --json} answer
 * that was current before it gets those matters' entries anew (after a meeting changed, those of every matter whose
 * deadlines follow the meetings), the rest copied as kept, and is kept under the file's new stamp before the turn is
 * given back — so the first {@code list --json} after a save, an {@code add}, a meeting planned or an agenda changed
 * prints at once, where it read every matter (seconds at 100 000). Answers of other calls, and every answer after
 * other changes, are made again as before ({@link KeptRefresh}).
 */
public final class KeptSplice implements TurnFollower {
    /** How the command line writes some matters' entries of a kept call; none registered (tests): nothing follows. */
    private static volatile Entries entries;

    private final Path folder;

    KeptSplice(Path folder) {
        this.folder = folder;
    }

    /** What the command line says of a call's entries: how to write some, in what order; empty: not this kind. */
    public interface Entries {
        Optional<Writer> of(List<String> call);
    }

    /** Writes the entries of some matters (outlines) as the call's whole answer would hold them. */
    public interface Writer {
        JsonEntries.Order order();

        void write(List<Matter> matters, Deadlines rules, LocalDate day, OutputStream out) throws IOException;
    }

    /** Registered by the program (the command line's writers, which this layer does not know). */
    public static void writeWith(Entries e) {
        entries = e;
    }

    @Override
    public Optional<Consumer<String>> matterRowsChanged(TurnReads reads, String before, Set<Long> touched,
            boolean meetings) {
        Entries known = entries;
        if (known == null) {
            return Optional.empty();
        }
        List<Kept> current = new ArrayList<>();
        for (List<String> call : KeptRefresh.askedLately(folder)) {
            OutputCache kept = KeptRefresh.kept(folder, call);
            known.of(call).filter(w -> lengthUnder(kept, before) >= 0)
                    .ifPresent(w -> current.add(new Kept(kept, w, null)));
        }
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> matters = new HashSet<>(touched);
        List<Matter> changed = new ArrayList<>(reads.outlines(touched));
        if (meetings) {
            reads.followingMeetings().stream().filter(m -> matters.add(m.id())).forEach(changed::add);
        }
        Deadlines rules = new MeetingCalendar(reads.councilRules(), reads.meetings()).deadlines();
        List<Kept> made = new ArrayList<>();
        for (Kept k : current) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                k.writer().write(changed, rules, k.cache().today(), bytes);
                made.add(new Kept(k.cache(), k.writer(), bytes.toByteArray()));
            } catch (IOException | RuntimeException e) {
                // This one is made again, as after any change.
            }
        }
        return Optional.of(after -> made.forEach(k -> keep(k, before, after, matters)));
    }

    private record Kept(OutputCache cache, Writer writer, byte[] entries) {
    }

    /** The length of the kept output when it is current under the content {@code stamp}; -1 otherwise. */
    private static long lengthUnder(OutputCache kept, String stamp) {
        try (FileChannel in = FileChannel.open(kept.file(), StandardOpenOption.READ)) {
            return kept.lengthUnder(in, stamp);
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * The kept answer with the changed entries, kept under {@code after}: written beside it, forced to disk and
     * renamed over it, the time it was last asked kept. Nothing kept when it changed meanwhile.
     */
    private static void keep(Kept k, String before, String after, Set<Long> matters) {
        Path file = k.cache().file();
        Path temp = null;
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long length = k.cache().lengthUnder(in, before);
            if (length < 0 || length > Integer.MAX_VALUE) {
                return;
            }
            FileTime asked = Files.getLastModifiedTime(file);
            MappedByteBuffer base = in.map(FileChannel.MapMode.READ_ONLY, 0, length);
            temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                JsonEntries.splice(base, ByteBuffer.wrap(k.entries()), matters, k.writer().order(), out);
                Optional<String> key = k.cache().keyUnder(after, out.position());
                if (key.isEmpty()) {
                    return;
                }
                k.cache().place(out, temp, key.get());
            }
            Files.setLastModifiedTime(file, asked);
        } catch (IOException | RuntimeException e) {
            // Not kept: the answer is made again, as after any change.
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Removed with the next recording's leftovers.
                }
            }
        }
    }
}
