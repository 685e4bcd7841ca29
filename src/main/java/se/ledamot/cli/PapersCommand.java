package se.ledamot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.minutes.Seat;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.domain.papers.Logo;
import se.ledamot.domain.papers.PaperSettings;
import se.ledamot.l10n.Localization;
import se.ledamot.service.Ledamot;
import se.ledamot.service.PaperService;

/**
 * The settings the secretary's papers are made with: the council's name (Inställningar's, the one name) and logo, the
 * notice board and where the minutes are kept, and per body the chair and vice chairs, the secretary, public and
 * webcast, the number of justerare and the seats. Without options it prints them; with options it changes only what
 * is named and prints the result.
 */
@Command(name = "papers", mixinStandardHelpOptions = true)
final class PapersCommand extends DataCommand {
    @Option(names = "--council", paramLabel = "NAMN", descriptionKey = "cli.papers.council")
    String council;

    @Option(names = "--logo", paramLabel = "FIL", descriptionKey = "cli.papers.logo")
    Path logo;

    @Option(names = "--notice-board", paramLabel = "TEXT", descriptionKey = "cli.papers.noticeBoard")
    String noticeBoard;

    @Option(names = "--minutes-kept", paramLabel = "TEXT", descriptionKey = "cli.papers.minutesKept")
    String minutesKept;

    @Option(names = "--body", paramLabel = "ORGAN", descriptionKey = "cli.papers.body")
    String body;

    @Option(names = "--chair", paramLabel = "NAMN", converter = Converters.Author.class,
            descriptionKey = "cli.papers.chair")
    Person chair;

    @Option(names = "--first-vice", paramLabel = "NAMN", converter = Converters.Author.class,
            descriptionKey = "cli.papers.firstVice")
    Person firstVice;

    @Option(names = "--second-vice", paramLabel = "NAMN", converter = Converters.Author.class,
            descriptionKey = "cli.papers.secondVice")
    Person secondVice;

    @Option(names = "--secretary", paramLabel = "NAMN", descriptionKey = "cli.papers.secretary")
    String secretary;

    @Option(names = "--public", negatable = true, descriptionKey = "cli.papers.public")
    Boolean publicMeeting;

    @Option(names = "--webcast", paramLabel = "ADRESS", descriptionKey = "cli.papers.webcast")
    String webcast;

    @Option(names = "--adjusters", paramLabel = "ANTAL", descriptionKey = "cli.papers.adjusters")
    Integer adjusters;

    @Option(names = "--member", paramLabel = "NAMN", converter = Converters.Author.class,
            descriptionKey = "cli.papers.member")
    List<Person> members = new ArrayList<>();

    @Option(names = "--substitute", paramLabel = "NAMN", converter = Converters.Author.class,
            descriptionKey = "cli.papers.substitute")
    List<Person> substitutes = new ArrayList<>();

    @Override
    int run(Ledamot app) {
        PaperService papers = app.papers();
        PaperSettings s = papers.settings();
        PaperSettings before = s;
        if (council != null) {
            app.settings().saveCouncilName(council);
        }
        if (logo != null) {
            s = s.withLogo(readLogo());
        }
        if (noticeBoard != null || minutesKept != null) {
            s = s.withArchive(noticeBoard != null ? noticeBoard : s.noticeBoard(),
                    minutesKept != null ? minutesKept : s.minutesKept());
        }
        boolean bodyOptions = chair != null || firstVice != null || secondVice != null || secretary != null
                || publicMeeting != null || webcast != null || adjusters != null || !members.isEmpty()
                || !substitutes.isEmpty();
        if (bodyOptions && body == null) {
            throw new DomainException("cli.papers.bodyMissing");
        }
        if (body != null) {
            Body b = app.bodies().find(body).orElseThrow(() -> new DomainException("cli.papers.bodyUnknown", body));
            s = s.withBody(changed(s.of(b)));
        }
        if (s != before) {
            papers.saveSettings(s);
        }
        print(papers.settings(), app.settings().councilName());
        return 0;
    }

    private BodyPapers changed(BodyPapers b) {
        BodyPapers out = b;
        if (chair != null) {
            out = out.withChair(chair);
        }
        if (firstVice != null || secondVice != null) {
            out = out.withVice(firstVice != null ? firstVice : out.firstVice(),
                    secondVice != null ? secondVice : out.secondVice());
        }
        if (secretary != null) {
            out = out.withSecretary(secretary);
        }
        if (publicMeeting != null || webcast != null) {
            out = out.withPublicMeeting(publicMeeting != null ? publicMeeting : out.publicMeeting(),
                    webcast != null ? (webcast.isBlank() ? null : webcast) : out.webcast());
        }
        if (adjusters != null) {
            out = out.withAdjusters(adjusters);
        }
        if (!members.isEmpty() || !substitutes.isEmpty()) {
            List<Seat> seats = new ArrayList<>();
            members.forEach(p -> seats.add(new Seat(p, Seat.Role.MEMBER)));
            substitutes.forEach(p -> seats.add(new Seat(p, Seat.Role.SUBSTITUTE)));
            out = out.withSeats(seats);
        }
        return out;
    }

    private Logo readLogo() {
        try {
            return Logo.of(Files.readAllBytes(logo));
        } catch (IOException | SecurityException e) {
            throw new DomainException("cli.papers.logoUnreadable", logo);
        }
    }

    private void print(PaperSettings s, String councilName) {
        out().println(Localization.get("cli.papers.show.council", councilName.isBlank() ? "–" : councilName,
                s.logo() == null ? 0 : 1));
        out().println(Localization.get("cli.papers.show.archive", dash(s.noticeBoard()), dash(s.minutesKept())));
        for (BodyPapers b : s.bodies()) {
            String chairs = b.firstVice() == null && b.secondVice() == null ? person(b.chair()) : person(b.chair())
                    + " " + Localization.get("cli.papers.show.vice", person(b.firstVice()), person(b.secondVice()));
            out().println(Localization.get("cli.papers.show.body", b.body(), chairs, dash(b.secretary()),
                    b.publicMeeting() ? 1 : 0, dash(b.webcast()), b.adjusters(), b.members().size(),
                    b.substitutes().size()));
        }
    }

    /** Said after a paper is written while the council's name is not set: the paper lacks it in its heading. */
    static void sayIfCouncilMissing(Ledamot app, PrintWriter err) {
        if (app.settings().councilNameMissing()) {
            err.println(Localization.get("cli.papers.councilMissing"));
        }
    }

    private static String person(Person p) {
        return p == null ? "–" : p.display();
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }
}
