package se.ledamot.domain;

import java.util.Arrays;
import java.util.List;

/**
 * A rule of the domain refused something. Carries a message key and its arguments so that the user interface and
 * the command line can say it in the user's language; the domain itself knows no language.
 */
public class DomainException extends RuntimeException {
    private final String key;
    private final List<Object> args;

    public DomainException(String key, Object... args) {
        super(key + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
