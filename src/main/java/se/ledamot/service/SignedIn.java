package se.ledamot.service;

/**
 * The person working, as a shared server's administrator enrolled them: their name ("" when none was given or the
 * copy does not know it) and party group ("" for the secretariat).
 */
public record SignedIn(String name, String group) {
}
