package se.ledamot.domain.sync;

import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * One field of a kind of row, as optimistic locking compares it (issue 16.5): its code (the column's name, as the
 * sync's conflicts name it, so the conflict view says it alike), its value as text, and how to copy it from one row
 * into another.
 *
 * @param take     {@code (into, from)}: {@code into} with this field's value from {@code from}
 * @param longText a text where the conflict view offers a merged version
 */
public record RowField<T>(String code, Function<T, String> text, BinaryOperator<T> take, boolean longText) {
}
