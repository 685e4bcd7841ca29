package se.ledamot.ui.server;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.ledamot.domain.DomainException;
import se.ledamot.l10n.Localization;
import se.ledamot.service.Keyring;
import se.ledamot.service.Ledamot;
import se.ledamot.service.ServerAdministration;
import se.ledamot.ui.shell.Errors;

/**
 * Connecting the window to a shared server: the address in four fields (server, port, database, user), checked
 * before anything is sent; the password typed, or the one the OS keyring keeps for that address (tried first); the
 * server's answer in words (a wrong password, a server that does not answer). Signing in runs off the FX thread
 * (a server that does not answer takes its ten seconds). Once in, the address is remembered for the next start and,
 * when asked, the password is kept in the keyring; never in a file.
 */
public final class ConnectViewModel {
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(5432));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty(System.getProperty("user.name", ""));
    private final BooleanProperty remember = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(false);
    private final Keyring keyring;
    private final ServerMemory memory;
    private final BiFunction<ServerAdministration.Server, char[], Ledamot> opener;
    private final Executor fx;
    private final ServerAdministration.Server initial;
    private Ledamot opened;
    private boolean cancelled;
    private String notice;

    /**
     * @param initial the server to fill in (from {@code --server} or the one remembered), or null for empty fields
     * @param opener signs in on a server with a password: {@code Ledamot.openServer} in the program
     * @param fx runs the server's answer on the FX thread ({@code Platform::runLater})
     */
    public ConnectViewModel(ServerAdministration.Server initial, Keyring keyring, ServerMemory memory,
            BiFunction<ServerAdministration.Server, char[], Ledamot> opener, Executor fx) {
        this.initial = initial;
        this.keyring = keyring;
        this.memory = memory;
        this.opener = opener;
        this.fx = fx;
        if (initial != null) {
            host.set(initial.host());
            port.set(String.valueOf(initial.port()));
            database.set(initial.database());
            user.set(initial.user());
        }
    }

    /** Whether "Kom ihåg lösenordet" can be offered: only where there is a keyring. */
    public boolean offersToRemember() {
        return keyring.available();
    }

    /** Whether the address is filled in, so the password is what is asked. */
    public boolean addressGiven() {
        return initial != null;
    }

    /** When the address is given and the keyring keeps a password for it: signs in with that at once. */
    public void start() {
        if (initial != null && !busy.get()) {
            keyring.lookup(initial.toString()).ifPresent(kept -> signIn(initial, kept, true));
        }
    }

    /** Signs in with the typed password; an empty one means the keyring's for this address, if it keeps one. */
    public void connect(char[] typed) {
        problem.set("");
        Optional<ServerAdministration.Server> server = address();
        if (server.isEmpty() || busy.get()) {
            Arrays.fill(typed, '\0');
            return;
        }
        Optional<char[]> kept = typed.length == 0 ? keyring.lookup(server.get().toString()) : Optional.empty();
        signIn(server.get(), kept.orElse(typed), kept.isPresent());
    }

    /** The fields as a server address; empty, with the reason in {@link #problemProperty}, when one is wrong. */
    Optional<ServerAdministration.Server> address() {
        String h = host.get().strip();
        String d = database.get().strip();
        String u = user.get().strip();
        int p;
        try {
            p = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            p = -1;
        }
        String wrong = h.isEmpty() ? "server.ui.connect.hostMissing"
                : !h.matches("[\\p{L}\\p{N}.\\-]+|\\[[0-9A-Fa-f:.]+\\]") ? "server.ui.connect.hostInvalid"
                : p < 1 || p > 65535 ? "server.ui.connect.portInvalid"
                : d.isEmpty() || !d.matches("[^/?#&\\s]+") ? "server.ui.connect.databaseMissing"
                : u.isEmpty() || u.matches(".*[/?#@:\\s].*") ? "server.ui.connect.userMissing" : null;
        if (wrong != null) {
            problem.set(Localization.get(wrong));
            return Optional.empty();
        }
        try {
            return Optional.of(initial != null ? initial.with(h, p, d, u) : ServerAdministration.server(h, p, d, u));
        } catch (DomainException e) {
            problem.set(Localization.message(e));
            return Optional.empty();
        }
    }

    private void signIn(ServerAdministration.Server server, char[] password, boolean fromKeyring) {
        busy.set(true);
        cancelled = false;
        status.set(Localization.get("server.ui.connect.busy", server.shortName()));
        boolean keep = !fromKeyring && remember.get() && keyring.available();
        Thread worker = new Thread(() -> {
            try {
                Ledamot app = opener.apply(server, password.clone());
                boolean kept = !keep || keyring.store(server.toString(), password);
                fx.execute(() -> signedIn(server, app, kept));
            } catch (DomainException e) {
                fx.execute(() -> refused(fromKeyring && e.key().equals("server.login.failed")
                        ? Localization.get("server.ui.connect.keptWrong") : Localization.message(e)));
            } catch (RuntimeException e) {
                fx.execute(() -> refused(Errors.describe(e)));
            } finally {
                Arrays.fill(password, '\0');
            }
        }, "ledamot-connect");
        worker.setDaemon(true);
        worker.start();
    }

    private void signedIn(ServerAdministration.Server server, Ledamot app, boolean kept) {
        busy.set(false);
        status.set("");
        if (cancelled) {
            app.close();
            return;
        }
        opened = app;
        memory.remember(server);
        notice = kept ? null : Localization.get("server.ui.connect.notKept");
        connected.set(true);
    }

    private void refused(String reason) {
        busy.set(false);
        status.set("");
        problem.set(reason);
    }

    /** The dialog was closed: a sign-in still under way is let go when it answers. */
    public void cancel() {
        cancelled = true;
    }

    /** Hands the signed-in services to the window that opens on them (once). */
    public void handOver(Consumer<Ledamot> window) {
        Ledamot app = opened;
        opened = null;
        if (app != null) {
            window.accept(app);
        }
    }

    /** What to tell once the window is open: the keyring did not keep the password. */
    public Optional<String> notice() {
        return Optional.ofNullable(notice);
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public BooleanProperty rememberProperty() {
        return remember;
    }

    /** Why the last try did not connect, in words; empty when nothing is wrong. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** "Ansluter till …" while signing in. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Becomes true once signed in: the dialog closes and the window opens on the server. */
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }
}
