package se.ledamot.importer.parse;

/**
 * One step of reading a council text: finds one field, or a few that come together (a date and its place), and
 * records it with how sure it is. Steps run in the order of {@link CouncilTextParser#STEPS}; each may read what the
 * steps before it found (the heading the kind step found, the lines a signature took). An extractor never throws on
 * any text; only the file's budget may stop it.
 */
@FunctionalInterface
interface Extractor {
    void extract(CouncilText text, Findings found);
}
