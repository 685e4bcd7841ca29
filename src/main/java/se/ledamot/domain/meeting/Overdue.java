package se.ledamot.domain.meeting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import se.ledamot.domain.Deadline;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;

/** Every open matter past one of its deadlines, longest overdue first. A matter past two deadlines shows twice. */
public final class Overdue {
    public record Entry(Matter matter, Deadline deadline, long daysOverdue) {
    }

    private Overdue() {
    }

    public static List<Entry> of(Collection<Matter> matters, Deadlines deadlines, LocalDate today) {
        return matters.stream()
                .flatMap(m -> deadlines.all(m).stream().filter(d -> d.isOverdue(today))
                        .map(d -> new Entry(m, d, -d.daysLeft(today))))
                .sorted(Comparator.comparingLong(Entry::daysOverdue).reversed()
                        .thenComparing(e -> e.matter().title()))
                .toList();
    }
}
