package se.ledamot.store.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on loopback in front of the test PostgreSQL that can drop the network at a chosen moment: once armed,
 * when a client sends a message holding the marker text (say the {@code COMMIT} that ends a push), it closes every
 * connection it carries, as a cable pulled out would: before the server gets the message, or after the server has
 * done it and answered but before the answer reaches the client (the worst moment for a commit). New connections
 * are carried again afterwards, as when the network comes back.
 */
final class CuttingProxy implements AutoCloseable {
    private final ServerSocket listening;
    private final int target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile String marker;
    private volatile boolean forwardMarker;
    private volatile boolean cut;
    private volatile boolean swallowAnswer;

    CuttingProxy(int target) throws IOException {
        this.target = target;
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
    }

    int port() {
        return listening.getLocalPort();
    }

    /**
     * The next client message holding {@code text} cuts every connection: after the server got it
     * ({@code reachesServer}), or before.
     */
    void cutAt(String text, boolean reachesServer) {
        forwardMarker = reachesServer;
        marker = text;
    }

    /** Whether a cut happened since the proxy was armed. */
    boolean didCut() {
        return cut;
    }

    private void accept() {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(client);
                open.add(server);
                Thread.ofVirtual().start(() -> pump(client, server, true));
                Thread.ofVirtual().start(() -> pump(server, client, false));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, boolean fromClient) {
        byte[] buf = new byte[64 * 1024];
        String tail = "";
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buf)) >= 0) {
                if (!fromClient && swallowAnswer) {
                    // The server has done what the marked message asked (its answer is here): the line goes now,
                    // before the client hears of it.
                    cutAll();
                    return;
                }
                String armed = marker;
                if (fromClient && armed != null) {
                    String seen = tail + new String(buf, 0, n, StandardCharsets.ISO_8859_1);
                    if (seen.contains(armed)) {
                        marker = null;
                        if (!forwardMarker) {
                            cutAll();
                            return;
                        }
                        swallowAnswer = true;
                    } else {
                        tail = seen.substring(Math.max(0, seen.length() - armed.length()));
                    }
                }
                out.write(buf, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // The other side or a cut closed the line.
        } finally {
            close(from);
            close(to);
        }
    }

    private void cutAll() {
        cut = true;
        swallowAnswer = false;
        open.forEach(CuttingProxy::close);
        open.clear();
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // Already closed.
        }
    }

    @Override
    public void close() throws IOException {
        listening.close();
        cutAll();
    }
}
