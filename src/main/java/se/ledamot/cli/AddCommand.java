package se.ledamot.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.service.Ledamot;

@Command(name = "add", mixinStandardHelpOptions = true)
final class AddCommand extends DataCommand {
    @Option(names = "--kind", required = true, paramLabel = "K", converter = Converters.Kind.class,
            descriptionKey = "cli.option.kind")
    MatterKind kind;

    @Option(names = "--title", required = true, paramLabel = "T", descriptionKey = "cli.option.title")
    String title;

    @Option(names = "--submitted", paramLabel = "DATUM", converter = Converters.Date.class,
            descriptionKey = "cli.option.submitted")
    LocalDate submitted;

    @Option(names = "--author", paramLabel = "\"Namn (PARTI)\"", converter = Converters.Author.class,
            descriptionKey = "cli.option.author")
    List<Person> authors = new ArrayList<>();

    @Option(names = "--number", paramLabel = "DNR", descriptionKey = "cli.option.number")
    String number;

    @Option(names = "--to", paramLabel = "\"Namn (PARTI)\"", converter = Converters.Author.class,
            descriptionKey = "cli.option.to")
    Person addressee;

    @Option(names = "--proposal", paramLabel = "TEXT", descriptionKey = "cli.option.proposal")
    List<String> proposals = new ArrayList<>();

    @Option(names = "--question", paramLabel = "TEXT", descriptionKey = "cli.option.question")
    List<String> questions = new ArrayList<>();

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    int run(Ledamot app) {
        // Everything is checked by the domain before anything is written.
        Matter.Builder b = Matter.newMatter(kind, title).number(number).authors(authors)
                .proposals(proposals.stream().map(AddCommand::withoutAtt).toList()).questions(questions);
        if (addressee != null) {
            b.addressee(new Addressee(addressee.name(), addressee.party(), null));
        }
        if (submitted != null) {
            b.submitted(submitted).status(Matter.newMatter(kind, title).build().lifecycle().submitted());
        }
        Matter added = app.matters().add(b.build());
        if (json) {
            out().println(MatterJson.write(MatterJson.of(added, app.deadlines().rules())));
        } else {
            out().println(added.id());
        }
        return 0;
    }

    /** "att en plan tas fram" and "en plan tas fram" are the same clause. */
    static String withoutAtt(String clause) {
        return clause.strip().replaceFirst("(?i)^att\\s+", "");
    }
}
