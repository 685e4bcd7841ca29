package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.ledamot.domain.minutes.Choice;
import se.ledamot.domain.minutes.MotionType;
import se.ledamot.l10n.Localization;

/** The keyboard's letters for a vote and a motion's type follow the window's language (walk26: Y cast nothing). */
@Isolated // it changes the language, which every test beside it would read
class KeyLettersTest {
    @AfterEach
    void swedishAgain() {
        Localization.setLocale(Localization.SWEDISH);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            sv, j, YES
            sv, N, NO
            sv, a, ABSTAIN
            en, y, YES
            en, n, NO
            en, A, ABSTAIN
            """)
    void aVoteIsCastByItsWordsLetter(String language, char typed, Choice cast) {
        Localization.setLocale(Localization.fromSetting(language));
        assertThat(KeyLetters.choice(typed)).contains(cast);
    }

    @Test
    void inEnglishJCastsNothingAndTheTypesAreShownByEnglishLetters() {
        Localization.setLocale(Localization.ENGLISH);
        assertThat(KeyLetters.choice('j')).isEmpty();
        assertThat(KeyLetters.of(MotionType.APPROVE_PROPOSAL)).isEqualTo('P');
        assertThat(KeyLetters.motion('r')).contains(MotionType.REJECT);
        Localization.setLocale(Localization.SWEDISH);
        assertThat(KeyLetters.of(MotionType.APPROVE_PROPOSAL)).isEqualTo('F');
        assertThat(KeyLetters.motion('a')).contains(MotionType.REJECT);
    }

    @Test
    void noTwoValuesShareALetterInEitherLanguage() {
        for (Locale language : new Locale[] {Localization.SWEDISH, Localization.ENGLISH}) {
            Localization.setLocale(language);
            assertThat(Arrays.stream(MotionType.values()).map(KeyLetters::of)).as("%s", language).doesNotHaveDuplicates();
            assertThat(Arrays.stream(Choice.values()).map(c -> KeyLetters.choice(Character.toLowerCase(
                    Localization.get("minutes.ui.choice." + c.code() + ".key").charAt(0))).orElseThrow()))
                    .as("%s", language).containsExactly(Choice.values());
        }
    }
}
