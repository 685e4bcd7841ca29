package se.ledamot.domain.sync;

/**
 * How a shared server's change sequence moved since a window last looked (issue 16.4).
 *
 * @param latest the latest number now (the one looked from when nothing moved)
 * @param byOthers whether anything in the move came from outside this window, so its screens must read again; a move
 *     made only by its own saves is on screen already
 */
public record SequenceMove(long latest, boolean byOthers) {
}
