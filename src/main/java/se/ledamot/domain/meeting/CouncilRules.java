package se.ledamot.domain.meeting;

import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Limit;

/**
 * A council's rules as a whole: its name (printed on every brief), its bodies with their rules of procedure, the
 * months in which the council is told of the motions and citizen proposals not prepared within a year (Kommunallagen
 * 5 kap. 35 §), whether citizen proposals are allowed and who decides them (8 kap. 1–2 §§), and after how many
 * months the report proposes striking an unfinished one off. Immutable; the {@code with} methods give an adjusted
 * copy, so a council can start from a preset ({@link Arbetsordningar}) and change what differs.
 *
 * @param strikeOffAfterMonths the report proposes striking off (avskrivning) matters at least this old; null: never
 * @param notice               how many days before a meeting its tillkännagivande must be posted (5 kap. 11 §: a
 *                             week; the arbetsordning may ask for more); null: the law's week
 */
public record CouncilRules(String councilName, List<BodyRules> bodies, Set<Month> reportMonths,
        CitizenProposals citizenProposals, Integer strikeOffAfterMonths, NoticeRule notice) {

    /** Twice a year, as most councils do. */
    public static final Set<Month> DEFAULT_REPORT_MONTHS = Set.of(Month.APRIL, Month.OCTOBER);

    public CouncilRules {
        String name = Limit.BODY_NAME.check(councilName);
        councilName = name == null ? "" : name;
        List<BodyRules> clean = new ArrayList<>();
        for (BodyRules b : bodies == null ? List.<BodyRules>of() : bodies) {
            if (clean.stream().anyMatch(c -> c.code().equals(b.code()))) {
                throw new DomainException("rules.body.twice", b.code());
            }
            clean.add(b);
        }
        bodies = List.copyOf(clean);
        if (reportMonths == null || reportMonths.isEmpty()) {
            throw new DomainException("rules.reportMonths.missing");
        }
        reportMonths = Set.copyOf(EnumSet.copyOf(reportMonths));
        citizenProposals = citizenProposals == null ? CitizenProposals.decidedBy(councilCodeOf(bodies))
                : citizenProposals;
        String decides = citizenProposals.decidingBody();
        if (!bodies.isEmpty() && bodies.stream().noneMatch(b -> b.code().equals(decides))) {
            throw new DomainException("rules.citizenProposals.body", decides);
        }
        if (strikeOffAfterMonths != null && strikeOffAfterMonths < 0) {
            throw new DomainException("rules.strikeOff.negative", strikeOffAfterMonths, notice);
        }
        notice = notice == null ? NoticeRule.LAW : notice;
    }

    /** The law's rules for these bodies, with no name yet: what a council has before it says otherwise. */
    public static CouncilRules lawDefaults(List<Body> bodies) {
        return new CouncilRules("", bodies.stream().map(BodyRules::lawDefaults).toList(), DEFAULT_REPORT_MONTHS, null,
                null, null);
    }

    /** The rules as the store keeps them today: the bodies and their submission rules, the rest as the law says. */
    public static CouncilRules fromStored(String councilName, List<Body> bodies,
            Map<String, List<SubmissionRule>> rules) {
        return new CouncilRules(councilName,
                bodies.stream().map(b -> BodyRules.of(b, rules.getOrDefault(b.code(), List.of()))).toList(),
                DEFAULT_REPORT_MONTHS, null, null, null);
    }

    /** The body where interpellations, questions and motions are put: the one marked council, else KF. */
    public String councilCode() {
        return councilCodeOf(bodies);
    }

    private static String councilCodeOf(List<BodyRules> bodies) {
        return bodies.stream().map(BodyRules::body).filter(Body::council).map(Body::code).findFirst()
                .orElse(Body.COUNCIL);
    }

    public Optional<BodyRules> body(String code) {
        String c = Body.normalize(code);
        return bodies.stream().filter(b -> b.code().equals(c)).findFirst();
    }

    /** A body's rules; a body not set up has the law's rules. */
    public BodyRules rulesOf(String code) {
        String c = Body.normalize(code);
        return body(c).orElseGet(() -> BodyRules.lawDefaults(new Body(c, c, c.equals(councilCode()), 0, 0, 0)));
    }

    public List<Body> bodyList() {
        return bodies.stream().map(BodyRules::body).toList();
    }

    /** Whether the report of unfinished matters is made in a month. */
    public boolean reportsIn(Month month) {
        return reportMonths.contains(month);
    }

    public Optional<Integer> strikeOffAfter() {
        return Optional.ofNullable(strikeOffAfterMonths);
    }

    public CouncilRules withCouncilName(String name) {
        return new CouncilRules(name, bodies, reportMonths, citizenProposals, strikeOffAfterMonths, notice);
    }

    /** These rules with one body's rules set, replacing the body with the same code or adding it. */
    public CouncilRules withBody(BodyRules body) {
        List<BodyRules> next = new ArrayList<>(bodies);
        next.replaceAll(b -> b.code().equals(body.code()) ? body : b);
        if (next.stream().noneMatch(b -> b.code().equals(body.code()))) {
            next.add(body);
        }
        return new CouncilRules(councilName, next, reportMonths, citizenProposals, strikeOffAfterMonths, notice);
    }

    public CouncilRules withReportMonths(Set<Month> months) {
        return new CouncilRules(councilName, bodies, months, citizenProposals, strikeOffAfterMonths, notice);
    }

    public CouncilRules withCitizenProposals(CitizenProposals proposals) {
        return new CouncilRules(councilName, bodies, reportMonths, proposals, strikeOffAfterMonths, notice);
    }

    public CouncilRules withStrikeOffAfterMonths(Integer months) {
        return new CouncilRules(councilName, bodies, reportMonths, citizenProposals, months, notice);
    }

    public CouncilRules withNotice(NoticeRule rule) {
        return new CouncilRules(councilName, bodies, reportMonths, citizenProposals, strikeOffAfterMonths, rule);
    }
}
