package se.ledamot.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A PostgreSQL database on a server and the login to use there. Written as {@code postgresql://user@host:port/database}
 * (libpq's form, which administrators know) or as a JDBC URL; a password is never part of it, since a command line and
 * its history are plain text.
 */
public record ServerAddress(String host, int port, String database, String user, String options) {
    public static final int DEFAULT_PORT = 5432;

    public ServerAddress {
        if (host.isBlank() || database.isBlank() || user.isBlank() || port <= 0 || port > 65535) {
            throw new IllegalArgumentException("incomplete server address");
        }
    }

    /**
     * Reads {@code postgresql://[user@]host[:port]/database[?options]} (also {@code postgres://} and
     * {@code jdbc:postgresql://…?user=name}); the user defaults to {@code defaultUser}. Options such as
     * {@code sslmode=verify-full} go to the driver as they are.
     */
    public static ServerAddress parse(String url, String defaultUser) {
        String text = url == null ? "" : url.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        String rest;
        if (lower.startsWith("jdbc:postgresql://")) {
            rest = text.substring("jdbc:postgresql://".length());
        } else if (lower.startsWith("postgresql://")) {
            rest = text.substring("postgresql://".length());
        } else if (lower.startsWith("postgres://")) {
            rest = text.substring("postgres://".length());
        } else {
            throw new StoreException("server.url.invalid", null, text);
        }
        URI uri;
        try {
            uri = new URI("postgresql://" + rest);
        } catch (URISyntaxException e) {
            throw new StoreException("server.url.invalid", e, text);
        }
        String user = uri.getUserInfo();
        if (user != null && user.contains(":")) {
            throw new StoreException("server.url.password", null);
        }
        List<String> options = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String option : uri.getRawQuery().split("&")) {
                String name = option.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (name.equals("password")) {
                    throw new StoreException("server.url.password", null);
                } else if (name.equals("user")) {
                    user = option.contains("=") ? option.split("=", 2)[1] : user;
                } else if (!option.isEmpty()) {
                    options.add(option);
                }
            }
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (uri.getHost() == null || path.isBlank() || path.contains("/")) {
            throw new StoreException("server.url.invalid", null, text);
        }
        String login = user == null || user.isBlank() ? defaultUser : user;
        if (login == null || login.isBlank()) {
            throw new StoreException("server.url.invalid", null, text);
        }
        return new ServerAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), path, login,
                String.join("&", options));
    }

    /** The same database with another login. */
    public ServerAddress as(String otherUser) {
        return new ServerAddress(host, port, database, otherUser, options);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + (options.isEmpty() ? "" : "?" + options);
    }

    /** As it was read, options included: what the window remembers to connect to again (never a password). */
    public String url() {
        return "postgresql://" + this + (options.isEmpty() ? "" : "?" + options);
    }

    /** As the window's status bar says it: {@code anna@host/database}, the port only when it is not the usual. */
    public String shortName() {
        return user + "@" + host + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + database;
    }

    /** As an administrator writes it, without options: {@code user@host:port/database}. */
    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + database;
    }
}
