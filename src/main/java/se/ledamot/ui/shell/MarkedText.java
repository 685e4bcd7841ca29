package se.ledamot.ui.shell;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import se.ledamot.search.Hit;

/**
 * A text with the stretches a search matched shown marked (style class {@value #MARK}). The marks are the search's
 * own ({@link Hit#labelMarks()}, a snippet's, or the index's marks of a title): nothing here matches words again.
 */
public final class MarkedText {
    /** The style class of a marked stretch. */
    public static final String MARK = "search-mark";

    private MarkedText() {
    }

    /** On one line, cut with an ellipsis where it does not fit (a table cell, a list line). */
    public static HBox line(String text, List<Hit.Mark> marks) {
        HBox box = new HBox();
        box.setMinWidth(0);
        int at = 0;
        for (Hit.Mark m : marks) {
            if (m.start() > at) {
                box.getChildren().add(plain(text.substring(at, m.start())));
            }
            Label mark = new Label(text.substring(m.start(), m.end()));
            mark.getStyleClass().add(MARK);
            mark.setMinWidth(Label.USE_PREF_SIZE);
            box.getChildren().add(mark);
            at = m.end();
        }
        if (at < text.length()) {
            box.getChildren().add(plain(text.substring(at)));
        }
        return box;
    }

    private static Label plain(String piece) {
        Label l = new Label(piece);
        l.setMinWidth(0);
        return l;
    }

    /**
     * Wrapped over as many lines as it needs, the marks as highlighted words (a title in a table cell that wraps);
     * the plain stretches take {@code textClass}.
     */
    public static TextFlow wrapped(String text, List<Hit.Mark> marks, String textClass) {
        TextFlow flow = new TextFlow();
        int at = 0;
        for (Hit.Mark m : marks) {
            if (m.start() > at) {
                flow.getChildren().add(styled(new Text(text.substring(at, m.start())), textClass));
            }
            Label mark = new Label(text.substring(m.start(), m.end()));
            mark.getStyleClass().add(MARK);
            flow.getChildren().add(mark);
            at = m.end();
        }
        if (at < text.length()) {
            flow.getChildren().add(styled(new Text(text.substring(at)), textClass));
        }
        return flow;
    }

    private static Text styled(Text t, String styleClass) {
        t.getStyleClass().add(styleClass);
        return t;
    }

    /** Wrapped over as many lines as it needs (a snippet). */
    public static TextFlow flow(String text, List<Hit.Mark> marks) {
        TextFlow flow = new TextFlow();
        int at = 0;
        for (Hit.Mark m : marks) {
            if (m.start() > at) {
                flow.getChildren().add(new Text(text.substring(at, m.start())));
            }
            Text mark = new Text(text.substring(m.start(), m.end()));
            mark.getStyleClass().add(MARK);
            flow.getChildren().add(mark);
            at = m.end();
        }
        if (at < text.length()) {
            flow.getChildren().add(new Text(text.substring(at)));
        }
        flow.getChildren().forEach(n -> n.getStyleClass().add("marked-text"));
        return flow;
    }

    /** The marked stretches of a node made by this class, in order: what a test reads back. */
    public static List<String> marked(Node made) {
        return made.lookupAll("." + MARK).stream().map(n -> n instanceof Label l ? l.getText()
                : ((Text) n).getText()).toList();
    }
}
