package se.ledamot.domain;

/** How close a deadline is: what the register colours by. */
public enum Urgency {
    NONE,
    OK,
    SOON,
    OVERDUE
}
