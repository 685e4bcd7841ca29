/**
 * The main window and how other areas add to it.
 *
 * <p>{@code se.ledamot.ui.DesktopApp#installScreens(MainWindow)} is the one place where areas plug in: add one line
 * there that calls your area's {@code install(MainWindow)}. From there:
 * <ul>
 *   <li>{@link se.ledamot.ui.shell.MainWindow#addScreen(Screen)} adds a screen to the left navigation and to the
 *       Visa menu. A {@link se.ledamot.ui.shell.Screen} builds its view once, reloads in {@code shown()} and saves
 *       pending edits in {@code flush()}.</li>
 *   <li>{@link se.ledamot.ui.shell.MainWindow#addFileItem(javafx.scene.control.MenuItem)} puts an item in Arkiv
 *       (Importera…, Exportera…); {@code editMenu()}, {@code viewMenu()}, {@code helpMenu()} and {@code menuBar()}
 *       give the other menus.</li>
 *   <li>{@link se.ledamot.ui.shell.MainWindow#root()} takes drag-and-drop for the whole window;
 *       {@link se.ledamot.ui.shell.MainWindow#onClose(Runnable)} runs as the window closes.</li>
 *   <li>{@link se.ledamot.ui.shell.MainWindow#context()} is the {@link se.ledamot.ui.AppContext}: the open
 *       database and stores, the {@code DialogService}, the {@code TaskExecutor} for
 *       {@link se.ledamot.ui.task.BackgroundTask}s (shown with progress and cancel in the status bar), and
 *       {@code mattersChanged()} to tell the register that matters were written elsewhere.</li>
 *   <li>{@code shell.screen(RegisterScreen.class)} gives the register: {@code openMatter(long)} shows a matter in
 *       the editor, {@code registerViewModel().selectedProperty()} is the selected matter, and {@code flush()} saves
 *       what is being typed (call it before reading the matter from the store, e.g. to print a brief).</li>
 * </ul>
 * View models take the {@code AppContext} (or the parts they need) and never touch JavaFX controls or open windows;
 * the ArchitectureTest keeps it so.
 */
package se.ledamot.ui.shell;
