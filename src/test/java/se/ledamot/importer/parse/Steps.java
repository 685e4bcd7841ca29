package se.ledamot.importer.parse;

/** Runs extractors on a text in a test, alone or after the steps whose findings they read. */
final class Steps {
    private Steps() {
    }

    /** The findings of one extractor run alone, on findings set up by {@code setUp}. */
    static Findings only(Extractor step, String text, java.util.function.Consumer<Findings> setUp) {
        Findings found = new Findings();
        setUp.accept(found);
        step.extract(CouncilText.of(text, "dokument.txt"), found);
        return found;
    }

    static Findings only(Extractor step, String text) {
        return only(step, text, f -> { });
    }

    /** The findings of the pipeline up to and including the step of the given class. */
    static Findings upTo(Class<? extends Extractor> last, String text) {
        CouncilText council = CouncilText.of(text, "dokument.txt");
        Findings found = new Findings();
        for (Extractor step : CouncilTextParser.STEPS) {
            step.extract(council, found);
            if (last.isInstance(step)) {
                return found;
            }
        }
        throw new IllegalArgumentException(last + " is not a step");
    }
}
