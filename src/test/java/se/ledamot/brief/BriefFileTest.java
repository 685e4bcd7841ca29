package se.ledamot.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.brief.doc.DebateBrief;
import se.ledamot.brief.layout.Document;
import se.ledamot.brief.layout.PdfWriter;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.DomainException;

class BriefFileTest {
    @TempDir
    Path folder;

    private static Document brief() {
        return DebateBrief.of(Samples.debate(9, "V"), null, Deadlines.standard(), Samples.TODAY, Samples.CREATED, Samples.ZONE);
    }

    @Test
    void cancellingHalfwayLeavesTheOldFileAndNoTemporaryOne() throws Exception {
        Path target = Files.writeString(folder.resolve("underlag.pdf"), "förra versionen");
        AtomicInteger pages = new AtomicInteger();
        PdfWriter.Progress stopAtThree = new PdfWriter.Progress() {
            @Override
            public void page(int done, int total) {
                pages.set(done);
            }

            @Override
            public boolean cancelled() {
                return pages.get() >= 3;
            }
        };
        assertThatThrownBy(() -> BriefFile.write(brief(), target, stopAtThree))
                .isInstanceOf(CancellationException.class);
        assertThat(pages.get()).isEqualTo(3);
        assertThat(Files.readString(target)).isEqualTo("förra versionen");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void temporaryFilesLeftByAKilledWriterGoWithTheNextBriefButOneBeingWrittenStays() throws Exception {
        Path target = folder.resolve("underlag.pdf");
        Path stale = Files.writeString(folder.resolve(".underlag.pdf4711.tmp"), "halv pdf från en dödad process");
        Path busy = folder.resolve(".underlag.pdf4712.tmp");
        Path otherTarget = Files.writeString(folder.resolve(".annat.pdf4713.tmp"), "någon annans");
        try (java.nio.channels.FileChannel writing = java.nio.channels.FileChannel.open(busy,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                java.nio.channels.FileLock held = writing.lock()) {
            BriefFile.write(brief(), target, PdfWriter.Progress.NONE);
            assertThat(stale).doesNotExist();
            assertThat(busy).exists();
            assertThat(otherTarget).exists();
            assertThat(target).exists();
        }
    }

    @Test
    void aNewBriefReplacesTheOldFileWhole() throws Exception {
        Path target = Files.writeString(folder.resolve("underlag.pdf"), "förra versionen");
        PdfWriter.Result result = BriefFile.write(brief(), target, PdfWriter.Progress.NONE);
        assertThat(result.pages()).isGreaterThan(9);
        assertThat(Files.readString(target, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.")
                .contains("%%EOF");
    }

    @Test
    void aFolderAsTargetIsRefusedWithAMessageKey() {
        assertThatThrownBy(() -> BriefFile.write(brief(), folder, PdfWriter.Progress.NONE))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("brief.error.unwritable"));
    }
}
