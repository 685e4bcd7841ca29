package se.ledamot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import se.ledamot.l10n.Localization;
import se.ledamot.service.ServerAdministration;

/** {@code ledamot server init --server URL}: prepares or upgrades the database and says what is left to do. */
@Command(name = "init", mixinStandardHelpOptions = true)
final class ServerInitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServerCommand.Connection connection;

    @Override
    public Integer call() {
        ServerAdministration.Server address = connection.address();
        ServerAdministration.Prepared done = ServerAdministration.init(address,
                connection.password(address, spec.commandLine().getErr()));
        var out = spec.commandLine().getOut();
        out.println(Localization.get("server.init.done", address, done.version(), done.migrationsRun(),
                address.host(), String.valueOf(address.port()), address.database(), address.user()));
        out.println();
        out.println(Localization.get(done.connectLimited() ? "server.init.connect.limited"
                : "server.init.connect.manual", address.database()));
        return 0;
    }
}
