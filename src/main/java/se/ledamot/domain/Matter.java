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

    public static final int MAX_TITLE_LENGTH = 500;

    public Matter {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        title = title == null ? "" : title.strip();
        if (title.isEmpty()) {
            throw new DomainException("matter.title.missing");
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new DomainException("matter.title.tooLong", MAX_TITLE_LENGTH);
        }
        if (!Lifecycle.of(kind).statuses().contains(status)) {
            throw new DomainException("lifecycle.status.notForKind", status, kind);
        }
        number = blankToNull(number);
        body = body == null ? "" : body;
        place = blankToNull(place);
        authors = List.copyOf(authors == null ? List.of() : authors);
        addressee = addressee == null || addressee.isEmpty() ? null : addressee;
        responsibleBody = blankToNull(responsibleBody);
        proposals = cleanList(proposals);
        questions = cleanList(questions);
        answer = answer == null ? "" : answer;
        tags = Set.copyOf(new LinkedHashSet<>(tags == null ? Set.of() : tags));
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> cleanList(List<String> items) {
        if (items == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String item : items) {
            if (item != null && !item.isBlank()) {
                out.add(item.strip());
            }
        }
        return List.copyOf(out);
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

        public Matter build() {
            return new Matter(id, kind, number, title, body, submitted, place, authors, addressee, responsibleBody,
                    proposals, questions, answer, status, decision, replyBy, tags);
        }
    }
}
