package se.ledamot.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterFilter;
import se.ledamot.domain.meeting.Overdue;
import se.ledamot.service.JsonEntries;
import se.ledamot.service.KeptSplice;

/**
 * The kept calls whose answer is an array of matters' entries — {@code list --json} with or without --kind, --status
 * and --party, {@code overdue --json} with or without --today — and how this command line writes the entries of
 * some matters for them ({@link KeptSplice}); the same writers as the commands', so an entry is the same bytes.
 */
public final class KeptEntries implements KeptSplice.Entries {
    @Override
    public Optional<KeptSplice.Writer> of(List<String> call) {
        String[] words = call.subList(1, call.size()).toArray(String[]::new);
        try {
            if (call.getFirst().equals("list")) {
                ListCommand list = parsed(new ListCommand(), words);
                if (!list.json || list.query != null || list.server != null) {
                    return Optional.empty();
                }
                MatterFilter filter = new MatterFilter(list.kind, list.status, list.party);
                return Optional.of(writer(JsonEntries.Order.REGISTER, (matters, rules, day, out) -> {
                    try (MatterJson.ListWriter entries = new MatterJson.ListWriter(out, rules)) {
                        matters.stream().filter(filter).forEach(entries);
                    }
                }));
            }
            if (call.getFirst().equals("overdue")) {
                OverdueCommand overdue = parsed(new OverdueCommand(), words);
                if (!overdue.json || overdue.server != null) {
                    return Optional.empty();
                }
                return Optional.of(writer(JsonEntries.Order.OVERDUE, (matters, rules, day, out) -> OverdueCommand
                        .printJson(out, Overdue.of(matters, rules, overdue.today != null ? overdue.today : day),
                                rules)));
            }
        } catch (CommandLine.ParameterException e) {
            // Not a call this command line knows the entries of.
        }
        return Optional.empty();
    }

    private static <T> T parsed(T command, String[] words) {
        new CommandLine(command).parseArgs(words);
        return command;
    }

    /** What writes entries onto a writer of text, as the commands' output is. */
    @FunctionalInterface
    private interface Entries {
        void write(List<Matter> matters, Deadlines rules, LocalDate day,
                PrintWriter out);
    }

    private static KeptSplice.Writer writer(JsonEntries.Order order, Entries entries) {
        return new KeptSplice.Writer() {
            @Override
            public JsonEntries.Order order() {
                return order;
            }

            @Override
            public void write(List<Matter> matters, Deadlines rules,
                    LocalDate day, OutputStream out) {
                PrintWriter text = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                entries.write(matters, rules, day, text);
                text.flush();
            }
        };
    }
}
