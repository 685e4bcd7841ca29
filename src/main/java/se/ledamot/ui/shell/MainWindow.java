package se.ledamot.ui.shell;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.controlsfx.control.NotificationPane;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.task.TaskHandle;

/**
 * The main window: a menu bar (Arkiv, Redigera, Visa, Hjälp), a navigation of screens on the left, the current
 * screen in the middle, notifications on top and running background tasks in the status bar. Areas add to it
 * through {@link #addScreen}, the menus and {@link #onClose}, and reach each other only through
 * {@link #navigate}; see package-info.
 */
public final class MainWindow implements Navigator {
    public static final String STYLESHEET = "/se/ledamot/ui/ledamot.css";
    /** How long closing waits for the background work before asking whether to wait longer. */
    public static final Duration CLOSE_BOUND = Duration.ofSeconds(10);

    private final Stage stage;
    private final AppContext context;
    private final Map<String, Screen> screens = new LinkedHashMap<>();
    private final Map<String, MenuItem> screenItems = new LinkedHashMap<>();
    private final ListView<Screen> navigation = new ListView<>();
    private final StackPane content = new StackPane();
    private final Menu fileMenu = new Menu(Localization.get("ui.menu.file"));
    private final Menu editMenu = new Menu(Localization.get("ui.menu.edit"));
    private final Menu viewMenu = new Menu(Localization.get("ui.menu.view"));
    private final Menu helpMenu = new Menu(Localization.get("ui.menu.help"));
    private final MenuBar menuBar = new MenuBar(fileMenu, editMenu, viewMenu, helpMenu);
    private final MenuItem quitItem = new MenuItem(Localization.get("ui.menu.file.quit"));
    private final List<Runnable> closeActions = new ArrayList<>();
    private final Map<Class<? extends Destination>, Consumer<Destination>> destinations = new LinkedHashMap<>();
    private final BorderPane root = new BorderPane();
    private final ConnectionState connection;
    /** The window's layers: the root, and above it what lies over the whole window (the search of everything). */
    private final StackPane layers = new StackPane(root);
    private Screen current;
    private boolean closing;

    public MainWindow(Stage stage, AppContext context, NotificationPane notices) {
        this.stage = stage;
        this.context = context;
        this.connection = new ConnectionState(context.server().orElse(null));
        stage.setTitle(Localization.get("ui.window.title"));
        // The program's one clock, for what the window's dialogs say by the day ("i dag kl. 14.32": ConflictView).
        stage.getProperties().put(java.time.Clock.class, context.clock());

        navigation.getStyleClass().add("navigation");
        navigation.setId("navigation");
        navigation.setPrefWidth(170);
        navigation.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Screen screen, boolean empty) {
                super.updateItem(screen, empty);
                setText(empty || screen == null ? null : screen.title());
                setGraphic(empty || screen == null ? null : NavigationIcons.of(screen.id()));
            }
        });
        navigation.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                switchTo(now);
            }
        });

        quitItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quitItem.setOnAction(e -> requestClose());
        fileMenu.getItems().addAll(new SeparatorMenuItem(), quitItem);
        MenuItem about = new MenuItem(Localization.get("ui.menu.help.about"));
        about.setOnAction(e -> context.dialogs().showInfo(Localization.get("ui.about.title"),
                Localization.get("ui.about.text", connection.where(context.dataFolder()))));
        MenuItem keys = new MenuItem(Localization.get("ui.menu.help.keys"));
        keys.setOnAction(e -> context.dialogs().showInfo(Localization.get("ui.menu.help.keys"),
                Localization.get("ui.keys.text")));
        helpMenu.getItems().addAll(keys, about);

        // Notifications slide over the bottom of the screen area only, never over the navigation or the menus.
        notices.setContent(content);
        notices.setShowFromTop(false);
        // While a notification shows, the screen ends above it, so it covers no button of the screen.
        notices.showingProperty().addListener((o, was, now) -> {
            content.setPadding(new Insets(0, 0, now ? noticeHeight(notices) : 0, 0));
            // The bar at rest can be taller than its inner pane says (its border and insets; walkgroup: Spara's
            // lower half under it): once it has slid in, the screen ends above its real height.
            if (now && notices.lookup(".notification-bar") instanceof Region bar
                    && bar.getProperties().putIfAbsent(MainWindow.class, Boolean.TRUE) == null) {
                bar.heightProperty().addListener((h, before, height) -> {
                    if (notices.isShowing() && height.doubleValue() > content.getPadding().getBottom()) {
                        content.setPadding(new Insets(0, 0, Math.ceil(height.doubleValue()), 0));
                    }
                });
            }
        });
        // A second notice joins the shown one in place (two lines): the screen ends above the taller bar too.
        notices.textProperty().addListener((o, was, now) -> {
            if (notices.isShowing()) {
                javafx.application.Platform.runLater(() -> content.setPadding(new Insets(0, 0,
                        noticeHeight(notices), 0)));
            }
        });
        BorderPane body = new BorderPane(notices);
        body.setLeft(navigation);
        body.setBottom(StatusBar.of(context, connection));
        root.setTop(menuBar);
        root.setCenter(body);

        // 1280 × 800, or less on a smaller screen (a 1366 × 768 laptop): never a window taller than the screen.
        javafx.geometry.Rectangle2D room = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(1280, room.getWidth());
        double height = Math.min(800, room.getHeight());
        Scene scene = new Scene(layers, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        // A stage used before (tests reuse one) keeps a size set on it and its place: told the window's size, it is
        // centred for that size (sizeToScene was applied only after centring it for the old one, reaching past the
        // screen's edge).
        stage.setWidth(width);
        stage.setHeight(height);
        stage.centerOnScreen();
        stage.setOnCloseRequest(this::closeRequested);
    }

    /** Adds a screen to the navigation; the first one added is shown first. */
    public void addScreen(Screen screen) {
        if (screens.putIfAbsent(screen.id(), screen) != null) {
            throw new IllegalArgumentException("two screens named " + screen.id());
        }
        navigation.getItems().add(screen);
        MenuItem item = new MenuItem(screen.title());
        item.setOnAction(e -> show(screen.id()));
        viewMenu.getItems().add(item);
        screenItems.put(screen.id(), item);
        if (current == null) {
            navigation.getSelectionModel().select(screen);
        }
    }

    /**
     * Puts the named screens first in the navigation and the Visa menu, in this order; the others follow as added.
     * Areas add their screens independently; the window decides the order a user sees.
     */
    public void arrange(String... ids) {
        List<Screen> order = new ArrayList<>();
        for (String id : ids) {
            Optional.ofNullable(screens.get(id)).ifPresent(order::add);
        }
        screens.values().stream().filter(s -> !order.contains(s)).forEach(order::add);
        Screen selected = navigation.getSelectionModel().getSelectedItem();
        navigation.getItems().setAll(order);
        navigation.getSelectionModel().select(selected);
        List<MenuItem> items = order.stream().map(s -> screenItems.get(s.id())).toList();
        int first = items.stream().mapToInt(viewMenu.getItems()::indexOf).min().orElse(0);
        viewMenu.getItems().removeAll(items);
        viewMenu.getItems().addAll(Math.max(0, first), items);
    }

    /** Shows a screen by its id; returns it, or empty when there is none by that id. */
    public Optional<Screen> show(String id) {
        Screen screen = screens.get(id);
        if (screen != null) {
            navigation.getSelectionModel().select(screen);
        }
        return Optional.ofNullable(screen);
    }

    /**
     * Makes this area the one that shows a kind of destination: {@code shell.onNavigate(Destination.AnswerOf.class,
     * d -> { show(ID); openMatter(d.matterId()); })}. One area per kind.
     */
    public <D extends Destination> void onNavigate(Class<D> kind, Consumer<D> show) {
        if (destinations.putIfAbsent(kind, d -> show.accept(kind.cast(d))) != null) {
            throw new IllegalArgumentException("two areas show " + kind.getSimpleName());
        }
    }

    @Override
    public boolean navigate(Destination to) {
        Consumer<Destination> show = destinations.get(to.getClass());
        if (show == null) {
            return false;
        }
        show.accept(to);
        return true;
    }

    /** A screen by its type, for tests: {@code screen(RegisterScreen.class).orElseThrow()}. Areas navigate. */
    public <T extends Screen> Optional<T> screen(Class<T> type) {
        return screens.values().stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    public Optional<Screen> currentScreen() {
        return Optional.ofNullable(current);
    }

    private void switchTo(Screen next) {
        if (next == current) {
            return;
        }
        if (current != null) {
            current.flush();
            context.dialogs().movedOn();
        }
        current = next;
        content.getChildren().setAll(next.view());
        next.shown();
    }

    /** Arkiv: add items above "Avsluta" with {@link #addFileItem}. */
    public Menu fileMenu() {
        return fileMenu;
    }

    /** Adds an item to Arkiv, above the separator and "Avsluta". */
    public void addFileItem(MenuItem item) {
        fileMenu.getItems().add(fileMenu.getItems().size() - 2, item);
    }

    public Menu editMenu() {
        return editMenu;
    }

    public Menu viewMenu() {
        return viewMenu;
    }

    public Menu helpMenu() {
        return helpMenu;
    }

    /** For a menu of one's own, e.g. {@code menuBar().getMenus().add(2, meetingsMenu)}. */
    public MenuBar menuBar() {
        return menuBar;
    }

    public AppContext context() {
        return context;
    }

    public Stage stage() {
        return stage;
    }

    /** The whole window's root, e.g. to accept files dropped anywhere on it. */
    public BorderPane root() {
        return root;
    }

    /** Where the data is, as the status bar says it: Lokalt, Ansluten till …; see {@link ConnectionState}. */
    public ConnectionState connection() {
        return connection;
    }

    /** Every screen hands over what was typed, to be saved now (after the server answers again, say). */
    public void flushScreens() {
        screens.values().forEach(Screen::flush);
    }

    /**
     * Lays a node over the whole window (menus, navigation and screen), e.g. a search field with its results; it
     * shows while it is visible and takes no room when not.
     */
    public void addOverlay(javafx.scene.Node overlay) {
        overlay.managedProperty().bind(overlay.visibleProperty());
        layers.getChildren().add(overlay);
    }

    /** Runs after every screen has been flushed, as the window closes (release resources here). */
    public void onClose(Runnable action) {
        closeActions.add(action);
    }

    /**
     * Stops (true) or resumes taking input: the menus, the navigation and the screens, while the data under them is
     * being replaced. The status bar, with its cancel, stays. Held, every screen hands over what was typed.
     */
    public void holdInput(boolean held) {
        menuBar.setDisable(held);
        navigation.setDisable(held);
        content.setDisable(held);
        if (held) {
            flushScreens();
        }
    }

    /** Closes the window as if the user had clicked its close button: flushes every screen first. */
    public void requestClose() {
        stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    /**
     * Closing: every screen hands over what was typed, work that can stop (an import, a brief) is asked to stop at
     * its next safe point, and the window waits, still drawn, for the background work to end before the database is
     * closed. If the disk does not answer within {@link #CLOSE_BOUND} the user chooses: wait longer, or close anyway.
     * A save that failed is said before closing, as is text that cannot be stored; choices put aside that are kept
     * on disk are said as kept.
     */
    private void closeRequested(WindowEvent event) {
        event.consume();
        if (closing) {
            return;
        }
        closing = true;
        try {
            screens.values().forEach(Screen::flush);
            List.copyOf(context.tasks().running()).forEach(TaskHandle::cancel);
            boolean settled = awaitBackgroundWork();
            boolean allSaved = settled;
            for (Screen s : screens.values()) {
                allSaved &= s.flush();
            }
            if (!allSaved && settled && !context.dialogs().confirm(Localization.get("ui.close.unsaved.title"),
                    closeQuestion(screens.values().stream().flatMap(s -> s.waitingAside().stream()).toList(),
                            screens.values().stream().flatMap(s -> s.heldInWindow().stream()).toList()))) {
                return;
            }
            closeActions.forEach(Runnable::run);
            stage.hide();
        } finally {
            closing = false;
        }
    }

    /**
     * The close question when something is not stored: the choices put aside kept on disk (asked again next time)
     * and, by name, those whose keeping failed and what is {@code held} only in the window (lost if she closes now).
     */
    static String closeQuestion(List<Screen.Aside> aside, List<String> held) {
        List<String> kept = aside.stream().filter(Screen.Aside::kept).map(Screen.Aside::title).distinct().toList();
        List<String> lost = aside.stream().filter(a -> !a.kept()).map(Screen.Aside::title).distinct().toList();
        if (kept.isEmpty() && lost.isEmpty() && held.isEmpty()) {
            return Localization.get("ui.close.unsaved.text");
        }
        List<String> said = new ArrayList<>();
        if (!kept.isEmpty()) {
            said.add(Localization.get("ui.close.kept.text", String.join(", ", kept)));
        }
        if (!lost.isEmpty()) {
            said.add(Localization.get("ui.close.lost.text", String.join(", ", lost)));
        }
        if (!held.isEmpty()) {
            said.add(Localization.get("ui.close.held.text", String.join(", ", held.stream().distinct().toList())));
        }
        said.add(Localization.get("ui.close.aside.end"));
        return String.join(" ", said);
    }

    /**
     * Waits in a nested event loop (the window stays drawn and its saves report back) until no background work is
     * left. False when the disk did not answer and the user chose to close without waiting.
     */
    private boolean awaitBackgroundWork() {
        while (!context.tasks().isIdle()) {
            Object key = new Object();
            boolean[] left = {false};
            Consumer<Boolean> leave = idle -> {
                if (!left[0]) {
                    left[0] = true;
                    Platform.exitNestedEventLoop(key, idle);
                }
            };
            context.tasks().whenIdle(CLOSE_BOUND, () -> leave.accept(true), () -> leave.accept(false));
            if (!left[0] && !(Boolean) Platform.enterNestedEventLoop(key) && !context.dialogs().confirm(
                    Localization.get("ui.close.slow.title"), Localization.get("ui.close.slow.text"))) {
                return false;
            }
        }
        return true;
    }

    /** The height of the notification bar at rest (it slides in, so its own height grows from nothing). */
    private static double noticeHeight(NotificationPane notices) {
        javafx.scene.Node bar = notices.lookup(".notification-bar > .pane");
        double width = notices.getWidth();
        return Math.ceil(bar instanceof Region r ? Math.max(r.prefHeight(width), r.minHeight(width)) : 40);
    }
}
