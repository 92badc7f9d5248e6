package dev.schemawise.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code schemawise} command line. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage, configuration or I/O error. */
@Command(name = "schemawise",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Checks database schemas (SQL DDL for PostgreSQL, MySQL and SQLite, and Prisma) against a database architect's checklist.",
        subcommands = {CheckCommand.class, DocCommand.class, ErdCommand.class, RulesCommand.class, ExplainCommand.class, LspCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run 'schemawise help <command>' for a command's options."})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) throws Exception {
        ClassArchive.completeAtExit();
        if (isPlainLsp(args)) {
            // Editors start the server on every launch: skip building the whole command line (picocli reflects
            // over every command and option, about a quarter of a second before the first byte of protocol).
            System.exit(new LspCommand().call());
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** {@code lsp} with no option but {@code --stdio}: nothing for the command line to parse. */
    static boolean isPlainLsp(String[] args) {
        if (args.length == 0 || !args[0].equals("lsp")) return false;
        for (int i = 1; i < args.length; i++) if (!args[i].equals("--stdio")) return false;
        return true;
    }

    /** Runs the command line with the given streams and returns the exit code (used by tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("schemawise: " + e.getMessage());
            if (parseResult.hasMatchedOption("--debug")) e.printStackTrace(commandLine.getErr());
            return ERROR;
        });
        cli.setParameterExceptionHandler((e, argv) -> {
            e.getCommandLine().getErr().println("schemawise: " + e.getMessage());
            e.getCommandLine().getErr().println("Run 'schemawise " + (e.getCommandLine().getCommandName().equals("schemawise") ? "" : e.getCommandLine().getCommandName() + " ")
                    + "--help' for usage.");
            return ERROR;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, e.g. 'schemawise check .'");
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"schemawise " + version(), "Java " + System.getProperty("java.version")};
        }
    }
}
