package se.ledamot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.ledamot.l10n.Localization;
import se.ledamot.service.ServerAdministration;

/**
 * {@code ledamot server user LOGIN --group S --role member --server URL}: puts a login in a party group with a role
 * (the same as {@code CALL ledamot_enrol} in psql); {@code --remove} takes it out of Ledamot.
 */
@Command(name = "user", mixinStandardHelpOptions = true)
final class ServerUserCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServerCommand.Connection connection;

    @Parameters(index = "0", paramLabel = "INLOGGNING", descriptionKey = "server.param.login")
    String login;

    @Option(names = "--group", paramLabel = "PARTI", descriptionKey = "server.option.group")
    String group;

    @Option(names = "--role", paramLabel = "ROLL", defaultValue = "member", descriptionKey = "server.option.role")
    String role;

    @Option(names = "--name", paramLabel = "NAMN", descriptionKey = "server.option.name")
    String name;

    @Option(names = "--remove", descriptionKey = "server.option.remove")
    boolean remove;

    @Override
    public Integer call() {
        ServerAdministration.Server address = connection.address();
        var out = spec.commandLine().getOut();
        if (remove) {
            ServerAdministration.remove(address, connection.password(address, spec.commandLine().getErr()), login);
            out.println(Localization.get("server.user.removed", login));
            return 0;
        }
        String chosen = ServerAdministration.role(role);
        ServerAdministration.checkEnrolment(group, name);
        ServerAdministration.enrol(address, connection.password(address, spec.commandLine().getErr()), login, group,
                chosen, name);
        String roleName = Localization.get("server.role." + chosen);
        out.println(group == null || group.isBlank()
                ? Localization.get("server.user.enrolled.noGroup", login, roleName)
                : Localization.get("server.user.enrolled", login, roleName,
                        group.strip().toUpperCase(java.util.Locale.ROOT)));
        return 0;
    }
}
