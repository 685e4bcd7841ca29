package se.ledamot.service;

import java.util.List;
import java.util.Optional;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.SubmissionKind;
import se.ledamot.domain.meeting.SubmissionRule;
import se.ledamot.store.BodyStore;

/**
 * The council's settings as they are stored today: its bodies (kommunfullmäktige, kommunstyrelsen, nämnder) with
 * their speaking-time limits, and each body's submission rules.
 */
public final class BodyService {
    private final BodyStore store;

    BodyService(BodyStore store) {
        this.store = store;
    }

    /** Every body, the council first. */
    public List<Body> list() {
        return store.bodies();
    }

    public Optional<Body> find(String code) {
        return store.body(code);
    }

    /** Adds a body or updates the one with the same code. */
    public void save(Body body) {
        store.saveBody(body);
    }

    public List<SubmissionRule> rules(String body) {
        return store.rules(body);
    }

    /** Sets a body's rule for one kind of submission, replacing the one it had. */
    public void saveRule(String body, SubmissionRule rule) {
        store.saveRule(body, rule);
    }

    public void removeRule(String body, SubmissionKind kind) {
        store.removeRule(body, kind);
    }
}
