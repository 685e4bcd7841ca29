package se.ledamot;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;
import org.hamcrest.Matcher;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A TestFX node query that looks at the scene graph on the FX thread. TestFX walks the nodes on the test's thread
 * while the FX thread may be adding or removing children: a whole run met {@code IndexOutOfBoundsException} in
 * {@code Parent.lookupAll} twice (stop 43). TestFX runs each step (a lookup, a match) as it is added: every step
 * and every query runs on the FX thread.
 */
final class FxThreadQuery implements NodeQuery {
    /** Longer than any wait of the window tests: an FX thread busy this long is a failure, not a slow machine. */
    private static final long FX_SECONDS = 60;

    private final NodeQuery query;

    FxThreadQuery(NodeQuery query) {
        this.query = query;
    }

    /** The value computed on the FX thread (here when called on it), its exception thrown as it was. */
    static <T> T onFx(Callable<T> work) {
        try {
            if (Platform.isFxApplicationThread()) {
                return work.call();
            }
            return WaitForAsyncUtils.asyncFx(work).get(FX_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer a node query in " + FX_SECONDS + " s", e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public NodeQuery from(Node... parentNodes) {
        return new FxThreadQuery(onFx(() -> query.from(parentNodes)));
    }

    @Override
    public NodeQuery from(Collection<Node> parentNodes) {
        return new FxThreadQuery(onFx(() -> query.from(parentNodes)));
    }

    @Override
    public NodeQuery lookup(String selector) {
        return new FxThreadQuery(onFx(() -> query.lookup(selector)));
    }

    @Override
    public <T> NodeQuery lookup(Matcher<T> matcher) {
        return new FxThreadQuery(onFx(() -> query.lookup(matcher)));
    }

    @Override
    public <T extends Node> NodeQuery lookup(Predicate<T> predicate) {
        return new FxThreadQuery(onFx(() -> query.lookup(predicate)));
    }

    @Override
    public NodeQuery lookup(Function<Node, Set<Node>> function) {
        return new FxThreadQuery(onFx(() -> query.lookup(function)));
    }

    @Override
    public <T> NodeQuery match(Matcher<T> matcher) {
        return new FxThreadQuery(onFx(() -> query.match(matcher)));
    }

    @Override
    public <T extends Node> NodeQuery match(Predicate<T> predicate) {
        return new FxThreadQuery(onFx(() -> query.match(predicate)));
    }

    @Override
    public NodeQuery nth(int index) {
        return new FxThreadQuery(onFx(() -> query.nth(index)));
    }

    @Override
    public <T extends Node> T query() {
        return onFx(query::query);
    }

    @Override
    public <T extends Node> T queryAs(Class<T> clazz) {
        return onFx(() -> query.queryAs(clazz));
    }

    @Override
    public <T extends Node> Optional<T> tryQuery() {
        return onFx(query::tryQuery);
    }

    @Override
    public <T extends Node> Optional<T> tryQueryAs(Class<T> clazz) {
        return onFx(() -> query.tryQueryAs(clazz));
    }

    @Override
    public <T extends Node> Set<T> queryAll() {
        return onFx(query::queryAll);
    }

    @Override
    public <T extends Node> Set<T> queryAllAs(Class<T> clazz) {
        return onFx(() -> query.queryAllAs(clazz));
    }
}
