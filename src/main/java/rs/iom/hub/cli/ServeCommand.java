package rs.iom.hub.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code hub serve}: bakes the site and serves it on localhost. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Bakes the site and previews it on localhost.")
public final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return HubCommand.USAGE;
    }
}
