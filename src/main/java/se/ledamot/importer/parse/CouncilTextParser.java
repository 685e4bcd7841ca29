package se.ledamot.importer.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Lifecycle;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.importer.Confidence;
import se.ledamot.importer.ImportDraft;
import se.ledamot.importer.ImportWarning;

/**
 * Reads a Swedish council text (a motion, interpellation, question, citizen proposal, referral or speech, formal or
 * written as a blog post) into a draft matter. Every field says how sure it is; a value the text does not give is
 * left out, never made up. The whole text is kept as the matter's body. Never throws on any text.
 */
public final class CouncilTextParser {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final int MAX_TITLE = 150;

    private static final Pattern ANSWER_HEADING = Pattern.compile(
            "^(?:svar\\s+på|svar\\s+till|besvarande\\s+av)\\s+(?<kind>interpellation|enkel\\s+fråga|fråga)(?<rest>.*)$",
            FLAGS);
    private static final Pattern KIND_HEADING = Pattern.compile(
            "^(?<kind>motion|interpellation|enkel\\s+fråga|fråga|medborgarförslag|remiss|remissvar|yttrande\\s+över"
                    + "|anförande|inlägg)\\b(?<rest>.*)$", FLAGS);
    private static final Pattern TOPIC = Pattern.compile(
            "^(?:,\\s*)?(?:om|angående|ang\\.|gällande|rörande|avseende|kring|med\\s+anledning\\s+av)\\s+", FLAGS);
    private static final Pattern TILL = Pattern.compile("(?:^|\\s)till\\s+(?<who>.+?)(?:\\s+(?:om|angående|gällande|"
            + "rörande|avseende)\\s+(?<topic>.+))?$", FLAGS);
    private static final Pattern FROM = Pattern.compile("^\\s*från\\s+(?<who>.+?)(?:\\s+(?:om|angående|gällande|"
            + "rörande|avseende)\\s+(?<topic>.+))?$", FLAGS);
    private static final Pattern DATE_LINE = Pattern.compile("^(?:(?<place>\\p{L}[\\p{L}-]*(?:[ -]\\p{L}[\\p{L}-]*)?)"
            + "\\s*,?\\s+)?(?:den\\s+)?" + SwedishDates.DATE + "\\.?(?:,?\\s+(?:kl\\.?\\s*)?\\d{1,2}[:.]\\d{2})?$", FLAGS);
    private static final Pattern LABELLED_DATE = Pattern.compile("^(?:datum|inlämnad|inlämnat|inkom|inkommen|"
            + "inkommet|daterad|väckt|ingiven|publicerad|publicerat|postat|skrivet|upplagt|upplagd)\\s*:?\\s*(?:den\\s+)?" + SwedishDates.DATE, FLAGS);
    /** "Ämne: Fråga till ...", "Ärende: Förslag till ..." — a form's or an e-mail's subject line. */
    private static final Pattern SUBJECT_LABEL = Pattern.compile("^(?:ämne|rubrik|ärende|angående|ang\\.|re|sv)\\s*:\\s*",
            FLAGS);
    /** Any "Word:" form line (Från:, Till:, Remissinstanser:) is no title. */
    private static final Pattern LABEL_LINE = Pattern.compile("^[\\p{L} -]{2,30}:(?:\\s.*)?$", FLAGS);
    private static final Pattern GREETING = Pattern.compile("^(?:hej|hejsan|god\\s+dag|hallå|till\\s+.*)[!,.]?$", FLAGS);
    private static final Pattern MEETING_PREFIX = Pattern.compile(
            "^(?:i\\s+)?(?:KF|KS|kommunfullmäktige|kommunstyrelsen|fullmäktige)\\b[\\s,:–-]*", FLAGS);
    private static final Pattern ADDRESSED = Pattern.compile("\\b(?:fråga|frågor|frågan|interpellation)\\s+(?=till\\s)",
            FLAGS);
    private static final Pattern NUMBER = Pattern.compile(
            "(?:dnr|diarienr|diarienummer|ärendenummer)\\s*[:.]?\\s*(?<n>\\p{Lu}{1,8}\\s?\\d{4}[/.:-]\\d{1,6}(?:[./-]\\d+)*)",
            FLAGS);
    private static final Pattern PROPOSAL_TRIGGER = Pattern.compile(
            "\\b(?:föreslår|yrkar|hemställer|yrkande|förslag\\s+till\\s+beslut|föreslås)\\b", FLAGS);
    private static final Pattern CLAUSE_START = Pattern.compile("^(?:[-–•*]|\\d{1,2}[.)])?\\s*att\\s+(?<clause>.*)$",
            FLAGS);
    private static final Pattern INLINE_CLAUSES = Pattern.compile("\\bbeslut(?:a|ar|ar\\s+om)?\\s*:?\\s+att\\s+(?<rest>.+)$",
            FLAGS);
    private static final Pattern INLINE_PROPOSAL = Pattern.compile(
            "\\b(?:föreslår|yrkar|hemställer)(?:\\s+(?:jag|vi))?(?:\\s+därför)?\\s+att\\s+(?<rest>.+)$", FLAGS);
    private static final Pattern QUESTION_SENTENCE = Pattern.compile("(?:^|(?<=[.!?:]\\s))(\\p{Lu}[^.?!]{5,400}\\?)");
    private static final Pattern CLAUSE_SPLIT = Pattern.compile("\\s*(?:[,;]\\s*(?:samt\\s+|och\\s+)?|\\s+samt\\s+|"
            + "\\s+och\\s+)att\\s+", FLAGS);
    private static final Pattern NUMBERED_QUESTION = Pattern.compile(
            "(?<![\\p{L}\\d])(?<n>\\d{1,2})\\s*[.):]?\\s+(?<q>\\p{Lu}[^?]{2,500}?\\?)");
    private static final Pattern ANSWER_CUE = Pattern.compile(
            "\\b(?:följande\\s+svar|mitt\\s+svar|svaret\\s+lyder|svar\\s+på\\s+(?:interpellationen|frågan|frågorna))\\b.*:$"
                    + "|^svar\\s*:?$", FLAGS);
    private static final Pattern BLOG_TAIL = Pattern.compile(
            "^(?:\\d+\\s+kommentar(?:er)?:?|inga\\s+kommentarer:?|upplagd\\s+av\\b.*|etiketter:.*|dela\\s+det\\s+här:?)$",
            FLAGS);
    private static final Pattern CLOSING = Pattern.compile(
            "^(?:med\\s+vänlig(?:a)?\\s+hälsning(?:ar)?|vänliga\\s+hälsningar|mvh|för\\s+\\p{L}+|förslagsställare"
                    + "|undertecknad|\\.{3,}|_{3,})[,:]?.*$", FLAGS);
    private static final Pattern SUBMITTED_BY = Pattern.compile("(?<name>" + Signatures.NAME
            + ")(?:\\s*\\((?<party>\\p{L}{1,6})\\))?\\s+har\\s+(?:skickat\\s+in|lämnat\\s+in|ställt|väckt|lämnat)\\s+"
            + "(?:en|ett)\\s+(?:interpellation|fråga|motion|medborgarförslag)");
    private static final Pattern KIND_TOPIC = Pattern.compile(
            "\\b(?:interpellation|motion|fråga|medborgarförslag)\\b[^.?!\\n]{0,60}?\\bom\\s+(?<topic>[^.?!:\\n]{3,80})",
            FLAGS);
    private static final Pattern QUESTION_INTRO = Pattern.compile(
            "(?:fråg(?:a|or|an|orna)|vill\\s+(?:jag\\s+)?(?:fråga|veta))[^.?!]*:\\s*$", FLAGS);
    private static final Pattern END_OF_MONTH = Pattern.compile("\\b(?:sista\\s+(?:dag(?:en)?\\s+(?:i|för|av)\\s+)?|"
            + "(?:senast\\s+)?(?:i|vid|till|under)\\s+slutet\\s+av\\s+|senast\\s+(?:under|i)\\s+)(?<mon>"
            + SwedishDates.MONTH + ")(?:\\s+(?<y>\\d{4}))?", FLAGS);
    private static final Pattern BY_DATE = Pattern.compile("\\b(?:senast|före|innan|sista\\s+dag(?:en)?(?:\\s+för"
            + "\\s+[\\p{L} ]{1,30}?)?\\s+(?:är|blir))\\s+(?:den\\s+)?(?:(?<iso>\\d{4}-\\d{2}-\\d{2})|(?<d>\\d{1,2})"
            + "(?::e|:a)?\\s+(?<mon>" + SwedishDates.MONTH + ")(?:\\s+(?<y>\\d{4}))?)", FLAGS);
    private static final Pattern REPLY_WORDS = Pattern.compile(
            "\\b(?:svar|svaren|yttrande|yttranden|yttrandet|synpunkter|remiss\\p{L}*|inne|lämna\\p{L}*|inkomma)\\b",
            FLAGS);

    /** Signs in the body that point at a kind, with their weight; a heading beats them all. */
    private static final Map<MatterKind, List<Pattern>> CUES = Map.of(
            MatterKind.SPEECH, List.of(Pattern.compile("\\bmitt\\s+(?:inlägg|anförande|tal)\\b", FLAGS),
                    Pattern.compile("\\bi\\s+debatten\\b|\\bi\\s+talarstolen\\b", FLAGS),
                    Pattern.compile("^(?:fru|herr)?\\s*ordförande[!,]", FLAGS | Pattern.MULTILINE)),
            MatterKind.REFERRAL, List.of(Pattern.compile("\\b(?:ute\\s+)?på\\s+remiss\\b|\\bremisstid|\\bremissinstans",
                    FLAGS), Pattern.compile("\\blämna\\s+(?:ett\\s+)?yttrande\\b|\\bremissvar", FLAGS)),
            MatterKind.INTERPELLATION, List.of(Pattern.compile("\\binterpellation", FLAGS)),
            MatterKind.QUESTION, List.of(Pattern.compile("\\b(?:enkel\\s+fråga|min\\s+fråga\\s+till)\\b", FLAGS)),
            MatterKind.CITIZEN_PROPOSAL, List.of(Pattern.compile("\\bmedborgarförslag", FLAGS)),
            MatterKind.MOTION, List.of(Pattern.compile("\\b(?:denna|den\\s+här)\\s+motion\\b|\\bmotionär", FLAGS)));

    /** Parses a text; the name (a file name) stands in as a title only when the text has none. */
    public ImportDraft parse(String text, String name) {
        return new Run(text == null ? "" : text, name == null ? "" : name).draft();
    }

    /** The state of one parse: the text's lines and what has been found so far. */
    private static final class Run {
        private final String text;
        private final String name;
        private final List<String> lines;
        private final String flat;
        private final Map<MatterField, Confidence> confidence = new EnumMap<>(MatterField.class);
        private final List<ImportWarning> warnings = new ArrayList<>();
        private final Matter.Builder b = new Matter.Builder();
        /** Lines already used as a heading, signature, date or addressee: not body text for other fields. */
        private final java.util.Set<Integer> used = new java.util.HashSet<>();

        private MatterKind kind = MatterKind.OTHER;
        private boolean answerDocument;
        private int headingLine = -1;
        private String headingRest = "";
        private LocalDate submitted;
        private boolean answered;
        private List<String> questionsFound = List.of();

        Run(String text, String name) {
            this.text = text;
            this.name = name;
            String clean = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ')
                    .replace("\u00AD", "").replace("\u200B", "").replace('\f', '\n').replace('\t', ' ');
            List<String> l = new ArrayList<>();
            for (String line : clean.split("\n", -1)) {
                l.add(line.strip().replaceAll("\\s*\\|$", "").replaceAll(" {2,}", " "));
            }
            this.lines = l;
            this.flat = String.join(" ", l).replaceAll("\\s+", " ");
        }

        ImportDraft draft() {
            b.body(text);
            kind();
            number();
            date();
            addressee();
            authors();
            proposals();
            questions();
            answer();
            deadline();
            title();
            b.kind(kind).status(status());
            return ImportDraft.fitted(b, confidence, warnings, text);
        }

        private void set(MatterField field, Confidence c) {
            confidence.put(field, c);
        }

        // ---- kind ----

        private void kind() {
            for (int i = 0, seen = 0; i < lines.size() && seen < 6; i++) {
                String line = lines.get(i);
                if (line.isEmpty() || isDateLine(line) || Signatures.partyLine(line).isPresent()) {
                    continue;
                }
                seen++;
                line = SUBJECT_LABEL.matcher(line).replaceFirst("");
                Matcher answer = ANSWER_HEADING.matcher(line);
                if (answer.matches()) {
                    kind = answer.group("kind").toLowerCase(Locale.ROOT).contains("fråga") ? MatterKind.QUESTION
                            : MatterKind.INTERPELLATION;
                    answerDocument = true;
                    heading(i, answer.group("rest"));
                    return;
                }
                Matcher heading = KIND_HEADING.matcher(line);
                if (heading.matches() && isHeading(line, heading.group("rest").strip())) {
                    kind = headingKind(heading.group("kind"));
                    heading(i, heading.group("rest"));
                    return;
                }
            }
            Map<MatterKind, Integer> score = new EnumMap<>(MatterKind.class);
            CUES.forEach((k, patterns) -> {
                for (Pattern p : patterns) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        score.merge(k, 1, Integer::sum);
                    }
                }
            });
            if (!clauseLines().isEmpty() && triggerLine() >= 0) {
                score.merge(MatterKind.MOTION, 2, Integer::sum);
            }
            if (answerCueLine() >= 0) {
                score.merge(MatterKind.INTERPELLATION, 1, Integer::sum);
            }
            Optional<Map.Entry<MatterKind, Integer>> best = score.entrySet().stream()
                    .max(Map.Entry.comparingByValue());
            if (best.isEmpty()) {
                set(MatterField.KIND, Confidence.MISSING);
                warnings.add(ImportWarning.of("importer.warning.kindUnknown"));
                return;
            }
            kind = best.get().getKey();
            set(MatterField.KIND, Confidence.UNSURE);
            long ties = score.values().stream().filter(v -> v.equals(best.get().getValue())).count();
            if (ties > 1) {
                warnings.add(ImportWarning.of("importer.warning.kindAmbiguous", kind));
            }
        }

        /** "Motion om ...", "Interpellation till ...", "Fråga:" — not a sentence that starts with the word. */
        private static boolean isHeading(String line, String rest) {
            String r = rest.toLowerCase(Locale.ROOT);
            return line.length() <= 300 && (r.isEmpty() || TOPIC.matcher(rest).find() || r.startsWith("till ")
                    || r.startsWith("från ") || r.matches("^[-–:,].*") || !line.endsWith(".") && line.length() <= 150);
        }

        private void heading(int line, String rest) {
            headingLine = line;
            headingRest = rest.strip();
            used.add(line);
            set(MatterField.KIND, Confidence.SURE);
        }

        private static MatterKind headingKind(String word) {
            String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            return switch (w) {
                case "motion" -> MatterKind.MOTION;
                case "interpellation" -> MatterKind.INTERPELLATION;
                case "fråga", "enkel fråga" -> MatterKind.QUESTION;
                case "medborgarförslag" -> MatterKind.CITIZEN_PROPOSAL;
                case "anförande", "inlägg" -> MatterKind.SPEECH;
                default -> MatterKind.REFERRAL;
            };
        }

        // ---- number and date ----

        private void number() {
            Matcher m = NUMBER.matcher(flat);
            if (m.find()) {
                b.number(m.group("n").strip());
                set(MatterField.NUMBER, Confidence.SURE);
            }
        }

        private boolean isDateLine(String line) {
            return DATE_LINE.matcher(line).matches() || LABELLED_DATE.matcher(line).lookingAt();
        }

        private void date() {
            LocalDate withPlace = null;
            String place = null;
            LocalDate alone = null;
            LinkedHashSet<LocalDate> all = new LinkedHashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                Matcher m = DATE_LINE.matcher(line);
                Matcher labelled = LABELLED_DATE.matcher(line);
                Optional<LocalDate> date = Optional.empty();
                String p = null;
                if (m.matches()) {
                    date = SwedishDates.of(m);
                    p = m.group("place") == null ? null : m.group("place").replaceFirst("(?i)[ -]den$", "");
                } else if (labelled.lookingAt()) {
                    date = SwedishDates.of(labelled);
                }
                if (date.isEmpty()) {
                    continue;
                }
                used.add(i);
                all.add(date.get());
                if (p != null && isPlace(p) && withPlace == null) {
                    withPlace = date.get();
                    place = p;
                } else if (alone == null) {
                    alone = date.get();
                }
            }
            submitted = withPlace != null ? withPlace : alone;
            if (submitted == null && headingLine >= 0) {
                Matcher inHeading = SwedishDates.ANY_DATE.matcher(lines.get(headingLine));
                if (inHeading.find() && SwedishDates.of(inHeading).isPresent()) {
                    submitted = SwedishDates.of(inHeading).get();
                    b.submitted(submitted);
                    set(MatterField.SUBMITTED, Confidence.UNSURE);
                    set(MatterField.PLACE, Confidence.MISSING);
                    return;
                }
            }
            if (submitted == null) {
                set(MatterField.SUBMITTED, Confidence.MISSING);
                warnings.add(ImportWarning.of("importer.warning.noDate"));
            } else {
                b.submitted(submitted);
                set(MatterField.SUBMITTED, all.size() > 1 ? Confidence.UNSURE : Confidence.SURE);
                if (all.size() > 1) {
                    warnings.add(ImportWarning.of("importer.warning.severalDates", submitted));
                }
            }
            if (place != null) {
                b.place(place);
                set(MatterField.PLACE, Confidence.SURE);
            } else {
                set(MatterField.PLACE, Confidence.MISSING);
            }
        }

        private static boolean isPlace(String word) {
            String w = word.toLowerCase(Locale.ROOT);
            return Character.isUpperCase(word.charAt(0))
                    && !w.matches("(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?|den|datum|daterad|publicerad"
                    + "|publicerat|postat|skrivet|upplagd|upplagt|inlämnad|inkom|väckt");
        }

        // ---- people ----

        private void addressee() {
            List<Integer> candidates = new ArrayList<>();
            if (headingLine >= 0) {
                candidates.add(headingLine);
            }
            for (int i = 0; i < Math.min(lines.size(), 15); i++) {
                if (lines.get(i).toLowerCase(Locale.ROOT).startsWith("till")) {
                    candidates.add(i);
                }
            }
            for (int i = 0; i < lines.size(); i++) {
                if (ADDRESSED.matcher(lines.get(i)).find() && !candidates.contains(i)) {
                    candidates.add(i);
                }
            }
            Addressee roleOnly = null;
            int roleLine = -1;
            for (int i : candidates) {
                String line = i == headingLine ? headingRest : lines.get(i);
                if (answerDocument && i == headingLine) {
                    continue;
                }
                Matcher addressed = ADDRESSED.matcher(line);
                String from = addressed.find() && i != headingLine ? line.substring(addressed.end()) : line;
                Matcher m = TILL.matcher(from.replaceFirst("(?i)^till\\s*:\\s*", "till "));
                if (m.find() && m.start() <= 1) {
                    Optional<Addressee> a = Signatures.addressee(m.group("who").replaceAll("[:.]+$", ""));
                    if (i == headingLine) {
                        headingRest = m.group("topic") == null ? "" : "om " + m.group("topic");
                    }
                    if (a.isPresent() && a.get().name() != null) {
                        b.addressee(a.get());
                        set(MatterField.ADDRESSEE, Confidence.SURE);
                        used.add(i);
                        return;
                    }
                    if (a.isPresent() && roleOnly == null) {
                        roleOnly = a.get();
                        roleLine = i;
                    }
                }
            }
            if (roleOnly != null) {
                b.addressee(roleOnly);
                set(MatterField.ADDRESSEE, Confidence.UNSURE);
                used.add(roleLine);
                return;
            }
            if (kind.hasAddressee()) {
                set(MatterField.ADDRESSEE, Confidence.MISSING);
            }
        }

        private void authors() {
            List<Person> found = new ArrayList<>();
            List<Integer> signatureLines = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (used.contains(i) && i != headingLine) {
                    continue;
                }
                List<Person> people = Signatures.signatureLine(lines.get(i));
                if (!people.isEmpty() && i != headingLine) {
                    signatureLines.add(i);
                    for (Person p : people) {
                        if (found.stream().noneMatch(f -> f.name().equals(p.name()))) {
                            found.add(p);
                        }
                    }
                }
            }
            signatureLines.forEach(used::add);
            if (answerDocument) {
                answerDocumentPeople(found);
                return;
            }
            if (!found.isEmpty()) {
                b.authors(found);
                set(MatterField.AUTHORS, Confidence.SURE);
                return;
            }
            List<Person> closing = closingNames();
            if (!closing.isEmpty()) {
                b.authors(closing);
                set(MatterField.AUTHORS, Confidence.UNSURE);
                return;
            }
            Matcher by = SUBMITTED_BY.matcher(flat);
            if (by.find()) {
                b.authors(List.of(new Person(by.group("name"), by.group("party"))));
                set(MatterField.AUTHORS, Confidence.UNSURE);
                return;
            }
            set(MatterField.AUTHORS, Confidence.MISSING);
        }

        /** In an answer the one who signs is the one asked; the asker is named in the heading ("från ..."). */
        private void answerDocumentPeople(List<Person> signers) {
            Matcher from = FROM.matcher(headingRest);
            if (from.matches()) {
                List<Person> askers = Signatures.signatureLine(from.group("who"));
                if (askers.isEmpty()) {
                    askers = Signatures.bareName(from.group("who")).map(List::of).orElse(List.of());
                }
                if (!askers.isEmpty()) {
                    b.authors(askers);
                    set(MatterField.AUTHORS, Confidence.SURE);
                }
                headingRest = from.group("topic") == null ? "" : "om " + from.group("topic");
            } else {
                set(MatterField.AUTHORS, Confidence.MISSING);
            }
            if (!signers.isEmpty()) {
                Person last = signers.getLast();
                b.addressee(new Addressee(last.name(), last.party(), null));
                set(MatterField.ADDRESSEE, Confidence.UNSURE);
            } else {
                set(MatterField.ADDRESSEE, Confidence.MISSING);
            }
        }

        /** Bare names under a closing such as "Med vänlig hälsning", "För Vänsterpartiet" or a dotted line. */
        private List<Person> closingNames() {
            List<Person> out = new ArrayList<>();
            String party = null;
            boolean closing = false;
            for (int i = Math.max(0, lines.size() - 15); i < lines.size(); i++) {
                String line = lines.get(i);
                if (CLOSING.matcher(line).matches()) {
                    closing = true;
                    party = Signatures.partyLine(line).orElse(party);
                    continue;
                }
                if (closing && !line.isEmpty()) {
                    Optional<Person> p = Signatures.bareName(line);
                    if (p.isPresent()) {
                        out.add(new Person(p.get().name(), party));
                        used.add(i);
                    } else if (!isDateLine(line)) {
                        closing = false;
                    }
                }
            }
            return out;
        }

        // ---- proposals ----

        /** The line that introduces the proposal clauses: one followed by a list of them, else the last one
         *  with its clauses in the same sentence (only where the kind asks for a decision). */
        private int triggerLine() {
            for (int i = 0; i < lines.size(); i++) {
                if (PROPOSAL_TRIGGER.matcher(lines.get(i)).find() && !clausesFrom(i).isEmpty()) {
                    return i;
                }
            }
            if (!kind.hasProposals() && kind != MatterKind.OTHER) {
                return -1;
            }
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (PROPOSAL_TRIGGER.matcher(lines.get(i)).find() && !inline(lines.get(i)).isEmpty()) {
                    return i;
                }
            }
            return -1;
        }

        private List<Integer> clauseLines() {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (CLAUSE_START.matcher(lines.get(i)).matches()) {
                    out.add(i);
                }
            }
            return out;
        }

        /** The "att" clauses on the lines after a trigger line, a clause running on over lines in lower case. */
        private List<String> clausesFrom(int trigger) {
            List<String> out = new ArrayList<>();
            StringBuilder current = null;
            for (int i = trigger + 1; i < lines.size(); i++) {
                String line = lines.get(i);
                Matcher m = CLAUSE_START.matcher(line);
                if (m.matches()) {
                    if (current != null) {
                        out.add(cleanClause(current.toString()));
                    }
                    current = new StringBuilder(m.group("clause"));
                } else if (line.isEmpty()) {
                    continue;
                } else if (current != null && Character.isLowerCase(line.charAt(0))) {
                    current.append(' ').append(line);
                } else if (current != null || i > trigger + 3) {
                    break;
                }
            }
            if (current != null) {
                out.add(cleanClause(current.toString()));
            }
            out.removeIf(String::isBlank);
            return out;
        }

        /** "... föreslår att fullmäktige beslutar att X, att Y och att Z" on one line. */
        private static List<String> inline(String line) {
            Matcher m = INLINE_CLAUSES.matcher(line);
            if (!m.find()) {
                m = INLINE_PROPOSAL.matcher(line);
                if (!m.find()) {
                    return List.of();
                }
            }
            List<String> out = new ArrayList<>();
            for (String part : CLAUSE_SPLIT.split(m.group("rest"))) {
                String clause = cleanClause(part);
                if (!clause.isBlank()) {
                    out.add(clause);
                }
            }
            return out;
        }

        private static String cleanClause(String clause) {
            return clause.strip().replaceFirst("(?i)^att\\s+", "").replaceAll("(?i)[\\s,;.]*(?:samt|och)?[\\s,;.]*$", "")
                    .strip();
        }

        private void proposals() {
            int trigger = triggerLine();
            List<String> clauses = new ArrayList<>();
            if (trigger >= 0) {
                clauses.addAll(clausesFrom(trigger));
                if (clauses.isEmpty()) {
                    clauses.addAll(inline(lines.get(trigger)));
                }
            }
            Confidence c = Confidence.SURE;
            if (clauses.isEmpty() && kind.hasProposals() && clauseLines().size() >= 2) {
                for (int i : clauseLines()) {
                    Matcher m = CLAUSE_START.matcher(lines.get(i));
                    if (m.matches()) {
                        clauses.add(cleanClause(m.group("clause")));
                    }
                }
                c = Confidence.UNSURE;
            }
            if (!clauses.isEmpty()) {
                b.proposals(clauses);
                set(MatterField.PROPOSALS, c);
            } else if (kind.hasProposals()) {
                set(MatterField.PROPOSALS, Confidence.MISSING);
                warnings.add(ImportWarning.of("importer.warning.noProposals"));
            }
        }

        // ---- questions and answer ----

        private void questions() {
            List<String> best = numberedQuestions();
            Confidence c = Confidence.SURE;
            if (best.isEmpty()) {
                best = introducedQuestions();
                c = Confidence.UNSURE;
            }
            if (!best.isEmpty()) {
                questionsFound = best;
                b.questions(best);
                set(MatterField.QUESTIONS, c);
            } else if (kind.hasAddressee()) {
                set(MatterField.QUESTIONS, Confidence.MISSING);
                warnings.add(ImportWarning.of("importer.warning.noQuestions"));
            }
        }

        /** The longest run 1, 2, 3 ... of numbered questions, on lines of their own or run together. */
        private List<String> numberedQuestions() {
            Matcher m = NUMBERED_QUESTION.matcher(flat);
            List<String> best = List.of();
            List<String> run = new ArrayList<>();
            while (m.find()) {
                int n = Integer.parseInt(m.group("n"));
                if (n == run.size() + 1) {
                    run.add(m.group("q").strip());
                } else if (n == 1) {
                    run = new ArrayList<>(List.of(m.group("q").strip()));
                } else {
                    continue;
                }
                if (run.size() > best.size()) {
                    best = List.copyOf(run);
                }
            }
            // A lone "1 ...?" is a number in the prose more often than a list.
            return best.size() >= 2 || kind == MatterKind.QUESTION ? best : List.of();
        }

        /** Unnumbered questions on the lines after "Mina frågor till X är:", or a question's one question. */
        private List<String> introducedQuestions() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < lines.size() && out.isEmpty(); i++) {
                if (!QUESTION_INTRO.matcher(lines.get(i)).find()) {
                    continue;
                }
                for (int j = i + 1; j < lines.size(); j++) {
                    String line = lines.get(j).replaceFirst("^[-–•*]\\s*", "");
                    if (line.isEmpty() && out.isEmpty()) {
                        continue;
                    }
                    if (!line.endsWith("?")) {
                        break;
                    }
                    out.add(line);
                }
            }
            if (out.isEmpty() && kind == MatterKind.QUESTION && !answerDocument) {
                // A question's questions are the sentences ending in "?" outside its heading and signature.
                List<String> body = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    if (!used.contains(i)) {
                        body.add(lines.get(i));
                    }
                }
                Matcher q = QUESTION_SENTENCE.matcher(String.join(" ", body).replaceAll("\\s+", " ").strip());
                while (q.find() && out.size() < 5) {
                    out.add(q.group(1).strip());
                }
            }
            return out;
        }

        private int answerCueLine() {
            for (int i = 0; i < lines.size(); i++) {
                if (ANSWER_CUE.matcher(lines.get(i)).find()) {
                    return i;
                }
            }
            return -1;
        }

        private void answer() {
            if (!kind.hasAddressee()) {
                return;
            }
            int from = answerDocument ? headingLine : answerCueLine();
            if (from < 0) {
                return;
            }
            List<String> out = new ArrayList<>();
            for (int i = from + 1; i < lines.size(); i++) {
                String line = lines.get(i);
                if (BLOG_TAIL.matcher(line).matches()) {
                    break;
                }
                if (used.contains(i) && !line.isEmpty() || CLOSING.matcher(line).matches()) {
                    continue;
                }
                out.add(line);
            }
            String answer = String.join("\n", out).strip().replaceAll("\n{3,}", "\n\n");
            if (!answer.isEmpty()) {
                b.answer(answer);
                answered = true;
                set(MatterField.ANSWER, Confidence.SURE);
            }
        }

        // ---- deadline ----

        private void deadline() {
            for (String sentence : flat.split("(?<=[.!?])\\s+")) {
                if (!REPLY_WORDS.matcher(sentence).find()) {
                    continue;
                }
                Matcher end = END_OF_MONTH.matcher(sentence);
                Matcher by = BY_DATE.matcher(sentence);
                if (by.find()) {
                    if (by.group("iso") != null) {
                        Optional<LocalDate> d = iso(by.group("iso"));
                        if (d.isPresent()) {
                            reply(d.get(), Confidence.SURE);
                            return;
                        }
                        continue;
                    }
                    if (dayInMonth(by.group("d"), by.group("mon"), by.group("y"), false)) {
                        return;
                    }
                } else if (end.find() && dayInMonth(null, end.group("mon"), end.group("y"), true)) {
                    return;
                }
            }
        }

        private static Optional<LocalDate> iso(String s) {
            try {
                return Optional.of(LocalDate.parse(s));
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
        }

        /** A day (or the month's end) in a month; a missing year is the first such day after the text's date. */
        private boolean dayInMonth(String day, String monthName, String year, boolean endOfMonth) {
            int month = SwedishDates.month(monthName);
            try {
                if (year != null) {
                    LocalDate first = LocalDate.of(Integer.parseInt(year), month, 1);
                    reply(endOfMonth ? first.withDayOfMonth(first.lengthOfMonth())
                            : first.withDayOfMonth(Integer.parseInt(day)), Confidence.SURE);
                    return true;
                }
                if (submitted == null) {
                    warnings.add(ImportWarning.of("importer.warning.deadlineWithoutYear"));
                    return true;
                }
                LocalDate first = LocalDate.of(submitted.getYear(), month, 1);
                if (first.plusMonths(1).isBefore(submitted.withDayOfMonth(1).plusDays(1))) {
                    first = first.plusYears(1);
                }
                LocalDate date = endOfMonth ? first.withDayOfMonth(first.lengthOfMonth())
                        : first.withDayOfMonth(Integer.parseInt(day));
                reply(date, Confidence.UNSURE);
                warnings.add(ImportWarning.of("importer.warning.deadlineYearFromDate", date));
                return true;
            } catch (java.time.DateTimeException e) {
                return false;
            }
        }

        private void reply(LocalDate date, Confidence c) {
            b.replyBy(date);
            set(MatterField.REPLY_BY, c);
        }

        // ---- title ----

        private void title() {
            String t = null;
            Confidence c = Confidence.UNSURE;
            if (headingLine >= 0) {
                String rest = TOPIC.matcher(tidyHeading(headingRest)).replaceFirst("");
                if (!rest.isBlank() && !headingRest.toLowerCase(Locale.ROOT).startsWith("till ")) {
                    t = rest;
                    c = Confidence.SURE;
                } else {
                    t = nextTitleLine(headingLine + 1);
                }
            }
            if (t == null && kind != MatterKind.OTHER && kind != MatterKind.SPEECH
                    && kind != MatterKind.REFERRAL) {
                Matcher m = KIND_TOPIC.matcher(String.join("\n", lines));
                if (m.find()) {
                    t = m.group("topic");
                }
            }
            if (t == null) {
                t = nextTitleLine(0);
            }
            if (t == null && kind == MatterKind.QUESTION && !questionsFound.isEmpty()) {
                t = questionsFound.getFirst();
            }
            if (t == null || tidyTitle(t).isBlank()) {
                String base = name.replaceFirst("\\.[^.]{1,5}$", "").strip();
                t = base.isEmpty() ? se.ledamot.l10n.Localization.get("importer.title.none") : base;
                c = Confidence.MISSING;
                warnings.add(ImportWarning.of("importer.warning.noTitle"));
            }
            String title = tidyTitle(t);
            b.title(title.isBlank() ? se.ledamot.l10n.Localization.get("importer.title.none") : title);
            set(MatterField.TITLE, c);
        }

        /** The first short line from a line on that is not a date, a party name or a signature. */
        private String nextTitleLine(int from) {
            for (int i = from; i < lines.size(); i++) {
                String line = lines.get(i);
                Matcher subject = SUBJECT_LABEL.matcher(line);
                if (subject.lookingAt() && !line.substring(subject.end()).isBlank()) {
                    return line.substring(subject.end());
                }
                if (line.isEmpty() || used.contains(i) || Signatures.partyLine(line).isPresent()
                        || LABEL_LINE.matcher(line).matches() || GREETING.matcher(line).matches()) {
                    continue;
                }
                return line.length() <= MAX_TITLE && !line.matches(".*[.:]$") ? line : null;
            }
            return null;
        }

        /** What follows the kind word in a heading, without the meeting and date a speech's heading names. */
        private static String tidyHeading(String rest) {
            String s = SwedishDates.ANY_DATE.matcher(rest).replaceAll(" ").replaceAll("\\s+", " ").strip();
            s = s.replaceFirst("^[-–:,]\\s*", "");
            s = MEETING_PREFIX.matcher(s).replaceFirst("");
            return s.replaceFirst("^[-–:,]\\s*", "").strip();
        }

        private static String tidyTitle(String t) {
            String s = t.strip().replaceFirst("(?i)^att\\s+", "").replaceAll("[\\s:;,|]+$", "").strip();
            if (s.length() > MAX_TITLE) {
                int cut = s.lastIndexOf(' ', MAX_TITLE);
                s = s.substring(0, cut > 40 ? cut : MAX_TITLE) + "…";
            }
            return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        }

        // ---- status ----

        private Status status() {
            Lifecycle life = Lifecycle.of(kind);
            if (kind.hasAddressee() && answered) {
                return Status.ANSWER_READY;
            }
            return submitted != null && kind != MatterKind.SPEECH ? life.submitted() : life.initial();
        }
    }
}
