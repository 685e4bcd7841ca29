package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A lazy service is made on its first use, not before, and once. */
class LazyTest {
    @Test
    void madeOnFirstUseAndOnce() {
        AtomicInteger made = new AtomicInteger();
        Lazy<Object> lazy = new Lazy<>(() -> "service " + made.incrementAndGet());
        assertThat(made).hasValue(0);
        assertThat(lazy.get()).isEqualTo("service 1");
        assertThat(lazy.get()).isEqualTo("service 1");
        assertThat(made).hasValue(1);
    }
}
