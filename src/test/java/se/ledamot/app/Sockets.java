package se.ledamot.app;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sockets a running process listens on, read from Linux's /proc: TCP in state LISTEN, UDP bound to a port
 * (reachable from the network), and listening Unix sockets (reachable by other local programs).
 */
final class Sockets {
    private static final Pattern SOCKET = Pattern.compile("socket:\\[(\\d+)]");
    private static final String TCP_LISTEN = "0A";
    private static final String UNIX_ACCEPTING = "00010000";

    private Sockets() {
    }

    static boolean available() {
        return Files.isReadable(Path.of("/proc/net/tcp"));
    }

    /** "tcp 0.0.0.0:PORT"-like lines for every socket the process listens on; empty when there is none. */
    static List<String> listening(long pid) throws IOException {
        Set<String> inodes = inodesOf(pid);
        List<String> found = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
            for (String line : lines("/proc/net/" + table)) {
                String[] f = line.trim().split("\\s+");
                boolean listens = table.startsWith("udp") || f[3].equals(TCP_LISTEN);
                if (f.length > 9 && inodes.contains(f[9]) && listens) {
                    found.add(table + " " + f[1]);
                }
            }
        }
        for (String line : lines("/proc/net/unix")) {
            String[] f = line.trim().split("\\s+");
            if (f.length > 6 && inodes.contains(f[6]) && f[3].equals(UNIX_ACCEPTING)) {
                found.add("unix " + (f.length > 7 ? f[7] : "(anonymous)"));
            }
        }
        return found;
    }

    private static Set<String> inodesOf(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        Path fdFolder = Path.of("/proc", String.valueOf(pid), "fd");
        if (!Files.isDirectory(fdFolder)) {
            return inodes;
        }
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(fdFolder)) {
            for (Path fd : fds) {
                try {
                    Matcher m = SOCKET.matcher(Files.readSymbolicLink(fd).toString());
                    if (m.matches()) {
                        inodes.add(m.group(1));
                    }
                } catch (IOException e) {
                    // Closed while we looked.
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // The process ended while we looked: it listens on nothing any more.
        }
        return inodes;
    }

    private static List<String> lines(String file) throws IOException {
        List<String> all = Files.readAllLines(Path.of(file));
        return all.isEmpty() ? all : all.subList(1, all.size());
    }
}
