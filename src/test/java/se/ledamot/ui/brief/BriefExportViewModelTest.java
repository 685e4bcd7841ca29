package se.ledamot.ui.brief;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.brief.BriefPdf;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.Ledamot;
import se.ledamot.service.MatterService;
import se.ledamot.service.MeetingService;
import se.ledamot.ui.ManualDebouncer;
import se.ledamot.ui.RecordingDialogService;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.WriterPreferences;
import se.ledamot.ui.task.CurrentThreadTaskExecutor;
import static org.assertj.core.api.Assertions.assertThat;

class BriefExportViewModelTest {
    @TempDir
    Path data;
    @TempDir
    Path out;

    private Ledamot app;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<BriefPdf> printed = new ArrayList<>();
    private final Preferences preferences = TestContext.testPreferences();
    private BriefExportViewModel vm;
    private AppContext context;
    private Matter motion;
    private Matter interpellation;

    @BeforeEach
    void open() {
        app = Ledamot.open(data, TestContext.CLOCK);
        MatterService matters = app.matters();
        motion = matters.add(Matter.newMatter(MatterKind.MOTION, "Motion om en integrationsplan")
                .authors(List.of(new Person("Łukasz Şahin", "V"))).proposals(List.of("en plan tas fram")).build());
        interpellation = matters.add(Matter.newMatter(MatterKind.INTERPELLATION, "Integrationsenhet")
                .addressee(new Addressee("Nguyễn Đorđević", "S", null)).questions(List.of("När?"))
                .answer("Snart.").build());
        MeetingService meetings = app.meetings();
        Meeting past = meetings.add(Meeting.planned("KF", LocalDate.of(2026, 10, 1)));
        Meeting next = meetings.add(Meeting.planned("KF", LocalDate.of(2026, 12, 14)));
        meetings.addMatters(next.id(), List.of(motion.id(), interpellation.id()));
        assertThat(past.id()).isNotEqualTo(next.id());
        context = new AppContext(app, dialogs, new CurrentThreadTaskExecutor(), ManualDebouncer::new,
                new WriterPreferences(preferences));
        vm = new BriefExportViewModel(context, (pdf, job) -> printed.add(pdf));
        vm.load();
    }

    @AfterEach
    void close() throws BackingStoreException {
        app.close();
        preferences.removeNode();
    }

    /** Walk (secretary): a kallelse made while Kommunens namn is empty lacks it in its heading; the window says so. */
    @Test
    void aPaperMadeWithoutTheCouncilsNameSaysItIsMissing() {
        vm.kindProperty().set(BriefExportViewModel.Kind.KALLELSE);
        vm.preview();
        assertThat(vm.statusProperty().get()).isEqualTo("Underlaget har 2 sidor. Kommunens namn är inte ifyllt "
                + "(Inställningar) – det står inte på handlingen.");
        app.settings().saveCouncilName("Stenungsunds kommun");
        vm.preview();
        assertThat(vm.statusProperty().get()).isEqualTo("Underlaget har 2 sidor.");
    }

    @Test
    void theNextMeetingIsChosenAndItsDebateBriefIsPreviewed() {
        assertThat(vm.meetingProperty().get().date()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(vm.readyProperty().get()).isTrue();
        vm.preview();
        BriefPdf pdf = vm.pdfProperty().get();
        assertThat(pdf).isNotNull();
        assertThat(pdf.pages()).isEqualTo(2);
        assertThat(vm.pageImageProperty().get().getWidth()).isEqualTo(Math.round(595.28f / 72 * BriefExportViewModel.PREVIEW_DPI));
        assertThat(vm.statusProperty().get()).isEqualTo("Underlaget har 2 sidor.");
        vm.pageProperty().set(2);
        assertThat(vm.pageImageProperty().get()).isNotNull();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void changingWhatTheBriefIsForDropsTheOldPreview() {
        vm.preview();
        assertThat(vm.pdfProperty().get()).isNotNull();
        vm.groupProperty().set("V");
        assertThat(vm.pdfProperty().get()).isNull();
        assertThat(vm.pageImageProperty().get()).isNull();
    }

    /** The walk: the export's group was empty though Partigrupp had V chosen; another typed here stays. */
    @Test
    void theGroupFollowsPartigruppUntilAnotherIsTypedHere() {
        context.partyGroup().set("V");
        vm.load();
        assertThat(vm.groupProperty().get()).isEqualTo("V");
        context.partyGroup().set("S");
        vm.load();
        assertThat(vm.groupProperty().get()).isEqualTo("S");
        vm.groupProperty().set("MP");
        context.partyGroup().set("M");
        vm.load();
        assertThat(vm.groupProperty().get()).isEqualTo("MP");
    }

    @Test
    void answerOffersOnlyMattersWithQuestionsAndNeedsOneChosen() {
        vm.kindProperty().set(BriefExportViewModel.Kind.ANSWER);
        assertThat(vm.matters()).extracting(Matter::id).containsExactly(interpellation.id());
        assertThat(vm.readyProperty().get()).isFalse();
        vm.matterProperty().set(interpellation);
        assertThat(vm.readyProperty().get()).isTrue();
        assertThat(vm.suggestedFileName()).isEqualTo("svar-" + interpellation.id() + ".pdf");
    }

    /**
     * Twenty years of matters are not offered (at 100 000 the list took 6.6 s and 159 MiB): the open ones, and the one
     * chosen in Ärenden whatever its status, chosen here too until another is chosen here.
     */
    @Test
    void theOpenMattersAreOfferedAndTheOneChosenInTheRegisterIsChosen() {
        Matter decided = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om en badplats")
                .status(Status.DECIDED).build());
        vm.kindProperty().set(BriefExportViewModel.Kind.MATTER);
        vm.load();
        assertThat(vm.matters()).extracting(Matter::id).contains(motion.id(), interpellation.id())
                .doesNotContain(decided.id());
        assertThat(vm.matterProperty().get()).isNull();

        context.chooseMatter(decided.id());
        vm.load();
        assertThat(vm.matters()).extracting(Matter::id).contains(decided.id(), motion.id());
        assertThat(vm.matterProperty().get().id()).isEqualTo(decided.id());

        vm.matterProperty().set(vm.matters().stream().filter(m -> m.id().equals(motion.id())).findFirst()
                .orElseThrow());
        vm.load();
        assertThat(vm.matterProperty().get().id()).as("chosen here, kept").isEqualTo(motion.id());
    }

    @Test
    void savedMatterBriefIsWrittenWhereTheUserChoseWithEveryName() throws Exception {
        vm.kindProperty().set(BriefExportViewModel.Kind.MATTER);
        vm.matterProperty().set(motion);
        dialogs.saveTo = out.resolve("ärende.pdf");
        vm.save();
        try (PDDocument doc = Loader.loadPDF(dialogs.saveTo.toFile())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("Motion om en integrationsplan", "Łukasz Şahin (V)");
        }
        assertThat(dialogs.notifications).containsExactly("Sparade ärende.pdf (1 sida).");
    }

    @Test
    void savingToAMissingFolderSaysWhyAndWritesNothing() throws Exception {
        dialogs.saveTo = out.resolve("finns-inte/underlag.pdf");
        vm.save();
        assertThat(vm.statusProperty().get()).startsWith("Det går inte att skriva underlaget till");
        assertThat(vm.busyProperty().get()).isFalse();
        try (var files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void printSendsThePreviewedBriefToThePrinter() {
        vm.preview();
        vm.print();
        assertThat(printed).containsExactly(vm.pdfProperty().get());
        assertThat(vm.statusProperty().get()).isEqualTo("Underlaget skickades till skrivaren.");
    }
}
