package se.ledamot.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields of a matter as the timeline names them. Each field renders its value as text so that a change can be
 * recorded as "field, old value, new value"; the one list that decides what a change is.
 */
public enum MatterField {
    KIND(m -> m.kind().code()),
    NUMBER(Matter::number),
    TITLE(Matter::title),
    BODY(Matter::body),
    SUBMITTED(m -> m.submitted() == null ? null : m.submitted().toString()),
    PLACE(Matter::place),
    AUTHORS(m -> m.authors().stream().map(Person::display).collect(Collectors.joining("; "))),
    ADDRESSEE(m -> m.addressee() == null ? null : String.join(", ",
            Objects.toString(m.addressee().name(), ""),
            Objects.toString(m.addressee().party(), ""),
            Objects.toString(m.addressee().role(), ""))),
    RESPONSIBLE_BODY(Matter::responsibleBody),
    PROPOSALS(m -> String.join("\n", m.proposals())),
    QUESTIONS(m -> String.join("\n", m.questions())),
    ANSWER(Matter::answer),
    STATUS(m -> m.status().code()),
    DECISION(m -> m.decision() == null ? null : m.decision().code()),
    REPLY_BY(m -> m.replyBy() == null ? null : m.replyBy().toString()),
    TAGS(m -> m.tags().stream().sorted().collect(Collectors.joining(", ")));

    private final Function<Matter, String> text;

    MatterField(Function<Matter, String> text) {
        this.text = text;
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
