package se.ledamot.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields of a matter as the timeline names them. Each field renders its value as text so that a change can be
 * recorded as "field, old value, new value"; the one list that decides what a change is.
 */
public enum MatterField {
    KIND(m -> m.kind().code(), (b, m) -> b.kind(m.kind())),
    NUMBER(Matter::number, (b, m) -> b.number(m.number())),
    TITLE(Matter::title, (b, m) -> b.title(m.title())),
    BODY(Matter::body, (b, m) -> b.body(m.body())),
    SUBMITTED(m -> m.submitted() == null ? null : m.submitted().toString(),
            (b, m) -> b.submitted(m.submitted())),
    PLACE(Matter::place, (b, m) -> b.place(m.place())),
    AUTHORS(m -> m.authors().stream().map(Person::display).collect(Collectors.joining("; ")),
            (b, m) -> b.authors(m.authors())),
    ADDRESSEE(m -> m.addressee() == null ? null : String.join(", ",
            Objects.toString(m.addressee().name(), ""),
            Objects.toString(m.addressee().party(), ""),
            Objects.toString(m.addressee().role(), "")),
            (b, m) -> b.addressee(m.addressee())),
    RESPONSIBLE_BODY(Matter::responsibleBody, (b, m) -> b.responsibleBody(m.responsibleBody())),
    PROPOSALS(m -> String.join("\n", m.proposals()), (b, m) -> b.proposals(m.proposals())),
    QUESTIONS(m -> String.join("\n", m.questions()), (b, m) -> b.questions(m.questions())),
    ANSWER(Matter::answer, (b, m) -> b.answer(m.answer())),
    STATUS(m -> m.status().code(), (b, m) -> b.status(m.status())),
    DECISION(m -> m.decision() == null ? null : m.decision().code(), (b, m) -> b.decision(m.decision())),
    REPLY_BY(m -> m.replyBy() == null ? null : m.replyBy().toString(), (b, m) -> b.replyBy(m.replyBy())),
    TAGS(m -> m.tags().stream().sorted().collect(Collectors.joining(", ")), (b, m) -> b.tags(m.tags()));

    private final Function<Matter, String> text;
    private final BiConsumer<Matter.Builder, Matter> take;

    MatterField(Function<Matter, String> text, BiConsumer<Matter.Builder, Matter> take) {
        this.text = text;
        this.take = take;
    }

    /** Sets this field of the matter being built to its value in {@code from}. */
    public Matter.Builder take(Matter.Builder builder, Matter from) {
        take.accept(builder, from);
        return builder;
    }

    /** A text long enough that two people may each change a part of it (offered merged in a conflict). */
    public boolean longText() {
        return this == BODY || this == ANSWER;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value as text, with empty and missing alike as "". */
    public String textOf(Matter matter) {
        String value = text.apply(matter);
        return value == null ? "" : value;
    }

    public boolean differs(Matter a, Matter b) {
        return !textOf(a).equals(textOf(b));
    }
}
