package se.ledamot.ui.minutes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.minutes.Seat;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.domain.papers.Logo;
import se.ledamot.domain.papers.PaperSettings;
import se.ledamot.l10n.Localization;
import se.ledamot.service.PaperService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;

/**
 * The settings the papers are made with, in the window: the council's name and logo, the notice board and where the
 * minutes are kept, and for the body of the chosen meeting its chair, secretary, public access, webcast, number of
 * justerare, and its members and substitutes (one "Namn (PARTI)" a line). Saved with one action; a refusal stores
 * nothing and says why.
 */
public final class PaperSettingsViewModel {
    private final AppContext context;
    private final PaperService papers;
    private final ReadOnlyStringWrapper error;
    private final ReadOnlyStringWrapper status;

    private final StringProperty council = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper logoName = new ReadOnlyStringWrapper("");
    private final StringProperty noticeBoard = new SimpleStringProperty("");
    private final StringProperty minutesKept = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper bodyName = new ReadOnlyStringWrapper("");
    private final StringProperty chair = new SimpleStringProperty("");
    private final StringProperty secretary = new SimpleStringProperty("");
    private final BooleanProperty publicMeeting = new SimpleBooleanProperty();
    private final StringProperty webcast = new SimpleStringProperty("");
    private final IntegerProperty adjusters = new SimpleIntegerProperty(1);
    private final StringProperty members = new SimpleStringProperty("");
    private final StringProperty substitutes = new SimpleStringProperty("");

    private Body body;
    private Logo logo;

    PaperSettingsViewModel(AppContext context, ReadOnlyStringWrapper error, ReadOnlyStringWrapper status) {
        this.context = context;
        this.papers = context.services().papers();
        this.error = error;
        this.status = status;
    }

    /** Reads the settings, with the part of the body that holds the meeting. */
    void load(String bodyCode) {
        PaperSettings s = papers.settings();
        council.set(s.councilName());
        logo = s.logo();
        logoName.set(Localization.get(logo == null ? "minutes.ui.settings.noLogo" : "minutes.ui.settings.hasLogo"));
        noticeBoard.set(orEmpty(s.noticeBoard()));
        minutesKept.set(orEmpty(s.minutesKept()));
        body = context.services().bodies().find(bodyCode).orElse(null);
        bodyName.set(body == null ? "" : body.name());
        if (body != null) {
            BodyPapers b = s.of(body);
            chair.set(b.chair() == null ? "" : b.chair().display());
            secretary.set(orEmpty(b.secretary()));
            publicMeeting.set(b.publicMeeting());
            webcast.set(orEmpty(b.webcast()));
            adjusters.set(b.adjusters());
            members.set(lines(b.members()));
            substitutes.set(lines(b.substitutes()));
        }
    }

    /** Asks for a PNG or JPEG file to print at the head of every paper. */
    public void chooseLogo() {
        List<Path> files = context.dialogs().chooseFilesToOpen(Localization.get("minutes.ui.settings.logo"),
                Localization.get("minutes.ui.settings.logoFilter"), "png", "jpg", "jpeg");
        if (files.isEmpty()) {
            return;
        }
        try {
            logo = Logo.of(Files.readAllBytes(files.getFirst()));
            logoName.set(files.getFirst().getFileName().toString());
            error.set("");
        } catch (IOException e) {
            error.set(Localization.get("cli.papers.logoUnreadable", files.getFirst()));
        } catch (DomainException e) {
            error.set(Errors.describe(e));
        }
    }

    public void removeLogo() {
        logo = null;
        logoName.set(Localization.get("minutes.ui.settings.noLogo"));
    }

    /** Saves every setting at once; returns whether it was stored. */
    public boolean save() {
        try {
            PaperSettings s = papers.settings().withCouncil(council.get(), logo)
                    .withArchive(blankToNull(noticeBoard.get()), blankToNull(minutesKept.get()));
            if (body != null) {
                List<Seat> seats = new ArrayList<>();
                people(members.get()).forEach(p -> seats.add(new Seat(p, Seat.Role.MEMBER)));
                people(substitutes.get()).forEach(p -> seats.add(new Seat(p, Seat.Role.SUBSTITUTE)));
                s = s.withBody(s.of(body).withChair(blankToNull(chair.get()) == null ? null : Person.parse(chair.get()))
                        .withSecretary(blankToNull(secretary.get()))
                        .withPublicMeeting(publicMeeting.get(), blankToNull(webcast.get()))
                        .withAdjusters(adjusters.get()).withSeats(seats));
            }
            papers.saveSettings(s);
            error.set("");
            status.set(Localization.get("minutes.ui.settings.saved"));
            return true;
        } catch (RuntimeException e) {
            error.set(Errors.describe(e));
            return false;
        }
    }

    private static List<Person> people(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(Person::parse).toList();
    }

    private static String lines(List<Seat> seats) {
        return String.join("\n", seats.stream().map(s -> s.person().display()).toList());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public StringProperty council() {
        return council;
    }

    public ReadOnlyStringProperty logoName() {
        return logoName.getReadOnlyProperty();
    }

    public StringProperty noticeBoard() {
        return noticeBoard;
    }

    public StringProperty minutesKept() {
        return minutesKept;
    }

    public ReadOnlyStringProperty bodyName() {
        return bodyName.getReadOnlyProperty();
    }

    public StringProperty chair() {
        return chair;
    }

    public StringProperty secretary() {
        return secretary;
    }

    public BooleanProperty publicMeeting() {
        return publicMeeting;
    }

    public StringProperty webcast() {
        return webcast;
    }

    public IntegerProperty adjusters() {
        return adjusters;
    }

    public StringProperty members() {
        return members;
    }

    public StringProperty substitutes() {
        return substitutes;
    }
}
