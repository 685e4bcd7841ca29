package se.ledamot.importer.budget;

/** A text that charges its budget one unit for every character read from it. */
final class CountedText implements CharSequence {
    private final CharSequence text;
    private final Budget budget;

    CountedText(CharSequence text, Budget budget) {
        this.text = text;
        this.budget = budget;
    }

    @Override
    public char charAt(int index) {
        budget.spend(1);
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    /** A matcher's groups: plain text, so what a parser keeps holds no budget. */
    @Override
    public CharSequence subSequence(int start, int end) {
        budget.spend(end - start);
        return text.subSequence(start, end).toString();
    }

    @Override
    public String toString() {
        budget.spend(text.length());
        return text.toString();
    }
}
