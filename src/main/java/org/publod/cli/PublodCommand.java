package org.publod.cli;

import java.io.PrintWriter;
import org.publod.PublodException;
import org.publod.pipeline.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code publod}: publishes an institute's publication reports as Linked Data. */
@Command(name = "publod", mixinStandardHelpOptions = true, versionProvider = PublodCommand.VersionProvider.class,
        description = "Publishes a research institute's publication reports as Linked Data.",
        subcommands = {PublishCommand.class, MapCommand.class, ValidateCommand.class, QueryCommand.class,
            ServeCommand.class, DescribeCommand.class, ReportCommand.class, IndexCommand.class, LinkCommand.class,
            GenerateCommand.class, ExportCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:everything was done",
            "1:a fault in publod",
            "2:the command line was wrong",
            "3:some entries were rejected, all others were published",
            "4:an input could not be used (report file, query, option value)",
            "5:the store could not be opened, read or written",
            "6:validate: everything conforms, with warnings"})
public final class PublodCommand {

    public static void main(String[] args) {
        System.exit(newCommandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true))
                .execute(args));
    }

    /** The command line with its output streams, error handling and exit codes, as {@code main} uses it. */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new PublodCommand());
        commandLine.setExpandAtFiles(false); // "@FILE.rq" names a query file, not an argument file
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (exception instanceof PublodException failure) {
                cmd.getErr().println("publod: " + failure.getMessage());
                return ExitCodes.of(failure.code());
            }
            cmd.getErr().println("publod: internal error: " + exception);
            exception.printStackTrace(cmd.getErr());
            return ExitCodes.INTERNAL;
        });
        return commandLine;
    }

    /** The version recorded in the jar's manifest. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"publod " + Version.current()};
        }
    }
}
