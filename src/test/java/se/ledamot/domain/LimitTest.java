package se.ledamot.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeechKind;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Position;

class LimitTest {

    private static void refusedAsTooLong(Runnable make, Limit limit, int length) {
        assertThatThrownBy(make::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.key()).isEqualTo("limit.tooLong");
            assertThat(e.args()).containsExactly(limit, limit.max(), length);
        });
    }

    @Test
    void everyBoundedTextIsRefusedOneCharacterOverItsLimitAndKeptAtIt() {
        Matter.Builder motion = Matter.newMatter(MatterKind.MOTION, "Motion");
        Map<Limit, java.util.function.Function<String, Object>> makers = Map.ofEntries(
                Map.entry(Limit.NUMBER, s -> motion.number(s).build()),
                Map.entry(Limit.TITLE, s -> Matter.newMatter(MatterKind.MOTION, s).build()),
                Map.entry(Limit.PLACE, s -> new Meeting(null, "KF", LocalDate.of(2026, 12, 14), null, s, null)),
                Map.entry(Limit.NAME, s -> Matter.newMatter(MatterKind.MOTION, "M")
                        .authors(List.of(new Person(s, "V"))).build()),
                Map.entry(Limit.PARTY, s -> Matter.newMatter(MatterKind.MOTION, "M")
                        .addressee(new Addressee("Anna Ek", s, null)).build()),
                Map.entry(Limit.ROLE, s -> Matter.newMatter(MatterKind.MOTION, "M")
                        .addressee(new Addressee(null, null, s)).build()),
                Map.entry(Limit.RESPONSIBLE_BODY, s -> Matter.newMatter(MatterKind.MOTION, "M").responsibleBody(s)
                        .build()),
                Map.entry(Limit.TAG, s -> Matter.newMatter(MatterKind.MOTION, "M").tags(Set.of(s)).build()),
                Map.entry(Limit.BODY_CODE, s -> new Body(s, "Nämnd", false, 0, 0, 0)),
                Map.entry(Limit.BODY_NAME, s -> new Body("BUN", s, false, 0, 0, 0)),
                Map.entry(Limit.AGENDA_TEXT, s -> AgendaItem.freeText(1, 1, s)),
                Map.entry(Limit.SPEAKER, s -> Position.undecided(1, "V").withSpeaker(s)),
                Map.entry(Limit.GROUP, s -> Position.undecided(1, s)));
        assertThat(makers.keySet()).containsExactlyInAnyOrder(Limit.values());
        makers.forEach((limit, make) -> {
            assertThat(make.apply("A".repeat(limit.max()))).as(limit.name()).isNotNull();
            refusedAsTooLong(() -> make.apply("A".repeat(limit.max() + 1)), limit, limit.max() + 1);
        });
    }

    @Test
    void aSpeakerInADebateHasANameThatFits() {
        Person longName = new Person("A".repeat(201), "V");
        refusedAsTooLong(() -> new Speaker(longName, SpeechKind.SPEECH, 3, ""), Limit.NAME, 201);
    }

    /** The limits are the columns' sizes: a limit that drifts from its column would let SQL refuse again. */
    @Test
    void theLimitsAreTheSizesOfTheirColumns() throws Exception {
        StringBuilder sql = new StringBuilder();
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path f : files.sorted().toList()) {
                sql.append(Files.readString(f));
            }
        }
        Map<Limit, String> columns = Map.ofEntries(Map.entry(Limit.NUMBER, "number"),
                Map.entry(Limit.TITLE, "title"), Map.entry(Limit.PLACE, "place"),
                Map.entry(Limit.NAME, "addressee_name"), Map.entry(Limit.PARTY, "addressee_party"),
                Map.entry(Limit.ROLE, "addressee_role"), Map.entry(Limit.RESPONSIBLE_BODY, "responsible_body"),
                Map.entry(Limit.TAG, "tag"), Map.entry(Limit.BODY_CODE, "body_code"),
                Map.entry(Limit.BODY_NAME, "name"), Map.entry(Limit.AGENDA_TEXT, "text"),
                Map.entry(Limit.SPEAKER, "speaker"), Map.entry(Limit.GROUP, "group_code"));
        columns.forEach((limit, column) -> {
            Matcher m = Pattern.compile("(?m)^\\s+" + column + "\\s+VARCHAR\\((\\d+)\\)").matcher(sql);
            List<Integer> sizes = new ArrayList<>();
            while (m.find()) {
                sizes.add(Integer.parseInt(m.group(1)));
            }
            assertThat(sizes).as(limit + " / " + column).isNotEmpty().contains(limit.max());
        });
        // Every name and party column is as wide as NAME and PARTY.
        Matcher names = Pattern.compile("(?m)^\\s+(name|party|addressee_name|addressee_party)\\s+VARCHAR\\((\\d+)\\)")
                .matcher(sql);
        while (names.find()) {
            int size = Integer.parseInt(names.group(2));
            assertThat(size).as(names.group()).isIn(Limit.NAME.max(), Limit.PARTY.max());
        }
    }

    @Test
    void oneLineTextsLoseTheirControlCharactersAndLineBreaksBecomeSpaces() {
        assertThat(Limit.line(" Motion om\nskolan\tnu ")).isEqualTo("Motion om skolan nu");
        assertThat(Limit.line("a\u0000b\u001B[31mc\u0007d\u009Be")).isEqualTo("ab[31mcde");
        assertThat(Limit.line("\u0000 \n")).isNull();
        assertThat(Matter.newMatter(MatterKind.MOTION, "Rubrik\u001B med\nbrytning").build().title())
                .isEqualTo("Rubrik med brytning");
        assertThat(new Person("Anna\u0007 Ek", "v").display()).isEqualTo("Anna Ek (V)");
    }

    @Test
    void freeTextsKeepTheirLinesAndTabsButNotOtherControlCharacters() {
        assertThat(Limit.text("rad ett\r\nrad två\tflik\u0000\u001B\fsida")).isEqualTo("rad ett\nrad två\tflik\nsida");
        Matter m = Matter.newMatter(MatterKind.MOTION, "M").body("a\u0007b\r\nc").proposals(List.of("\u0000", "x\u001By"))
                .build();
        assertThat(m.body()).isEqualTo("ab\nc");
        assertThat(m.proposals()).containsExactly("xy");
    }

    @Test
    void theFirstControlCharacterIsNamedForTheCommandLine() {
        assertThat(Limit.firstControl("Rubrik\u001B[31m", false)).contains("U+001B");
        assertThat(Limit.firstControl("två\nrader", false)).contains("U+000A");
        assertThat(Limit.firstControl("två\nrader\tmed flik", true)).isEmpty();
        assertThat(Limit.firstControl("klocka\u0007", true)).contains("U+0007");
        assertThat(Limit.firstControl("Åsa Öberg", false)).isEmpty();
    }

    @Test
    void keysAreRefusedWhenTooLongNeverCut() {
        assertThat(Position.groupCode(" mp ")).isEqualTo("MP");
        refusedAsTooLong(() -> Position.groupCode("A".repeat(25)), Limit.GROUP, 25);
        refusedAsTooLong(() -> Body.normalize("B".repeat(21)), Limit.BODY_CODE, 21);
        assertThatThrownBy(() -> Position.groupCode("\u0000"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("position.group.missing"));
    }

    @Test
    void datesOutsideTheRangeAreRefused() {
        assertThat(Limit.date(LocalDate.of(1900, 1, 1))).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(Limit.date(LocalDate.of(2200, 12, 31))).isEqualTo(LocalDate.of(2200, 12, 31));
        assertThat(Limit.date(null)).isNull();
        for (LocalDate bad : List.of(LocalDate.of(99999, 1, 1), LocalDate.of(1899, 12, 31), LocalDate.of(2201, 1, 1))) {
            assertThatThrownBy(() -> Limit.date(bad)).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.args()).containsExactly(bad.toString(), 1900, 2200));
        }
    }

    @Test
    void anAuthorNeedsAName() {
        for (String text : List.of("(V)", " ( S ) ", "123", "-", "(V) Anna")) {
            assertThatThrownBy(() -> Person.parse(text)).as(text).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.key()).isEqualTo("person.name.invalid"));
        }
        assertThat(Person.parse("Åsa Öberg (mp)").display()).isEqualTo("Åsa Öberg (MP)");
        assertThat(Person.parse("Anna Ek")).isEqualTo(new Person("Anna Ek", null));
    }

    @Test
    void fittingCutsAtAWordWithAnEllipsisAndKeepsWhatFits() {
        String place = "Kommunhusets stora sessionssal " + "och ".repeat(60);
        String cut = Limit.PLACE.fit(place);
        assertThat(cut).hasSizeLessThanOrEqualTo(Limit.PLACE.max()).endsWith("…").startsWith("Kommunhusets stora");
        assertThat(cut).doesNotEndWith(" …");
        assertThat(Limit.PLACE.fit("Stenungsund")).isEqualTo("Stenungsund");
        String noSpaces = "Ö" + "a".repeat(250);
        assertThat(Limit.PLACE.fit(noSpaces)).hasSize(Limit.PLACE.max()).endsWith("a…");
        String emoji = "😀".repeat(150);
        String fitted = Limit.PLACE.fit(emoji);
        assertThat(fitted.length()).isLessThanOrEqualTo(Limit.PLACE.max());
        assertThat(Character.isHighSurrogate(fitted.charAt(fitted.length() - 2))).isFalse();
    }

    @Test
    void aBuilderFromAFileIsMadeToFitAndTellsWhichFields() {
        List<String> told = new ArrayList<>();
        Matter.Fitting report = new Matter.Fitting() {
            @Override
            public void cut(MatterField field, Limit limit) {
                told.add(field + " " + limit.max());
            }

            @Override
            public void dropped(MatterField field, LocalDate date) {
                told.add(field + " " + date);
            }
        };
        Matter m = Matter.newMatter(MatterKind.MOTION, "T".repeat(600)).place("Ö" + "a".repeat(250))
                .authors(List.of(new Person("Anna Ek", "V"), new Person("N".repeat(300), null)))
                .addressee(new Addressee(null, null, "ordförande " + "x".repeat(400)))
                .submitted(LocalDate.of(9999, 1, 1)).replyBy(LocalDate.of(2026, 6, 30))
                .fitted(report).build();
        assertThat(m.title()).hasSize(Limit.TITLE.max());
        assertThat(m.place()).hasSize(Limit.PLACE.max());
        assertThat(m.authors().get(0)).isEqualTo(new Person("Anna Ek", "V"));
        assertThat(m.authors().get(1).name()).hasSize(Limit.NAME.max());
        assertThat(m.addressee().role()).hasSizeLessThanOrEqualTo(Limit.ROLE.max());
        assertThat(m.submitted()).isNull();
        assertThat(m.replyBy()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(told).containsExactly("TITLE 500", "PLACE 200", "AUTHORS 200", "ADDRESSEE 300",
                "SUBMITTED 9999-01-01");
    }
}
