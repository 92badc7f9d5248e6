package dev.schemawise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A class-data archive recorded by a run that read no schema serves both readers of the next runs (ClassArchive). */
class ClassArchiveIT {

    @TempDir
    Path dir;

    @Test
    void anArchiveRecordedByAnyRunHoldsBothReaders() throws Exception {
        Path jar = Path.of(System.getProperty("schemawise.jar", "target/schemawise.jar"));
        assertTrue(Files.isRegularFile(jar), "the shaded jar " + jar.toAbsolutePath() + " exists (built by mvn package)");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path archive = dir.resolve("run.jsa");
        // `rules` reads no schema: neither reader, nor JSqlParser, is loaded by the run itself.
        assertEquals(0, run(java, "-XX:+UseSerialGC", "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-jar", jar.toString(), "rules"));
        assertTrue(Files.size(archive) > 1_000_000, "recorded: " + archive);

        Files.writeString(dir.resolve("shop.sql"), "CREATE TABLE item (id int PRIMARY KEY);\nCREATE VIEW items AS SELECT id FROM item;\n");
        Files.writeString(dir.resolve("schema.prisma"), "model User {\n  id Int @id\n}\n");
        Path log = dir.resolve("classes.txt");
        run(java, "-XX:+UseSerialGC", "-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-Xlog:class+load=info:file=" + log,
                "-jar", jar.toString(), "check", dir.resolve("shop.sql").toString(), dir.resolve("schema.prisma").toString());
        String loaded = Files.readString(log, StandardCharsets.UTF_8);
        for (String type : new String[] {"dev.schemawise.grammar.SqlParser", "dev.schemawise.grammar.PrismaParser",
                "dev.schemawise.rules.SelectStar", "net.sf.jsqlparser.parser.CCJSqlParser"}) {
            String line = loaded.lines().filter(l -> l.contains(" " + type + " ")).findFirst().orElse("");
            assertFalse(line.isEmpty(), type + " was loaded");
            assertTrue(line.contains("shared objects file"), "from the archive: " + line);
        }
    }

    private int run(String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve("out-" + System.nanoTime() + ".txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished: " + String.join(" ", command));
        return p.exitValue();
    }
}
