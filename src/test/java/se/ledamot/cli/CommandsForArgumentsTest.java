package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A start builds only the subcommand its arguments name; help, mistakes and the window get all of them. */
class CommandsForArgumentsTest {
    @Test
    void theNamedCommandAloneAfterTheTopOptionsAndTheirValues() {
        assertThat(LedamotCommand.commandsFor("--data", "/tmp/x", "show", "3", "--json"))
                .containsExactly(ShowCommand.class);
        assertThat(LedamotCommand.commandsFor("--server", "anna@host/db", "list")).containsExactly(ListCommand.class);
        assertThat(LedamotCommand.commandsFor("server", "init")).containsExactly(ServerCommand.class);
    }

    @Test
    void everyCommandWhenNoneIsNamed() {
        assertThat(LedamotCommand.commandsFor()).isEqualTo(LedamotCommand.COMMANDS);
        assertThat(LedamotCommand.commandsFor("--help")).isEqualTo(LedamotCommand.COMMANDS);
        assertThat(LedamotCommand.commandsFor("--data", "list")).as("a folder called list").isEqualTo(
                LedamotCommand.COMMANDS);
        assertThat(LedamotCommand.commandsFor("lst")).as("a typing mistake gets its suggestion").isEqualTo(
                LedamotCommand.COMMANDS);
    }
}
