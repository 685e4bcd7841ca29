package se.ledamot.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the register shows of a matter, without its texts: enough for a row, its deadline and its filters, so that
 * 100 000 of them fit in memory and a page of them is read in one query. Open the matter itself to edit it.
 */
public record MatterSummary(long id, MatterKind kind, String number, String title, LocalDate submitted,
        List<Person> authors, Addressee addressee, Status status, Decision decision, LocalDate replyBy) {

    public MatterSummary {
        authors = List.copyOf(authors);
    }

    /**
     * The matter as far as deadlines and the register's columns need it: every field but the texts. Never save
     * it: its body, answer, clauses and questions are empty.
     */
    public Matter forDeadlines() {
        return new Matter(id, kind, number, title, "", submitted, null, authors, addressee, null, List.of(), List.of(),
                "", status, decision, replyBy, java.util.Set.of());
    }
}
