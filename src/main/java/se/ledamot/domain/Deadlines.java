package se.ledamot.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The deadlines of a matter under a set of rules. Only open matters have deadlines: a decided motion is no longer
 * late. The nearest deadline is the one shown.
 */
public final class Deadlines {
    private final List<DeadlineRule> rules;
    private final Function<Matter, Optional<UndatedDeadline>> undated;

    public Deadlines(List<DeadlineRule> rules) {
        this(rules, m -> Optional.empty());
    }

    /** Rules, and what says a clock runs for a matter that none of them gives a date yet. */
    public Deadlines(List<DeadlineRule> rules, Function<Matter, Optional<UndatedDeadline>> undated) {
        this.rules = List.copyOf(rules);
        this.undated = undated;
    }

    /** The rules that need nothing but the matter itself. */
    public static Deadlines standard() {
        return new Deadlines(List.of(DeadlineRule.ONE_YEAR, DeadlineRule.STATED_REPLY_DATE));
    }

    /** These rules and one more, such as "answer at the next meeting" once a meeting calendar is known. */
    public Deadlines with(DeadlineRule rule) {
        var all = new ArrayList<>(rules);
        all.add(rule);
        return new Deadlines(all, undated);
    }

    public List<Deadline> all(Matter matter) {
        if (!matter.lifecycle().isOpen(matter.status())) {
            return List.of();
        }
        return rules.stream().map(r -> r.deadlineOf(matter)).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Deadline::date)).toList();
    }

    public Optional<Deadline> nearest(Matter matter) {
        return all(matter).stream().findFirst();
    }

    /** A clock that runs for a matter without a date yet, when it has no dated deadline. */
    public Optional<UndatedDeadline> undated(Matter matter) {
        return nearest(matter).isPresent() ? Optional.empty() : undated.apply(matter);
    }

    /** Whole months since submission: the age of a motion, shown beside its deadline. */
    public static Optional<Long> ageInMonths(Matter matter, LocalDate today) {
        return matter.submittedDate().map(d -> ChronoUnit.MONTHS.between(d, today));
    }
}
