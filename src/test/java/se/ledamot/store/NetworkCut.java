package se.ledamot.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * The network between a client and the test's PostgreSQL, on loopback: connections to {@link #port()} are passed on
 * to the server until {@link #cut()}, which breaks every open connection and turns new ones away (as a dropped
 * Wi-Fi does, seen from the client), until {@link #mend()}. {@link #silence()} is the nastier network: connections
 * stay open and new ones are accepted, but nothing passes either way (a link that went quiet without a reset, which
 * only a timeout can tell); mending it breaks the connections that went quiet.
 */
public final class NetworkCut implements AutoCloseable {
    private final ServerSocket listening;
    private final int target;
    private final List<Socket> open = new ArrayList<>();
    private volatile boolean cut;
    private volatile boolean silent;

    private NetworkCut(int target) throws IOException {
        this.target = target;
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(this::accept, "network-cut-accept");
        accepting.setDaemon(true);
        accepting.start();
    }

    /** A way in to the server on this port of 127.0.0.1. */
    public static NetworkCut to(int port) throws IOException {
        return new NetworkCut(port);
    }

    public int port() {
        return listening.getLocalPort();
    }

    /** Breaks every open connection; new ones are closed as soon as they come. */
    public void cut() {
        cut = true;
        synchronized (open) {
            open.forEach(NetworkCut::quietlyClose);
            open.clear();
        }
    }

    /** Nothing passes any more, either way, but no connection is broken or turned away. */
    public void silence() {
        silent = true;
    }

    /** Lets connections through again (those that went quiet are broken: their bytes were lost). */
    public void mend() {
        if (silent) {
            silent = false;
            cut();
        }
        cut = false;
    }

    private void accept() {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                if (cut) {
                    quietlyClose(client);
                    continue;
                }
                if (silent) {
                    synchronized (open) {
                        open.add(client);
                    }
                    swallow(client);
                    continue;
                }
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                synchronized (open) {
                    open.add(client);
                    open.add(server);
                }
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                // Closed: the test is over.
            }
        }
    }

    /** Reads what a client sends to a quiet network and answers nothing. */
    private void swallow(Socket client) throws IOException {
        InputStream in = client.getInputStream();
        Thread t = new Thread(() -> {
            try {
                in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                // Closed by the client or by mend.
            }
        }, "network-cut-swallow");
        t.setDaemon(true);
        t.start();
    }

    private void pump(Socket from, Socket to) throws IOException {
        InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream();
        Thread t = new Thread(() -> {
            try {
                byte[] buffer = new byte[8192];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    if (!silent) {
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // The other side closed or was cut.
            } finally {
                quietlyClose(from);
                quietlyClose(to);
            }
        }, "network-cut-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void quietlyClose(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Already closed.
        }
    }

    @Override
    public void close() throws IOException {
        cut();
        listening.close();
    }
}
