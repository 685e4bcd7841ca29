package se.ledamot.ui.shell;

import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;

/**
 * A list's row whose long title wraps in the list's width ("§ 16  Motion från … om att upprätta en
 * integrationsplan"), as Protokoll's and Debatt's item lists show them. A Text with a wrapping width: a wrapping
 * cell's own label was measured on two lines and ended in "…", and a sideways scroll bar cut the title. The Text has
 * room above and below of its own: alone, a title on two lines ran into the row below it.
 */
public final class WrappingTitleCell<T> extends ListCell<T> {
    private final Text title = new Text();
    private final StackPane spaced = new StackPane(title);
    private final Function<T, String> said;

    /** A row saying its item's {@code toString()}. */
    public WrappingTitleCell(ListView<T> list) {
        this(list, String::valueOf);
    }

    /** A row saying {@code said} of its item (Svar's list: the kind and the title of a matter). */
    public WrappingTitleCell(ListView<T> list, Function<T, String> said) {
        this.said = said;
        title.wrappingWidthProperty().bind(list.widthProperty().subtract(30));
        title.fillProperty().bind(textFillProperty());
        title.fontProperty().bind(fontProperty());
        spaced.setPadding(new Insets(4, 0, 4, 0));
        spaced.setAlignment(Pos.CENTER_LEFT);
        setPrefWidth(0);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(T row, boolean empty) {
        super.updateItem(row, empty);
        String text = empty || row == null ? null : said.apply(row);
        title.setText(text == null ? "" : text);
        // The cell's own text stays set (unseen) for what reads it: tests, accessibility.
        setText(text);
        setGraphic(text == null ? null : spaced);
    }
}
