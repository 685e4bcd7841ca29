/**
 * The main window and what every area of it shares.
 *
 * <p>{@code se.ledamot.ui.DesktopApp#installScreens(MainWindow)} is the one place where areas plug in: add one line
 * there that calls your area's {@code install(MainWindow)}. From there:
 * <ul>
 *   <li>{@link se.ledamot.ui.shell.MainWindow#addScreen(Screen)} adds a screen to the left navigation and to the
 *       Visa menu. A screen extends {@link se.ledamot.ui.shell.AbstractScreen}: it builds its view once, reloads in
 *       {@code shown()} and saves pending edits in {@code flush()}.</li>
 *   <li>Areas never import each other. A screen sends the user elsewhere with
 *       {@link se.ledamot.ui.shell.Navigator#navigate} and a {@link se.ledamot.ui.shell.Destination} ("the answer of
 *       matter 42", "the debate of meeting 7", "matter 42 in the register"); the area that shows a kind of
 *       destination says so once with {@link se.ledamot.ui.shell.MainWindow#onNavigate}.</li>
 *   <li>{@link se.ledamot.ui.shell.MainWindow#addFileItem(javafx.scene.control.MenuItem)} puts an item in Arkiv
 *       (Importera…, Exportera…); {@code editMenu()}, {@code viewMenu()}, {@code helpMenu()} and {@code menuBar()}
 *       give the other menus.</li>
 *   <li>{@link se.ledamot.ui.shell.MainWindow#root()} takes drag-and-drop for the whole window;
 *       {@link se.ledamot.ui.shell.MainWindow#onClose(Runnable)} runs as the window closes.</li>
 *   <li>{@link se.ledamot.ui.shell.MainWindow#context()} is the {@link se.ledamot.ui.shell.AppContext}: the
 *       application's services ({@code se.ledamot.service.Ledamot}), the {@code DialogService}, the
 *       {@code TaskExecutor} for {@link se.ledamot.ui.task.BackgroundTask}s (shown with progress and cancel in the
 *       status bar), the user's {@link se.ledamot.ui.shell.WriterPreferences}, and {@code mattersChanged()} to tell
 *       the register that matters were written elsewhere.</li>
 * </ul>
 * View models take the {@code AppContext} (or the services they need) and never touch JavaFX controls or open
 * windows; screens and views never call a service. The ArchitectureTest keeps both so.
 */
package se.ledamot.ui.shell;
