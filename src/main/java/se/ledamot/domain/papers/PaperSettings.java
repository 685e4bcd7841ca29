package se.ledamot.domain.papers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Limit;
import se.ledamot.domain.meeting.Body;

/**
 * The secretariat's settings for the papers it sends: the council's logo at the head of every paper (its name beside
 * the logo is the one under Inställningar, {@code CouncilRules.councilName}: one name for papers and screens), where
 * its official notice board is (anslagstavla, 8 kap. 9–12 §§ kommunallagen) and where the minutes are kept (both
 * printed in the anslagsbevis), the body new motions are referred to for preparation ("remitteras till
 * kommunstyrelsen för beredning"), and each body's own settings ({@link BodyPapers}). Immutable.
 *
 * @param logo          the logo, or null for none
 * @param noticeBoard   where the notice board is, e.g. "kommunens webbplats, stenungsund.se/anslagstavla"; or null
 * @param minutesKept   where the minutes are kept (förvaringsplats), e.g. "Kommunledningskontoret"; or null
 * @param referMotionsTo the body motions and citizen proposals are referred to, in running text ("kommunstyrelsen")
 */
public record PaperSettings(Logo logo, String noticeBoard, String minutesKept,
        String referMotionsTo, List<BodyPapers> bodies) {

    public PaperSettings {
        noticeBoard = Limit.ROLE.check(noticeBoard);
        minutesKept = Limit.ROLE.check(minutesKept);
        referMotionsTo = Limit.BODY_NAME.check(referMotionsTo);
        referMotionsTo = referMotionsTo == null ? "kommunstyrelsen" : referMotionsTo;
        List<BodyPapers> clean = new ArrayList<>();
        for (BodyPapers b : bodies == null ? List.<BodyPapers>of() : bodies) {
            if (clean.stream().anyMatch(c -> c.body().equals(b.body()))) {
                throw new DomainException("rules.body.twice", b.body());
            }
            clean.add(b);
        }
        bodies = List.copyOf(clean);
    }

    /** Nothing set yet: no logo, every body with the usual papers. */
    public static PaperSettings empty() {
        return new PaperSettings(null, null, null, null, List.of());
    }

    public Optional<Logo> logoIfAny() {
        return Optional.ofNullable(logo);
    }

    /** A body's settings; a body not set up has the usual ones ({@link BodyPapers#defaults}). */
    public BodyPapers of(Body body) {
        return bodies.stream().filter(b -> b.body().equals(body.code())).findFirst()
                .orElseGet(() -> BodyPapers.defaults(body));
    }

    public PaperSettings withLogo(Logo newLogo) {
        return new PaperSettings(newLogo, noticeBoard, minutesKept, referMotionsTo, bodies);
    }

    public PaperSettings withArchive(String board, String kept) {
        return new PaperSettings(logo, board, kept, referMotionsTo, bodies);
    }

    public PaperSettings withReferMotionsTo(String body) {
        return new PaperSettings(logo, noticeBoard, minutesKept, body, bodies);
    }

    /** These settings with one body's, replacing the same body's or adding them. */
    public PaperSettings withBody(BodyPapers body) {
        List<BodyPapers> next = new ArrayList<>(bodies);
        next.removeIf(b -> b.body().equals(body.body()));
        next.add(body);
        return new PaperSettings(logo, noticeBoard, minutesKept, referMotionsTo, next);
    }
}
