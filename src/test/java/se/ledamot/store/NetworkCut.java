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
 * Wi-Fi does, seen from the client), until {@link #mend()}.
 */
public final class NetworkCut implements AutoCloseable {
    private final ServerSocket listening;
    private final int target;
    private final List<Socket> open = new ArrayList<>();
    private volatile boolean cut;

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

    /** Lets connections through again. */
    public void mend() {
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

    private static void pump(Socket from, Socket to) throws IOException {
        InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream();
        Thread t = new Thread(() -> {
            try {
                in.transferTo(out);
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
