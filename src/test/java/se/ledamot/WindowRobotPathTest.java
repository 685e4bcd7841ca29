package se.ledamot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;
import org.testfx.robot.Motion;

/**
 * The pointer's way in the window tests ({@link WindowRobot}): TestFX's path, straight or along one axis first (a
 * menu's items are reached across, then down), in a few points instead of one per pixel.
 */
class WindowRobotPathTest {
    private static final Point2D FROM = new Point2D(10, 700);
    private static final Point2D TO = new Point2D(1210, 20);

    @Test
    void aStraightWayPassesAFewPointsOnTheLineBetween() {
        List<Point2D> path = WindowRobot.path(FROM, TO, Motion.DIRECT);

        assertThat(path).hasSizeBetween(2, 10).doesNotContain(FROM, TO);
        for (Point2D p : path) {
            assertThat(p.distance(FROM) + p.distance(TO)).isCloseTo(FROM.distance(TO), org.assertj.core.data.Offset
                    .offset(0.001));
        }
        assertThat(path.getFirst().distance(FROM)).isLessThan(path.getLast().distance(FROM));
    }

    @Test
    void alongOneAxisFirstItTurnsAtTheCorner() {
        List<Point2D> across = WindowRobot.path(FROM, TO, Motion.HORIZONTAL_FIRST);
        Point2D corner = new Point2D(TO.getX(), FROM.getY());
        int turn = across.indexOf(corner);

        assertThat(turn).isPositive();
        assertThat(across.subList(0, turn)).allMatch(p -> p.getY() == FROM.getY());
        assertThat(across.subList(turn, across.size())).allMatch(p -> p.getX() == TO.getX());
        assertThat(WindowRobot.path(FROM, TO, Motion.VERTICAL_FIRST)).contains(new Point2D(FROM.getX(), TO.getY()))
                .allMatch(p -> p.getX() == FROM.getX() || p.getY() == TO.getY());
    }

    @Test
    void aPointerAlreadyThereOrAPixelAwayGoesStraightToIt() {
        assertThat(WindowRobot.path(FROM, FROM, Motion.DIRECT)).isEmpty();
        assertThat(WindowRobot.path(FROM, FROM.add(1, 0), Motion.DIRECT)).isEmpty();
    }
}
