package se.ledamot.l10n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import se.ledamot.domain.Decision;
import se.ledamot.domain.DeadlineType;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.answer.VersionReason;
import se.ledamot.domain.debate.SpeechKind;
import se.ledamot.domain.meeting.AgendaSuggestion;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.domain.meeting.Stance;

/** Swedish and English say the same things: the same keys in every bundle, and every key used in code exists. */
// Alone, not beside other test classes (pom.xml runs those without a window two at a time): it changes the JVM's default locale.
@Isolated
class LocalizationTest {

    @AfterEach
    void backToSwedish() {
        Localization.setLocale(Localization.SWEDISH);
    }

    @Test
    void swedishAndEnglishBundlesHaveTheSameKeys() {
        var sv = Localization.bundles(Localization.SWEDISH);
        var en = Localization.bundles(Localization.ENGLISH);
        for (int i = 0; i < sv.size(); i++) {
            assertThat(en.get(i).keySet()).as(Localization.BUNDLES.get(i))
                    .containsExactlyInAnyOrderElementsOf(sv.get(i).keySet());
        }
    }

    /** A kind said inside a sentence is a common noun, in lower case: "ärendetypen motion", not "Motion". */
    @Test
    void aKindInsideAMessageIsWrittenInLowerCase() {
        assertThat(Localization.message(new se.ledamot.domain.DomainException("brief.error.noAnswer", 2L,
                MatterKind.CITIZEN_PROPOSAL))).startsWith("Ärende 2 (medborgarförslag) har inga frågor att besvara.");
        assertThat(Localization.message(new se.ledamot.domain.DomainException("lifecycle.status.notForKind",
                Status.ANSWERED, MatterKind.MOTION))).endsWith("finns inte för ärendetypen motion.");
        Localization.setLocale(Localization.ENGLISH);
        assertThat(Localization.message(new se.ledamot.domain.DomainException("brief.error.noAnswer", 2L,
                MatterKind.CITIZEN_PROPOSAL))).startsWith("Matter 2 (citizen proposal) has no questions");
    }

    /**
     * A text with arguments goes through MessageFormat, where a lone apostrophe starts a quote and is dropped
     * ("the chair's vote" printed "the chairs vote"): it must be doubled, and written four times inside a choice
     * whose text has arguments of its own.
     */
    @Test
    void anApostropheInATextWithArgumentsIsWrittenSoThatItIsPrinted() {
        Pattern lone = Pattern.compile("(?<=\\p{L})'(?!')");
        List<String> wrong = new ArrayList<>();
        for (Locale language : List.of(Localization.SWEDISH, Localization.ENGLISH)) {
            for (ResourceBundle b : Localization.bundles(language)) {
                for (String key : Collections.list(b.getKeys())) {
                    String text = b.getString(key);
                    if (text.matches("(?s).*\\{\\d.*") && lone.matcher(text).find()) {
                        wrong.add(language + " " + key);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * English27: a status line read "Sparar …" and "Saving …" where the rest of the window writes "Sparar…" (menus,
     * buttons, the other status lines): an ellipsis follows its word in every text of both languages.
     */
    @Test
    void anEllipsisFollowsItsWordWithoutASpace() {
        List<String> spaced = new ArrayList<>();
        for (Locale language : List.of(Localization.SWEDISH, Localization.ENGLISH)) {
            for (ResourceBundle b : Localization.bundles(language)) {
                for (String key : Collections.list(b.getKeys())) {
                    if (b.getString(key).matches("(?s).*\\s(…|\\.\\.\\.).*")) {
                        spaced.add(language + " " + key + "=" + b.getString(key));
                    }
                }
            }
        }
        assertThat(spaced).isEmpty();
    }

    @Test
    void noKeyIsDefinedInTwoBundles() {
        Set<String> seen = new HashSet<>();
        for (ResourceBundle b : Localization.bundles(Localization.SWEDISH)) {
            for (String key : Collections.list(b.getKeys())) {
                assertThat(seen.add(key)).as("defined twice: " + key).isTrue();
            }
        }
    }

    @Test
    void swedishIsTheDefaultEvenOnAnEnglishMachine() {
        assertThat(Localization.fromSetting(null)).isEqualTo(Localization.SWEDISH);
        assertThat(Localization.fromSetting("en_GB")).isEqualTo(Localization.ENGLISH);
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            Localization.setLocale(Localization.SWEDISH);
            assertThat(Localization.kind(MatterKind.QUESTION)).isEqualTo("Fråga");
        } finally {
            Locale.setDefault(before);
        }
        Localization.setLocale(Localization.ENGLISH);
        assertThat(Localization.kind(MatterKind.QUESTION)).isEqualTo("Question");
    }

    @ParameterizedTest
    @EnumSource(MatterKind.class)
    void everyKindHasAName(MatterKind kind) {
        assertThat(Localization.kind(kind)).isNotBlank();
    }

    @Test
    void everyStatusDecisionAndDeadlineTypeHasAName() {
        for (Status s : Status.values()) {
            assertThat(Localization.status(s)).isNotBlank();
        }
        for (Decision d : Decision.values()) {
            assertThat(Localization.decision(d)).isNotBlank();
        }
        for (DeadlineType t : DeadlineType.values()) {
            assertThat(Localization.get("deadline." + t.code())).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource(textBlock = """
            MOTION,           SUBMITTED,     Inlämnad
            CITIZEN_PROPOSAL, SUBMITTED,     Inlämnat
            CITIZEN_PROPOSAL, STRUCK_OFF,    Avskrivet
            CITIZEN_PROPOSAL, REFERRED_BACK, Återremitterat
            MOTION,           TABLED,        Bordlagd
            MOTION,           REFERRED_BACK, Återremitterad
            MOTION,           STRUCK_OFF,    Avskriven
            REFERRAL,         RECEIVED,      Inkommen
            REFERRAL,         ANSWERED,      Besvarad
            QUESTION,         ANSWERED,      Besvarad
            INTERPELLATION,   ANSWER_READY,  Svar klart
            SPEECH,           HELD,          Hållet
            OTHER,            CLOSED,        Avslutat
            """)
    void statusesSayWhatARegisterSaysInTheKindsGender(MatterKind kind, Status status, String swedish) {
        assertThat(Localization.status(kind, status)).isEqualTo(swedish);
    }

    @Test
    void aLegendOverSeveralKindsGivesEachFormOnce() {
        assertThat(Localization.status(List.of(MatterKind.MOTION, MatterKind.INTERPELLATION), Status.SUBMITTED))
                .isEqualTo("Inlämnad");
        assertThat(Localization.status(List.of(MatterKind.CITIZEN_PROPOSAL, MatterKind.MOTION), Status.SUBMITTED))
                .isEqualTo("Inlämnad/inlämnat");
        assertThat(Localization.status(List.of(MatterKind.CITIZEN_PROPOSAL), Status.STRUCK_OFF)).isEqualTo("Avskrivet");
    }

    @Test
    void noStatusIsCalledWhatNoRegisterCallsIt() {
        for (MatterKind kind : MatterKind.values()) {
            for (Status s : se.ledamot.domain.Lifecycle.of(kind).statuses()) {
                assertThat(Localization.status(kind, s)).as(kind + " " + s)
                        .isNotBlank().isNotIn("Debatterad", "Yttrande skrivet", "Mottagen", "Skickad");
            }
        }
    }

    @Test
    void everyKeyNamedInTheCodeExists() throws IOException {
        // Whole keys only: "kind." + code is a prefix completed at run time and checked by the enum tests.
        Pattern literal = Pattern.compile("(?:get|DomainException|StoreException|descriptionKey\\s*=)\\(?\\s*\"([a-z][\\w.]*\\w)\"");
        Set<String> missing = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    boolean known = Localization.bundles(Localization.SWEDISH).stream().anyMatch(b -> b.containsKey(key));
                    if (!known && key.contains(".")) {
                        missing.add(f.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Keys completed at run time from an enum ("meeting.status." + code): every value has its text in both languages. */
    @Test
    void everyKeyFamilyHasATextForEveryValue() {
        Map<String, List<String>> families = new LinkedHashMap<>();
        families.put("meeting.status.", codes(MeetingStatus.values(), MeetingStatus::code));
        families.put("debate.kind.", codes(SpeechKind.values(), SpeechKind::code));
        families.put("stance.", codes(Stance.values(), Stance::code));
        families.put("suggestion.", codes(AgendaSuggestion.Reason.values(), r -> r.name().toLowerCase(Locale.ROOT)));
        families.put("answer.reason.", codes(VersionReason.values(), VersionReason::code));
        families.put("ui.field.", codes(MatterField.values(), MatterField::code));
        families.put("kind.", codes(MatterKind.values(), MatterKind::code));
        families.put("status.", codes(Status.values(), Status::code));
        families.put("deadline.", codes(DeadlineType.values(), DeadlineType::code));
        families.put("find.group.", codes(se.ledamot.search.HitType.values(), se.ledamot.search.HitType::code));
        families.put("ui.sync.conflicts.why.", codes(se.ledamot.domain.sync.ConflictKind.values(),
                k -> k.name().toLowerCase(Locale.ROOT)));
        List<String> missing = new ArrayList<>();
        for (Locale locale : List.of(Localization.SWEDISH, Localization.ENGLISH)) {
            var bundles = Localization.bundles(locale);
            families.forEach((prefix, values) -> values.stream().map(prefix::concat)
                    .filter(key -> bundles.stream().noneMatch(b -> b.containsKey(key)))
                    .forEach(key -> missing.add(locale + ": " + key)));
        }
        assertThat(missing).isEmpty();
    }

    /** English26b: Import's rows read "Check 1 fields", an answer "1 words", the password "1 backups … were". */
    @Test
    void englishCountsAreSingularForOne() {
        Localization.setLocale(Localization.ENGLISH);
        assertThat(List.of(Localization.get("importer.ui.state.check", 1), Localization.get("importer.ui.state.check",
                2), Localization.get("answer.words", 1), Localization.get("answer.words", 0),
                Localization.get("answer.version.row", 2, "a", "b", 1), Localization.get("cli.password.backupsKept", 1,
                "/b"), Localization.get("cli.password.backupsKept", 3, "/b"))).containsExactly("Check 1 field",
                "Check 2 fields", "1 word", "0 words", "Version 2 · a · b · 1 word",
                "1 backup in /b was made under an earlier password and keeps it.",
                "3 backups in /b were made under an earlier password and keep it.");
        assertThat(Localization.get("store.password.backupsNotRekeyed", 1, "/b")).contains("But 1 backup in /b");
        assertThat(Localization.get("importer.ui.state.duplicateSameTitle", 2)).isEqualTo("Already stored as matter 2");
    }

    private static <E> List<String> codes(E[] values, Function<E, String> code) {
        return Arrays.stream(values).map(code).toList();
    }
}
