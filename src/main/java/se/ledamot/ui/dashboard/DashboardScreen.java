package se.ledamot.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.AbstractScreen;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Destination;
import se.ledamot.ui.shell.MainWindow;
import se.ledamot.ui.shell.Navigator;

/** "Översikt", the first screen: what needs attention this week, and three charts of what is pending. */
public final class DashboardScreen extends AbstractScreen {
    public static final String ID = "dashboard";

    private final DashboardViewModel vm;
    private final AppContext context;
    private final Navigator navigator;
    private boolean inView;

    DashboardScreen(AppContext context, Navigator navigator) {
        super(ID, "dashboard.title");
        this.vm = DashboardViewModel.of(context);
        this.context = context;
        this.navigator = navigator;
        // Reload on changes only while in view; shown() reloads when the user comes back.
        context.mattersRevision().addListener((o, was, now) -> {
            if (inView) {
                vm.load();
            }
        });
    }

    /** Adds the dashboard to the window. */
    public static DashboardScreen install(MainWindow shell) {
        DashboardScreen screen = new DashboardScreen(shell.context(), shell);
        shell.addScreen(screen);
        return screen;
    }

    @Override
    public void shown() {
        inView = true;
        // At start, after the register's first rows: the dashboard's reading takes seconds at 100 000 matters.
        context.afterFirstRows(vm::load);
    }

    /** Called as the window switches to another screen. */
    @Override
    public boolean flush() {
        inView = false;
        return true;
    }

    DashboardViewModel viewModel() {
        return vm;
    }

    /** A double-click on a line: an interpellation or question opens in the answer editor, the rest in the register. */
    private void open(Matter matter) {
        navigator.navigate(matter.kind().hasAddressee() ? new Destination.AnswerOf(matter.id())
                : new Destination.MatterInRegister(matter.id()));
    }

    @Override
    protected Node build() {
        Label summary = new Label();
        summary.setId("dashboardSummary");
        summary.textProperty().bind(vm.summary());
        summary.getStyleClass().add("screen-title");
        TextField name = new TextField(vm.preferences().userName().get());
        name.setId("myName");
        name.setPromptText(Localization.get("dashboard.me.name"));
        name.textProperty().bindBidirectional(vm.preferences().userName());
        TextField party = new TextField(vm.preferences().userParty().get());
        party.setId("myParty");
        party.setPrefColumnCount(5);
        party.setPromptText(Localization.get("dashboard.me.party"));
        party.textProperty().bindBidirectional(vm.preferences().userParty());
        Label meLabel = new Label(Localization.get("dashboard.me"));
        meLabel.setId("dashboardMe");
        meLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox me = new HBox(8, meLabel, name, party);
        me.setMinWidth(Region.USE_PREF_SIZE); // the summary wraps first: at 1000x650 the party field was a sliver
        me.setAlignment(Pos.BASELINE_LEFT);
        HBox top = new HBox(24, summary, me);
        // "Jag är" and its fields on the title's first line, not above it, when the title wraps.
        top.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        // The next meeting written out ("14 december 2026") may not fit beside the name at 1280 pixels: the line wraps.
        summary.setWrapText(true);

        TableView<AttentionItem> table = new TableView<>(vm.attention());
        table.setId("attention");
        // "Nothing is overdue" only once the matters are read: before, it would be a nought that is not true.
        Label nothing = new Label();
        nothing.textProperty().bind(javafx.beans.binding.Bindings.when(vm.figures().isNull())
                .then(Localization.get("dashboard.reading")).otherwise(Localization.get("dashboard.nothing")));
        table.setPlaceholder(nothing);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(Localization.get("dashboard.col.reason"),
                a -> Localization.get("dashboard.reason." + a.reason().name().toLowerCase(java.util.Locale.ROOT))));
        table.getColumns().add(column(Localization.get("dashboard.col.kind"), a -> Localization.kind(a.matter().kind())));
        TableColumn<AttentionItem, String> title = column(Localization.get("dashboard.col.title"), a -> a.matter().title());
        table.getColumns().add(title);
        TableColumn<AttentionItem, String> detail = column(Localization.get("dashboard.col.detail"),
                AttentionItem::detail);
        table.getColumns().add(detail);
        // "När" wraps too: a written answer's moment and the meeting it is taken up at run long at 1000 pixels.
        se.ledamot.ui.shell.ColumnFit.apply(table, java.util.List.of(title, detail));
        table.setRowFactory(t -> {
            TableRow<AttentionItem> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem().matter());
                }
            });
            return row;
        });
        Label weekTitle = new Label(Localization.get("dashboard.week"));
        weekTitle.getStyleClass().add("section-title");
        VBox week = new VBox(8, weekTitle, table);
        VBox.setVgrow(table, Priority.ALWAYS);

        StackedBarChart<String, Number> byKind = new StackedBarChart<>(new CategoryAxis(), CountAxis.create());
        byKind.setId("chartByKind");
        byKind.setTitle(Localization.get("dashboard.chart.byKind"));
        StackedBarChart<String, Number> motionAges = new StackedBarChart<>(new CategoryAxis(), CountAxis.create());
        motionAges.setId("chartMotionAges");
        motionAges.setTitle(Localization.get("dashboard.chart.motionAges"));
        BarChart<String, Number> byParty = new BarChart<>(new CategoryAxis(), CountAxis.create());
        byParty.setId("chartByParty");
        byParty.setTitle(Localization.get("dashboard.chart.byParty"));
        byParty.setLegendVisible(false);
        for (XYChart<?, ?> c : new XYChart<?, ?>[] {byKind, motionAges, byParty}) {
            c.setAnimated(false);
            c.setPrefHeight(260);
        }
        vm.figures().addListener((o, was, f) -> {
            if (f != null) {
                fillByKind(byKind, f);
                fillAges(motionAges, f);
                fillParties(byParty, f);
                for (XYChart<String, Number> chart : List.<XYChart<String, Number>>of(byKind, motionAges, byParty)) {
                    CountAxis.fit(chart);
                }
            }
        });

        GridPane charts = new GridPane(12, 12);
        // Empty axes before the first read would read as noughts.
        charts.visibleProperty().bind(vm.figures().isNotNull());
        charts.add(byKind, 0, 0);
        charts.add(motionAges, 1, 0);
        charts.add(byParty, 0, 1, 2, 1);
        BorderPane pane = new BorderPane();
        pane.setTop(top);
        BorderPane.setMargin(top, new Insets(0, 0, 10, 0));
        pane.setCenter(new VBox(12, week, charts));
        pane.setPadding(new Insets(12));
        return pane;
    }

    private static TableColumn<AttentionItem, String> column(String title,
            java.util.function.Function<AttentionItem, String> value) {
        TableColumn<AttentionItem, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())).getReadOnlyProperty());
        return c;
    }

    private static void fillByKind(StackedBarChart<String, Number> chart, DashboardFigures f) {
        chart.getData().clear();
        for (Status status : Status.values()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            List<MatterKind> kinds = new ArrayList<>();
            for (Map.Entry<MatterKind, Map<Status, Integer>> e : f.pendingByKindAndStatus().entrySet()) {
                Integer n = e.getValue().get(status);
                if (n != null) {
                    series.getData().add(new XYChart.Data<>(Localization.kind(e.getKey()), n));
                    kinds.add(e.getKey());
                }
            }
            // "Inlämnad" for motions, "Inlämnat" for medborgarförslag: the legend agrees with the kinds it counts.
            series.setName(Localization.status(kinds, status));
            if (!series.getData().isEmpty()) {
                chart.getData().add(series);
            }
        }
    }

    /** Motions and citizen proposals apart, each within and over the one-year line. */
    private static void fillAges(StackedBarChart<String, Number> chart, DashboardFigures f) {
        chart.getData().clear();
        XYChart.Series<String, Number> motionsWithin = series("dashboard.age.motions.within");
        XYChart.Series<String, Number> motionsOver = series("dashboard.age.motions.over");
        XYChart.Series<String, Number> citizenWithin = series("dashboard.age.citizen.within");
        XYChart.Series<String, Number> citizenOver = series("dashboard.age.citizen.over");
        for (DashboardFigures.AgeBucket b : f.motionAgeBuckets()) {
            boolean over = b.overOneYear();
            motionsWithin.getData().add(new XYChart.Data<>(b.label(), over ? 0 : b.motions()));
            motionsOver.getData().add(new XYChart.Data<>(b.label(), over ? b.motions() : 0));
            citizenWithin.getData().add(new XYChart.Data<>(b.label(), over ? 0 : b.citizenProposals()));
            citizenOver.getData().add(new XYChart.Data<>(b.label(), over ? b.citizenProposals() : 0));
        }
        chart.getData().addAll(List.of(motionsWithin, motionsOver, citizenWithin, citizenOver));
    }

    private static XYChart.Series<String, Number> series(String nameKey) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(Localization.get(nameKey));
        return s;
    }

    private static void fillParties(BarChart<String, Number> chart, DashboardFigures f) {
        chart.getData().clear();
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        f.pendingByParty().forEach((party, n) -> series.getData().add(new XYChart.Data<>(party, n)));
        chart.getData().add(series);
    }
}
