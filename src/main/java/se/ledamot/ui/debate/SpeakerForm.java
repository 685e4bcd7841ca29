package se.ledamot.ui.debate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Person;
import se.ledamot.domain.debate.Debate;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeakerList;
import se.ledamot.domain.debate.SpeechKind;

/**
 * The form a speaker is added with: who, a speech or a replik, and the minutes.
 *
 * <p>The minutes proposed are the body's limit for the speech chosen, as the domain counts it ({@link
 * SpeakerList#limitAt}): a speaker's first anförande on the item, a later one, or a replik. Every speaker got 3
 * whatever the limits (a tester's walk: "första anförandet högst 5 min"). Minutes she sets herself stay while she
 * types that speaker; the next one (the name emptied, as adding does) gets the proposal again.
 *
 * <p>A name typed is matched, whatever its case, with the people Debatt knows: the body's seats and the matter's
 * authors and addressee. One found is stored as the register spells it, with its party when none is typed ("emma
 * ramhult (v)" was stored in lower case, and not known as the Emma Ramhult (V) who spoke before). A name of nobody
 * known, or of two, is kept as typed: the capitals of a name are not guessed.
 */
final class SpeakerForm {
    /** Proposed when the body sets no limit, as before limits were followed. */
    private static final int NO_LIMIT = 3;

    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<SpeechKind> kind = new SimpleObjectProperty<>(SpeechKind.SPEECH);
    final IntegerProperty minutes = new SimpleIntegerProperty(NO_LIMIT);
    /** The debate shown; null while none is. */
    private final Supplier<Debate> shown;
    /** The seats of the meeting's body. */
    private final Supplier<List<Person>> seated;
    private boolean proposing;
    private boolean byHand;

    SpeakerForm(ObservableValue<Debate> shown, Supplier<List<Person>> seated) {
        this.shown = shown::getValue;
        this.seated = seated;
        minutes.addListener((o, was, now) -> byHand |= !proposing);
        name.addListener((o, was, now) -> {
            if (now == null || now.isBlank()) {
                byHand = false;
            }
            propose();
        });
        kind.addListener((o, was, now) -> propose());
        shown.addListener((o, was, now) -> propose());
    }

    /** The speaker the form holds, with {@code text} as her notes; refused as {@link Person#parse} refuses. */
    Speaker speaker(String text) {
        return new Speaker(person(name.get()), kind.get(), minutes.get(), text);
    }

    /** The minutes of the speech the form holds, unless she chose them herself. */
    private void propose() {
        Debate d = shown.get();
        if (byHand || d == null) {
            return;
        }
        SpeakerList list = d.speakers();
        int limit;
        try {
            List<Speaker> next = new ArrayList<>(list.speakers());
            next.add(new Speaker(person(name.get()), kind.get(), 1, ""));
            limit = new SpeakerList(list.matter(), list.limits(), next).limitAt(next.size() - 1);
        } catch (DomainException unreadable) { // no name yet, or half typed: a speaker not heard yet
            limit = list.limits().limitFor(kind.get(), true);
        }
        proposing = true;
        try {
            minutes.set(limit > 0 ? limit : NO_LIMIT);
        } finally {
            proposing = false;
        }
    }

    /** The person typed, as the register spells her when she is known; as typed when not. */
    private Person person(String typed) {
        Person p = Person.parse(typed);
        List<Person> found = known().filter(k -> key(k).equals(key(p))
                && (p.party() == null || p.party().equals(k.party()))).distinct().toList();
        if (found.size() != 1) {
            return p;
        }
        Person k = found.getFirst();
        return new Person(k.name(), k.party() != null ? k.party() : p.party());
    }

    private Stream<Person> known() {
        Debate d = shown.get();
        Stream<Person> ofMatter = d == null ? Stream.empty() : Stream.concat(d.matter().authors().stream(),
                d.matter().addressee() == null || d.matter().addressee().name() == null ? Stream.empty()
                        : Stream.of(new Person(d.matter().addressee().name(), d.matter().addressee().party())));
        return Stream.concat(seated.get().stream(), ofMatter);
    }

    /** The same person, as the list of speakers finds her: by name, whatever its case and spaces. */
    private static String key(Person p) {
        return p.name().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
