package se.ledamot.ui.shell;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import se.ledamot.l10n.Localization;

/**
 * Where the window's data is, as the status bar says it: on this computer (<i>Lokalt</i>), on a shared server
 * (<i>Ansluten till anna@host/db</i>), or a server that stopped answering. A small model that other work extends:
 * to add a state (the offline replica's <i>Offline – 3 ändringar väntar</i>), add a {@link Kind} and {@link #set} a
 * {@link State} of that kind with its text; the status bar shows any state's text and styles it by its kind
 * ({@code connection-offline} in the style sheet for a kind {@code OFFLINE}).
 */
public final class ConnectionState {
    /** What kind of place the data is in now; each has a style class {@code connection-<kind>}. */
    public enum Kind {
        LOCAL, CONNECTED, LOST, REPLICA;

        public String styleClass() {
            return "connection-" + name().toLowerCase(Locale.ROOT);
        }
    }

    /** A kind and the words the status bar shows for it. */
    public record State(Kind kind, String text) {
    }

    private final ReadOnlyObjectWrapper<State> state;

    public ConnectionState(String server) {
        state = new ReadOnlyObjectWrapper<>(server == null ? local() : connected(server));
    }

    public static State local() {
        return new State(Kind.LOCAL, Localization.get("server.ui.state.local"));
    }

    public static State connected(String server) {
        return new State(Kind.CONNECTED, Localization.get("server.ui.state.connected", server));
    }

    public static State lost(String server) {
        return new State(Kind.LOST, Localization.get("server.ui.state.lost", server));
    }

    /**
     * A data folder that keeps a copy of a server: what waits to be sent and to be chosen (issue 16). In contact (its
     * last sync in this window reached the server) it is <i>Ansluten</i>; since a sync found the server not answering,
     * <i>Offline – N ändringar väntar</i>. Before any sync in this window has ended: {@link #replicaNotYetInContact}.
     */
    public static State replica(String server, int waiting, int conflicts, boolean inContact) {
        if (inContact && waiting == 0 && conflicts > 0) {
            // Conflicts are changes made here that are not on the server: never "all synced" while one waits.
            return new State(Kind.CONNECTED, Localization.get("server.ui.state.replica.inContact.conflicts", server,
                    toChoose(conflicts)));
        }
        return inContact
                ? new State(Kind.CONNECTED, Localization.get("server.ui.state.replica.inContact", server, waiting,
                        conflicts, toChoose(conflicts)))
                : new State(Kind.REPLICA, Localization.get("server.ui.state.replica", server, waiting, conflicts,
                        toChoose(conflicts)));
    }

    /** The conflicts waiting and where they are chosen, in the same words in every state ("… under Arkiv → …"). */
    private static String toChoose(int conflicts) {
        return conflicts == 0 ? "" : Localization.get("server.ui.state.conflicts", conflicts);
    }

    /**
     * A data folder that keeps a copy of a server, before this window knows whether the server answers (its first
     * sync has not ended yet, or there is no kept password for one): neither <i>Ansluten</i> nor <i>Offline</i>, only
     * what waits here.
     */
    public static State replicaNotYetInContact(String server, int waiting, int conflicts) {
        return new State(Kind.REPLICA, Localization.get("server.ui.state.replica.notYet", server, waiting,
                conflicts, toChoose(conflicts)));
    }

    public State get() {
        return state.get();
    }

    /** On the FX thread. */
    public void set(State next) {
        state.set(next);
    }

    public ReadOnlyObjectProperty<State> property() {
        return state.getReadOnlyProperty();
    }

    /** The data folder, or the server, in words (Hjälp → Om Ledamot). */
    String where(Path folder) {
        return folder != null ? Localization.get("ui.status.dataFolder", folder.toString()) : get().text();
    }

    /** The status bar's part: the state, styled by its kind, then the data folder when there is one. */
    HBox view(Path folder) {
        Label label = new Label();
        label.setId("connectionState");
        label.textProperty().bind(Bindings.createStringBinding(() -> state.get().text(), state));
        label.getStyleClass().addAll("status-text", "connection", state.get().kind().styleClass());
        state.addListener((o, was, now) -> {
            label.getStyleClass().remove(was.kind().styleClass());
            label.getStyleClass().add(now.kind().styleClass());
        });
        HBox place = new HBox(12, label);
        if (folder != null) {
            Label where = new Label(Localization.get("ui.status.dataFolder", folder.toString()));
            where.getStyleClass().add("status-text");
            place.getChildren().add(where);
        }
        place.setAlignment(Pos.CENTER_LEFT);
        return place;
    }
}
