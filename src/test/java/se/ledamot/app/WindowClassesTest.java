package se.ledamot.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowClassesTest {
    @Test
    void theTrainingLoadsTheRegistersRowsCellsAndTheirCssFromJavaFxsJars() {
        assertThat(WindowClasses.load(javafx.scene.control.Control.class))
                .contains("javafx.scene.control.skin.TableRowSkin", "javafx.scene.control.skin.TableCellSkin",
                        "javafx.scene.control.skin.VirtualFlow");
        assertThat(WindowClasses.load(javafx.scene.Node.class))
                .contains("javafx.css.CssParser", "javafx.scene.CssStyleHelper", "javafx.scene.text.Text");
    }

    @Test
    void classesOutsideAJarAreLeftToTheWindow() {
        assertThat(WindowClasses.load(WindowClassesTest.class)).as("target/test-classes, a folder").isEmpty();
    }
}
