package se.ledamot.ui.server;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
 * server's answer in words (a wrong password, a server that does not answer). The keyring and the sign-in are asked
 * off the FX thread (a keyring may take seconds, a server that does not answer takes its ten), so the dialog opens at
 * once. Once in, the address is remembered for the next start and,
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
    private final ReadOnlyObjectWrapper<Boolean> keyringAnswers = new ReadOnlyObjectWrapper<>();
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

    /**
     * Whether "Kom ihåg lösenordet" can be offered (only where a keyring answers): null until the keyring has answered
     * (a probe of up to three seconds, asked off the FX thread by {@link #start}).
     */
    public ReadOnlyObjectProperty<Boolean> keyringAnswersProperty() {
        return keyringAnswers.getReadOnlyProperty();
    }

    /** Whether the address is filled in, so the password is what is asked. */
    public boolean addressGiven() {
        return initial != null;
    }

    /**
     * Asks the keyring, off the FX thread (it may take seconds to answer, or not answer), whether it answers and, when
     * the address is given, for the password it keeps; the dialog is usable meanwhile. A kept password is handed to
     * {@code fill} (the password field) and signed in with at once, unless the user has typed a password, begun
     * signing in or changed the address meanwhile: what she typed is never written over.
     *
     * @param typed whether the password field holds something typed (asked on the FX thread)
     */
    public void start(BooleanSupplier typed, Consumer<char[]> fill) {
        ServerAdministration.Server asked = initial;
        Thread worker = new Thread(() -> {
            boolean answers = keyring.available();
            Optional<char[]> kept = answers && asked != null ? keyring.lookup(asked.toString()) : Optional.empty();
            fx.execute(() -> {
                keyringAnswers.set(answers);
                kept.ifPresent(password -> signInWithKept(asked, password, typed, fill));
            });
        }, "ledamot-keyring");
        worker.setDaemon(true);
        worker.start();
    }

    private void signInWithKept(ServerAdministration.Server asked, char[] password, BooleanSupplier typed,
            Consumer<char[]> fill) {
        if (typed.getAsBoolean() || busy.get() || cancelled || !shows(asked)) {
            Arrays.fill(password, '\0');
            return;
        }
        fill.accept(password);
        signIn(asked, password, true);
    }

    /** Whether the fields still hold this address (the keyring's password is for it alone). */
    private boolean shows(ServerAdministration.Server server) {
        return host.get().strip().equals(server.host()) && port.get().strip().equals(String.valueOf(server.port()))
                && database.get().strip().equals(server.database()) && user.get().strip().equals(server.user());
    }

    /**
     * Signs in with the typed password; an empty one means the keyring's for this address, if it keeps one (asked
     * off the FX thread, as the sign-in is).
     */
    public void connect(char[] typed) {
        problem.set("");
        Optional<ServerAdministration.Server> server = address();
        if (server.isEmpty() || busy.get()) {
            Arrays.fill(typed, '\0');
            return;
        }
        signIn(server.get(), typed, false);
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

    /** @param password the password; empty: the keyring's for the address, looked up here off the FX thread */
    private void signIn(ServerAdministration.Server server, char[] password, boolean fromKeyring) {
        busy.set(true);
        cancelled = false;
        status.set(Localization.get("server.ui.connect.busy", server.shortName()));
        boolean rememberAsked = remember.get();
        Thread worker = new Thread(() -> {
            Optional<char[]> kept = password.length == 0 ? keyring.lookup(server.toString()) : Optional.empty();
            if (kept.isPresent()) {
                signInOffFx(server, kept.get(), true, false);
            } else {
                signInOffFx(server, password, fromKeyring, rememberAsked);
            }
        }, "ledamot-connect");
        worker.setDaemon(true);
        worker.start();
    }

    /** On the sign-in's own thread: the server's answer, then (when asked) the keyring keeps the password. */
    private void signInOffFx(ServerAdministration.Server server, char[] password, boolean fromKeyring,
            boolean rememberAsked) {
        try {
            Ledamot app = opener.apply(server, password.clone());
            boolean kept = fromKeyring || !rememberAsked || !keyring.available()
                    || keyring.store(server.toString(), password);
            fx.execute(() -> signedIn(server, app, kept));
        } catch (DomainException e) {
            fx.execute(() -> refused(fromKeyring && e.key().equals("server.login.failed")
                    ? Localization.get("server.ui.connect.keptWrong") : Localization.message(e)));
        } catch (RuntimeException e) {
            fx.execute(() -> refused(Errors.describe(e)));
        } finally {
            Arrays.fill(password, '\0');
        }
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
