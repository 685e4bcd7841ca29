package se.ledamot.l10n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Texts with arguments from formats made once per pattern and language (the register's rows made two each). */
// Alone, not beside other test classes (pom.xml runs those without a window two at a time): it sets Localization's
// language, which every class reads, to English.
@Isolated
class LocalizationFormatTest {
    @AfterEach
    void swedishAgain() {
        Localization.setLocale(Localization.SWEDISH);
    }

    @Test
    void aPatternKeepsEachLanguagesNumbersWhenTheLanguageChanges() {
        Localization.setLocale(Localization.SWEDISH);
        String swedish = Localization.get("ui.register.summary", 100_000, 100_000);
        Localization.setLocale(Localization.ENGLISH);
        assertThat(Localization.get("ui.register.summary", 100_000, 100_000)).isEqualTo("100,000 of 100,000 matters");
        Localization.setLocale(Localization.SWEDISH);
        assertThat(Localization.get("ui.register.summary", 100_000, 100_000)).isEqualTo(swedish)
                .matches("100\\h000 av 100\\h000 ärenden");
    }

    @Test
    void threadsFormattingAtOnceEachGetTheirOwnArguments() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> all = IntStream.range(0, 4).mapToObj(t -> threads.submit(() -> IntStream
                    .range(0, 2_000).allMatch(i -> Localization.get("ui.register.age", t * 10_000 + i)
                            .equals(new MessageFormat("{0,number,integer} mån", Localization.SWEDISH)
                                    .format(new Object[] {t * 10_000 + i})))))
                    .toList();
            for (Future<Boolean> each : all) {
                assertThat(each.get()).isTrue();
            }
        } finally {
            threads.shutdown();
        }
    }
}
