package se.ledamot.ui.trash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.ui.Samples;
import se.ledamot.ui.TestContext;

class TrashViewModelTest {
    @TempDir
    Path folder;

    private TestContext test;

    @BeforeEach
    void open() {
        test = new TestContext(folder);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void restoringPutsTheMatterBackAndTellsTheRegister() {
        Matter plan = test.services.matters().add(Samples.integrationPlan());
        test.services.trash().trash(plan.id());
        TrashViewModel vm = new TrashViewModel(test.context);
        vm.reload();
        assertThat(vm.matters()).extracting(Matter::title).containsExactly(plan.title());
        long revision = test.context.mattersRevision().get();

        vm.restore(vm.matters().getFirst());
        assertThat(vm.matters()).isEmpty();
        assertThat(test.services.matters().list()).extracting(Matter::id).containsExactly(plan.id());
        assertThat(test.context.mattersRevision().get()).isGreaterThan(revision);
        assertThat(test.dialogs.lastNotification())
                .isEqualTo("Ärendet ”Motion om att upprätta en integrationsplan” är tillbaka bland ärendena.");
    }
}
