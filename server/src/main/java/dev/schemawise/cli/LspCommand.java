package dev.schemawise.cli;

import dev.schemawise.lsp.SchemawiseLanguageServer;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code schemawise lsp}: the language server on stdin/stdout. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = {"Runs the language server, speaking LSP over stdin and stdout. Editors start it; see clients/ for VS Code, Neovim and Emacs.",
                "Logs go to stderr. Exit code 0 after a shutdown request, 1 when the editor went away without one."})
final class LspCommand implements Callable<Integer> {

    @Option(names = "--stdio", description = "Use stdin and stdout (the default and only transport; accepted because clients pass it).")
    boolean stdio;

    @Override
    public Integer call() throws Exception {
        FileOutputStream out = new FileOutputStream(FileDescriptor.out);
        PrintStream log = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        // stdout carries the protocol: anything else printed there would corrupt it.
        System.setOut(log);
        return SchemawiseLanguageServer.serve(new FileInputStream(FileDescriptor.in), out, log);
    }
}
