package se.ledamot.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.search.Hit;
import se.ledamot.ui.Samples;
import se.ledamot.ui.TestContext;

/** The register's search marks: the index's own spans in the titles, and the selected matter's snippet. */
class RegisterMarksTest {
    @TempDir
    Path folder;

    private TestContext test;
    private RegisterViewModel vm;

    @BeforeEach
    void open() {
        test = new TestContext(folder);
        Samples.addAll(test.services.matters());
        vm = new RegisterViewModel(test.context);
        vm.reload();
    }

    @AfterEach
    void close() {
        test.close();
    }

    private static String marked(String text, List<Hit.Mark> marks) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Hit.Mark m : marks) {
            b.append(text, at, m.start()).append('[').append(text, m.start(), m.end()).append(']');
            at = m.end();
        }
        return b.append(text.substring(at)).toString();
    }

    @Test
    void withoutASearchNothingIsMarked() {
        assertThat(vm.visibleRows()).hasSize(6);
        assertThat(vm.searchMarks().searchedProperty().get()).isNull();
        assertThat(vm.searchMarks().marks("Motion om att upprätta en integrationsplan")).isEmpty();
        vm.select(vm.visibleRows().getFirst().id());
        assertThat(vm.searchMarks().snippetProperty().get().text()).isEmpty();
    }

    @Test
    void aSearchMarksWordFormsCompoundsAndTheWordBeingTypedInTheTitles() {
        vm.queryProperty().set("integration");
        assertThat(vm.visibleRows()).extracting(r -> marked(r.title(), vm.searchMarks().marks(r.title()))).containsExactlyInAnyOrder(
                "Motion om att upprätta en [integrationsplan]",
                "Interpellation om [integrationsenheten] och Jobbhuset",
                "Remiss: rapport om [integration] i Borås",
                "Anförande om [integrationsarbetet] under kommunstyrelsen");

        vm.queryProperty().set("simhall");
        assertThat(vm.visibleRows()).extracting(r -> marked(r.title(), vm.searchMarks().marks(r.title())))
                .containsExactly("Motion om längre öppettider i [simhallen]");
    }

    @Test
    void theSelectedMatterShowsTheSnippetOfItsTextAroundTheMatch() {
        vm.queryProperty().set("föreningslivet");
        MatterRow plan = vm.visibleRows().getFirst();
        vm.select(plan.id());
        Hit.Snippet s = vm.searchMarks().snippetProperty().get();
        assertThat(marked(s.text(), s.marks())).contains("tillsammans med [föreningslivet]");

        vm.queryProperty().set("");
        assertThat(vm.searchMarks().snippetProperty().get().text()).isEmpty();
        assertThat(vm.searchMarks().marks(plan.title())).isEmpty();
    }
}
