package se.ledamot.ui.register;

import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.TextFields;
import se.ledamot.domain.Deadline;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.Urgency;
import se.ledamot.l10n.Localization;
import se.ledamot.service.RegisterService;
import se.ledamot.ui.shell.ColumnFit;
import se.ledamot.ui.shell.DeadlineTip;
import se.ledamot.ui.shell.MarkedText;

/** The register table and its filters. Rows are coloured by the urgency of their nearest deadline. */
public final class RegisterView extends BorderPane {
    private static final PseudoClass OK = PseudoClass.getPseudoClass("deadline-ok");
    private static final PseudoClass SOON = PseudoClass.getPseudoClass("deadline-soon");
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("deadline-overdue");

    private final RegisterViewModel vm;
    private final TableView<MatterRow> table = new TableView<>();
    private final TextField search = TextFields.createClearableTextField();
    private final TableColumn<MatterRow, Long> age = ageColumn();
    private final FlowPane filters = new FlowPane(8, 8);
    /** The filter boxes, placed after the search field by {@link #showFilterBoxes}. */
    private final List<CheckComboBox<?>> boxes;
    private boolean replacingRows;

    public RegisterView(RegisterViewModel vm) {
        this.vm = vm;
        getStyleClass().add("register");

        search.setId("search");
        search.setPromptText(Localization.get("ui.register.search.prompt"));
        search.textProperty().bindBidirectional(vm.queryProperty());
        search.setPrefColumnCount(25);

        CheckComboBox<MatterKind> kinds = FilterBox.of("kind-filter", "ui.register.filter.kind",
                FXCollections.observableArrayList(MatterKind.values()), vm.kindFilter(), Localization::kind);
        CheckComboBox<Status> statuses = FilterBox.of("status-filter", "ui.register.filter.status",
                FXCollections.observableArrayList(FilterBox.usedStatuses()), vm.statusFilter(), Localization::status);
        CheckComboBox<String> parties = FilterBox.of("party-filter", "ui.register.filter.party", vm.parties(),
                vm.partyFilter(), p -> p);

        boxes = List.of(kinds, statuses, parties);

        Label summary = new Label();
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add("hint");
        filters.getChildren().setAll(search, personChip(), summary);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(8));

        table.setId("register-table");
        // The database sorts (the list holds ids, not rows): a click on a column asks the view model.
        table.setSortPolicy(t -> {
            if (!replacingRows) {
                sortBy(t.getSortOrder());
            }
            return true;
        });
        showRows(vm.visibleRowsProperty().get());
        vm.visibleRowsProperty().addListener((o, was, now) -> showRows(now));
        table.setPlaceholder(new Label(Localization.get("ui.register.empty")));
        // Every column stays in view, deadline included; widths are shared out in proportion to the ones below.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // The table shares its width out in proportion to these: the titles get the largest share.
        TableColumn<MatterRow, String> title = column("ui.register.column.title", 400, MatterRow::titleProperty);
        TableColumn<MatterRow, String> authors = column("ui.register.column.authors", 140, MatterRow::authorsProperty);
        TableColumn<MatterRow, Deadline> deadline = deadlineColumn();
        TableColumn<MatterRow, String> number = column("ui.register.column.number", 85, MatterRow::numberProperty);
        // As wide as its header or its widest number (ColumnFit grows the minimum), never more: the share of the
        // window it took with the others left it as wide as Rubrik and empty where no matter has a number yet.
        number.maxWidthProperty().bind(number.minWidthProperty());
        // Sorting a hundred thousand matters by these would need every matter's authors or rules in SQL: not offered.
        authors.setSortable(false);
        deadline.setSortable(false);
        table.getColumns().setAll(java.util.List.of(
                sorted(number, RegisterService.Sort.NUMBER),
                sorted(column("ui.register.column.kind", 95, MatterRow::kindProperty), RegisterService.Sort.KIND),
                sorted(title, RegisterService.Sort.TITLE),
                sorted(column("ui.register.column.submitted", 95, MatterRow::submittedProperty),
                        RegisterService.Sort.SUBMITTED),
                authors,
                sorted(column("ui.register.column.status", 90, MatterRow::statusProperty), RegisterService.Sort.STATUS),
                sorted(age, RegisterService.Sort.SUBMITTED),
                deadline));
        table.setRowFactory(t -> new UrgencyRow());
        SelectedRowInView.keep(table);
        ColumnFit.apply(table, java.util.List.of(title, authors));
        givesWayFirst(age);
        // Titles wrap as ColumnFit's do, and mark the words of the search shown; another search marks its own.
        title.setCellFactory(c -> new MarkedTitleCell(vm, title));
        vm.searchMarks().searchedProperty().addListener((o, was, now) -> table.refresh());

        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null || vm.visibleRows().isEmpty()) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> showSelected(now));
        // A new list (another search, filter or order) keeps the selected matter selected if it is in it.
        vm.visibleRowsProperty().addListener((o, was, now) -> showSelected(vm.selectedProperty().get()));

        VBox.setVgrow(table, Priority.ALWAYS);
        setTop(filters);
        setCenter(table);
        setBottom(snippetLine());
    }

    /** Under the table while a search is shown: the selected matter's text around what matched. */
    private HBox snippetLine() {
        Label heading = new Label(Localization.get("ui.register.snippet"));
        heading.getStyleClass().add("field-label");
        heading.setMinWidth(Label.USE_PREF_SIZE);
        HBox line = new HBox(8, heading);
        line.setId("register-snippet");
        line.getStyleClass().add("register-snippet");
        line.setPadding(new Insets(6, 8, 6, 8));
        line.setAlignment(Pos.TOP_LEFT);
        line.visibleProperty().bind(vm.searchMarks().snippetProperty().map(s -> !s.text().isEmpty()));
        line.managedProperty().bind(line.visibleProperty());
        vm.searchMarks().snippetProperty().addListener((o, was, now) -> {
            TextFlow text = MarkedText.flow(now.text(), now.marks());
            HBox.setHgrow(text, Priority.ALWAYS);
            line.getChildren().setAll(heading, text);
        });
        return line;
    }

    private void showSelected(MatterRow row) {
        if (row != table.getSelectionModel().getSelectedItem()) {
            int at = row == null ? -1 : table.getItems().indexOf(row);
            if (at < 0) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(at);
                table.scrollTo(at);
            }
        }
    }

    /**
     * Shows a new list keeping the column the user sorted by: the table clears its sort order when its list is
     * replaced (it cannot sort a list it did not make), which asked for the unsorted register again, so a click on
     * a header showed the sorted list only until it arrived.
     */
    private void showRows(ObservableList<MatterRow> rows) {
        List<TableColumn<MatterRow, ?>> order = List.copyOf(table.getSortOrder());
        replacingRows = true;
        try {
            table.setItems(rows);
            table.getSortOrder().setAll(order);
        } finally {
            replacingRows = false;
        }
    }

    private static <T> TableColumn<MatterRow, T> sorted(TableColumn<MatterRow, T> c, RegisterService.Sort by) {
        c.setUserData(by);
        return c;
    }

    /**
     * Puts the filter boxes in their place after the search field. At start the register's screen does so with the
     * editor, two frames after the register (issue 15): each box's skin is a combo box over a list that makes and measures a cell for
     * every item, a sixth of the FX thread's time from the window to the rows. Once is enough.
     */
    public void showFilterBoxes() {
        if (!filters.getChildren().containsAll(boxes)) {
            filters.getChildren().addAll(1, boxes);
        }
    }

    public TableView<MatterRow> table() {
        return table;
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public void focusTable() {
        table.requestFocus();
    }

    /** The person the register is narrowed to, shown as long as it is, with ✕ to show everyone's matters again. */
    private Button personChip() {
        Button chip = new Button();
        chip.setId("person-filter");
        chip.getStyleClass().add("person-filter");
        chip.setTooltip(new Tooltip(Localization.get("ui.register.filter.person.clear")));
        chip.textProperty().bind(vm.personFilter().map(p -> Localization.get("ui.register.filter.person",
                p.party() == null ? p.name() : p.name() + " (" + p.party() + ")")).orElse(""));
        chip.visibleProperty().bind(vm.personFilter().isNotNull());
        chip.managedProperty().bind(chip.visibleProperty());
        chip.setOnAction(e -> vm.personFilter().set(null));
        return chip;
    }

    private void sortBy(java.util.List<TableColumn<MatterRow, ?>> order) {
        if (order.isEmpty() || !(order.getFirst().getUserData() instanceof RegisterService.Sort by)) {
            vm.sortBy(null, false);
            return;
        }
        boolean up = order.getFirst().getSortType() == TableColumn.SortType.ASCENDING;
        // Age is submission turned round: the oldest matter has the most months.
        vm.sortBy(by, order.getFirst() == age ? !up : up);
    }

    /**
     * Ålder says in months what Inlämnad says as a date: in a window too narrow for every column (1000x650) it gives
     * way first, so that Tidsgräns stays in sight rather than the register scrolling sideways. A column the register
     * is sorted by stays.
     */
    private void givesWayFirst(TableColumn<MatterRow, ?> column) {
        javafx.beans.InvalidationListener fit = o -> {
            double room = table.getWidth() - ColumnFit.neededWidth(table) - (column.isVisible() ? 0 : column.getMinWidth());
            column.setVisible(table.getWidth() <= 0 || room >= 0 || table.getSortOrder().contains(column));
        };
        table.widthProperty().addListener(fit);
        table.getSortOrder().addListener(fit);
        table.getColumns().forEach(c -> c.minWidthProperty().addListener(fit));
    }

    private static <T> TableColumn<MatterRow, T> column(String key, double width,
            Function<MatterRow, ObservableValue<T>> value) {
        TableColumn<MatterRow, T> c = new TableColumn<>(Localization.get(key));
        c.setPrefWidth(width);
        c.setMinWidth(width * 0.8);
        c.setCellValueFactory(cell -> value.apply(cell.getValue()));
        return c;
    }

    private static TableColumn<MatterRow, Long> ageColumn() {
        TableColumn<MatterRow, Long> c = column("ui.register.column.age", 60, MatterRow::ageMonthsProperty);
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            {
                onTheOthersBaseline(this);
            }

            @Override
            protected void updateItem(Long months, boolean empty) {
                super.updateItem(months, empty);
                setText(empty || months == null ? null : Localization.get("ui.register.age", months));
            }
        });
        return c;
    }

    private static TableColumn<MatterRow, Deadline> deadlineColumn() {
        TableColumn<MatterRow, Deadline> c = column("ui.register.column.deadline", 125, MatterRow::deadlineProperty);
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            {
                onTheOthersBaseline(this);
                // The explanation is made when the pointer comes over the cell, not for every row shown: a tooltip
                // is a small window of its own, and the table fills its cells many times before the first rows.
                addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> {
                    if (getItem() != null && getTooltip() == null) {
                        setTooltip(DeadlineTip.of(getItem()));
                    }
                });
            }

            @Override
            protected void updateItem(Deadline d, boolean empty) {
                super.updateItem(d, empty);
                MatterRow row = empty ? null : getTableRow().getItem();
                // Without a dated deadline the row may still say a clock runs ("inte inplanerat ännu").
                setText(row == null ? null : row.deadlineTextProperty().get());
                if (d == null) {
                    setTooltip(null);
                } else if (getTooltip() != null) {
                    getTooltip().setText(DeadlineTip.text(d));
                } else if (isHover()) {
                    setTooltip(DeadlineTip.of(d)); // the deadline came under a pointer already here
                }
            }
        });
        c.getStyleClass().add("deadline-column");
        return c;
    }

    /**
     * A one-line cell's text on the baseline the theme gives the other columns' text. A table row taller than 24 px
     * puts the text of a cell whose alignment no style has set yet at the top (JavaFX's TableRowSkinBase), and that
     * sticks: Ålder's "0 mån" stood ~9 px above "KS 2026/640" beside it in some starts (a cell laid out before its
     * first CSS pass, it seems; the theme's alignment is BASELINE_LEFT).
     */
    private static void onTheOthersBaseline(javafx.scene.control.TableCell<?, ?> cell) {
        cell.setAlignment(Pos.BASELINE_LEFT);
    }

    /**
     * A title that wraps within its column (as {@link ColumnFit} makes them), with the words the search matched
     * marked: the index's own marks for the search shown, none without a search.
     */
    private static final class MarkedTitleCell extends javafx.scene.control.TableCell<MatterRow, String> {
        private final RegisterViewModel vm;
        private final TableColumn<MatterRow, String> column;
        private final javafx.scene.text.Text plain = new javafx.scene.text.Text();

        MarkedTitleCell(RegisterViewModel vm, TableColumn<MatterRow, String> column) {
            this.vm = vm;
            this.column = column;
            getStyleClass().add("title-cell");
            plain.getStyleClass().add("cell-text");
            plain.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
        }

        @Override
        protected void updateItem(String title, boolean empty) {
            super.updateItem(title, empty);
            setText(null);
            java.util.List<se.ledamot.search.Hit.Mark> marks = empty || title == null ? java.util.List.of()
                    : vm.searchMarks().marks(title);
            if (empty || title == null) {
                setGraphic(null);
            } else if (marks.isEmpty()) {
                plain.setText(title);
                setGraphic(plain);
            } else {
                TextFlow flow = MarkedText.wrapped(title, marks, "cell-text");
                flow.maxWidthProperty().bind(column.widthProperty().subtract(16));
                // As high as its lines, not the row: the cell then sets it on the row's line as the plain title (a
                // flow stretched to the row stood its words at the top, ~9 px above the number beside it, walk29).
                flow.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                setGraphic(flow);
            }
        }

        /** As tall as the title's lines at the column's width (a flow asked without a width would stand tall). */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() instanceof TextFlow flow) {
                return Math.ceil(flow.prefHeight(column.getWidth() - 16)) + snappedTopInset() + snappedBottomInset();
            }
            return super.computePrefHeight(width);
        }
    }

    /** A table row that carries its matter's urgency as a CSS pseudo-class, and follows it as the matter changes. */
    private static final class UrgencyRow extends TableRow<MatterRow> {
        private final ChangeListener<Urgency> follow = (o, was, now) -> show(now);
        private MatterRow watched;

        @Override
        protected void updateItem(MatterRow item, boolean empty) {
            super.updateItem(item, empty);
            if (watched != null) {
                watched.urgencyProperty().removeListener(follow);
            }
            watched = empty ? null : item;
            if (watched != null) {
                watched.urgencyProperty().addListener(follow);
            }
            show(watched == null ? Urgency.NONE : watched.urgency());
        }

        /**
         * Whole pixels: the table places the rows by their preferred heights (45.4) but draws them snapped (46), so
         * at the end of 100 000 rows the last one stood a pixel below the table's edge and End never showed it whole.
         */
        @Override
        protected double computePrefHeight(double width) {
            return Math.ceil(super.computePrefHeight(width));
        }

        private void show(Urgency u) {
            pseudoClassStateChanged(OK, u == Urgency.OK);
            pseudoClassStateChanged(SOON, u == Urgency.SOON);
            pseudoClassStateChanged(OVERDUE, u == Urgency.OVERDUE);
        }
    }
}
