package se.ledamot.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A council matter (ärende): a motion, an interpellation, a question, a citizen proposal, a referral, a speech or
 * something else. Immutable; change it through {@link #toBuilder()}.
 *
 * @param id          the store's id, null until stored
 * @param number      registration number (diarienummer), e.g. "KS 2015/123"
 * @param proposals   proposal clauses (att-satser) without the leading "att"
 * @param questions   numbered questions, in order, without their numbers
 * @param replyBy     a stated reply date (a referral's "svar senast"), if any
 */
public record Matter(
        Long id,
        MatterKind kind,
        String number,
        String title,
        String body,
        LocalDate submitted,
        String place,
        List<Person> authors,
        Addressee addressee,
        String responsibleBody,
        List<String> proposals,
        List<String> questions,
        String answer,
        Status status,
        Decision decision,
        LocalDate replyBy,
        Set<String> tags) {

    /**
     * Every text is checked against its {@link Limit} here, so a matter that exists fits the database: one-line
     * fields hold no control characters and are refused when too long, with the field and the limit in the message.
     */
    public Matter {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        title = Limit.TITLE.check(title);
        if (title == null) {
            throw new DomainException("matter.title.missing");
        }
        if (!Lifecycle.of(kind).statuses().contains(status)) {
            throw new DomainException("lifecycle.status.notForKind", status, kind);
        }
        number = Limit.NUMBER.check(number);
        body = body == null ? "" : Limit.text(body);
        place = Limit.PLACE.check(place);
        authors = List.copyOf(authors == null ? List.of() : authors);
        authors.forEach(Matter::checkPerson);
        addressee = addressee == null || addressee.isEmpty() ? null : addressee;
        if (addressee != null) {
            Limit.NAME.check(addressee.name());
            Limit.PARTY.check(addressee.party());
            Limit.ROLE.check(addressee.role());
        }
        responsibleBody = Limit.RESPONSIBLE_BODY.check(responsibleBody);
        proposals = cleanList(proposals);
        questions = cleanList(questions);
        answer = answer == null ? "" : Limit.text(answer);
        Set<String> checkedTags = new LinkedHashSet<>();
        for (String tag : tags == null ? Set.<String>of() : tags) {
            String t = Limit.TAG.check(tag);
            if (t != null) {
                checkedTags.add(t);
            }
        }
        tags = Set.copyOf(checkedTags);
    }

    /** Names and parties are kept with the matter, so the matter checks they fit. */
    static void checkPerson(Person p) {
        Limit.NAME.check(p.name());
        Limit.PARTY.check(p.party());
    }

    /** A new matter of a kind, in the first status of its lifecycle. */
    public static Builder newMatter(MatterKind kind, String title) {
        return new Builder().kind(kind).title(title).status(Lifecycle.of(kind).initial());
    }

    public Lifecycle lifecycle() {
        return Lifecycle.of(kind);
    }

    public Optional<LocalDate> submittedDate() {
        return Optional.ofNullable(submitted);
    }

    /** The parties of the authors, in order, once each. */
    public List<String> parties() {
        return authors.stream().map(Person::party).filter(Objects::nonNull).distinct().toList();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Moves the matter to another status, refusing a step its lifecycle does not allow. */
    public Matter moveTo(Status next) {
        lifecycle().check(status, next);
        return toBuilder().status(next).build();
    }

    /**
     * The body as papers print it above the answer: a text imported whole (a blog post with the question and the
     * answer) ends where its answer begins, so the answer is printed once, under its own heading. A body that does
     * not hold the answer is the body.
     */
    public String bodyBeforeAnswer() {
        String first = answer.strip().lines().findFirst().orElse("").strip();
        int at = first.isEmpty() ? -1 : body.indexOf(first);
        return at < 0 ? body : body.substring(0, at).stripTrailing();
    }

    private static List<String> cleanList(List<String> items) {
        if (items == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String item : items) {
            String text = item == null ? "" : Limit.text(item).strip();
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
        return List.copyOf(out);
    }

    /** Told by {@link Builder#fitted} of each field it had to cut or leave out. */
    public interface Fitting {
        void cut(MatterField field, Limit limit);

        void dropped(MatterField field, LocalDate date);
    }

    public static final class Builder {
        private Long id;
        private MatterKind kind = MatterKind.OTHER;
        private String number;
        private String title;
        private String body;
        private LocalDate submitted;
        private String place;
        private List<Person> authors = List.of();
        private Addressee addressee;
        private String responsibleBody;
        private List<String> proposals = List.of();
        private List<String> questions = List.of();
        private String answer;
        private Status status = Status.DRAFT;
        private Decision decision;
        private LocalDate replyBy;
        private Set<String> tags = Set.of();

        public Builder() {
        }

        private Builder(Matter m) {
            id = m.id;
            kind = m.kind;
            number = m.number;
            title = m.title;
            body = m.body;
            submitted = m.submitted;
            place = m.place;
            authors = m.authors;
            addressee = m.addressee;
            responsibleBody = m.responsibleBody;
            proposals = m.proposals;
            questions = m.questions;
            answer = m.answer;
            status = m.status;
            decision = m.decision;
            replyBy = m.replyBy;
            tags = m.tags;
        }

        public Builder id(Long v) { id = v; return this; }
        public Builder kind(MatterKind v) { kind = v; return this; }
        public Builder number(String v) { number = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder body(String v) { body = v; return this; }
        public Builder submitted(LocalDate v) { submitted = v; return this; }
        public Builder place(String v) { place = v; return this; }
        public Builder authors(List<Person> v) { authors = v; return this; }
        public Builder addressee(Addressee v) { addressee = v; return this; }
        public Builder responsibleBody(String v) { responsibleBody = v; return this; }
        public Builder proposals(List<String> v) { proposals = v; return this; }
        public Builder questions(List<String> v) { questions = v; return this; }
        public Builder answer(String v) { answer = v; return this; }
        public Builder status(Status v) { status = v; return this; }
        public Builder decision(Decision v) { decision = v; return this; }
        public Builder replyBy(LocalDate v) { replyBy = v; return this; }
        public Builder tags(Set<String> v) { tags = v; return this; }

        /**
         * Makes what was read from a file fit: each one-line text longer than its {@link Limit} is cut
         * ({@link Limit#fit}) and each date outside the range is left out, and the report hears of each field. A
         * misread field must not stop a file; the user checks the fields reported before storing.
         */
        public Builder fitted(Fitting report) {
            number = fit(Limit.NUMBER, number, MatterField.NUMBER, report);
            title = fit(Limit.TITLE, title, MatterField.TITLE, report);
            place = fit(Limit.PLACE, place, MatterField.PLACE, report);
            responsibleBody = fit(Limit.RESPONSIBLE_BODY, responsibleBody, MatterField.RESPONSIBLE_BODY, report);
            authors = authors == null ? null : authors.stream().map(p -> new Person(
                    fit(Limit.NAME, p.name(), MatterField.AUTHORS, report),
                    fit(Limit.PARTY, p.party(), MatterField.AUTHORS, report))).toList();
            if (addressee != null) {
                addressee = new Addressee(fit(Limit.NAME, addressee.name(), MatterField.ADDRESSEE, report),
                        fit(Limit.PARTY, addressee.party(), MatterField.ADDRESSEE, report),
                        fit(Limit.ROLE, addressee.role(), MatterField.ADDRESSEE, report));
            }
            if (tags != null) {
                tags = tags.stream().map(t -> fit(Limit.TAG, t, MatterField.TAGS, report))
                        .filter(Objects::nonNull).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
            }
            submitted = inRange(submitted, MatterField.SUBMITTED, report);
            replyBy = inRange(replyBy, MatterField.REPLY_BY, report);
            return this;
        }

        private static String fit(Limit limit, String value, MatterField field, Fitting report) {
            if (!limit.fits(value)) {
                report.cut(field, limit);
            }
            return limit.fit(value);
        }

        private static LocalDate inRange(LocalDate date, MatterField field, Fitting report) {
            if (Limit.isDateInRange(date)) {
                return date;
            }
            report.dropped(field, date);
            return null;
        }

        public Matter build() {
            return new Matter(id, kind, number, title, body, submitted, place, authors, addressee, responsibleBody,
                    proposals, questions, answer, status, decision, replyBy, tags);
        }
    }
}
