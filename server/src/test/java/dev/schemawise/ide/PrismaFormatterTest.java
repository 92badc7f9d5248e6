package dev.schemawise.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.schemawise.TestFiles;
import dev.schemawise.model.Schema;
import dev.schemawise.model.Table;
import dev.schemawise.prisma.PrismaFrontEnd;
import dev.schemawise.prisma.PrismaSchemaMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Prisma formatter agrees with prisma format: on cases whose expected output was produced by Prisma's own
 * formatter (prisma-schema-wasm, tools/oracles) and kept beside them; leaves prisma-formatted schemas unchanged;
 * is idempotent; never changes what the schema means; and, when the oracle is installed, agrees with it live on
 * reformatted variants of the corpus schema.
 */
class PrismaFormatterTest {

    private static final Path CASES = TestFiles.repoRoot().resolve("server/src/test/resources/format");

    @TestFactory
    Stream<DynamicTest> casesMatchPrismaFormat() throws IOException {
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> s = Files.list(CASES)) {
            s.filter(p -> p.toString().endsWith(".prisma") && !p.toString().endsWith(".expected.prisma")).sorted().forEach(inputs::add);
        }
        return inputs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String expected = Files.readString(p.resolveSibling(p.getFileName().toString().replace(".prisma", ".expected.prisma")));
            assertEquals(expected, PrismaFormatter.format(Files.readString(p)));
        }));
    }

    @Test
    void formattedSchemasStayAsTheyAre() {
        for (Path p : List.of(TestFiles.corpus("prisma/trigger.dev.schema.prisma"), TestFiles.repoRoot().resolve("examples/prisma/schema.prisma"))) {
            String text = TestFiles.read(p);
            assertEquals(text, PrismaFormatter.format(text), p.toString());
        }
    }

    @Test
    void idempotentAndMeaningPreservingOnScrambledSchemas() {
        String text = TestFiles.read(TestFiles.corpus("prisma/trigger.dev.schema.prisma"));
        Random random = new Random(42);
        for (int i = 0; i < 5; i++) {
            String scrambled = scramble(text, random);
            String once = PrismaFormatter.format(scrambled);
            assertEquals(text, once, "scrambled whitespace formats back to prisma format's output");
            assertEquals(once, PrismaFormatter.format(once));
            assertEquals(shape(scrambled), shape(once));
        }
    }

    @Test
    void brokenFilesAreLeftAlone() {
        assertNull(PrismaFormatter.format("model A {\n  id Int @id @default(\n}\n"));
        String text = TestFiles.read(TestFiles.corpus("prisma/trigger.dev.schema.prisma"));
        for (int cut = 0; cut < text.length(); cut += 97) PrismaFormatter.format(text.substring(0, cut));
    }

    /** Live comparison with Prisma's formatter when node and tools/oracles are installed (CI installs them). */
    @Test
    void agreesWithPrismaFormatLive() throws Exception {
        Path oracle = TestFiles.repoRoot().resolve("tools/oracles");
        Assumptions.assumeTrue(Files.isDirectory(oracle.resolve("node_modules/@prisma/prisma-schema-wasm")), "tools/oracles not installed (npm ci)");
        String text = TestFiles.read(TestFiles.corpus("prisma/trigger.dev.schema.prisma"));
        Random random = new Random(7);
        for (String sample : List.of(scramble(text, random), scramble(TestFiles.read(CASES.resolve("case1.prisma")), random),
                scramble(TestFiles.read(CASES.resolve("case5.prisma")), random))) {
            Path file = Files.createTempFile("schemawise", ".prisma");
            Files.writeString(file, sample);
            Process process = new ProcessBuilder("node", oracle.resolve("prisma-check.mjs").toString(), "--print-formatted", file.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String expected = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(60, TimeUnit.SECONDS);
            Files.delete(file);
            String ours = PrismaFormatter.format(sample);
            if (!expected.equals(ours)) {
                Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "schemawise-format-expected.prisma"), expected);
                Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "schemawise-format-actual.prisma"), ours == null ? "null" : ours);
            }
            assertEquals(expected, ours, "differs from prisma format (see schemawise-format-*.prisma in the temp folder)");
        }
    }

    /** Changes spacing only (not inside comments or strings): collapses alignment, adds spaces, extra blank lines, tabs. */
    static String scramble(String text, Random random) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String l = line;
            boolean comment = l.strip().startsWith("/") || l.strip().startsWith("*");
            String trailing = "";
            int slashes = l.indexOf("//");
            if (slashes > 0 && !comment) {
                trailing = " " + l.substring(slashes);
                l = l.substring(0, slashes);
            }
            boolean quoted = l.contains("\"");
            if (l.startsWith("  ") && !comment && quoted) {
                l = random.nextBoolean() ? "\t" + l.strip() : "      " + l.strip();
            } else if (l.startsWith("  ") && !comment) {
                l = switch (random.nextInt(4)) {
                    case 0 -> "\t" + l.strip().replaceAll(" {2,}", " ");
                    case 1 -> "    " + l.strip().replaceAll(" +", "   ");
                    case 2 -> " " + l.strip();
                    default -> l;
                };
                l = l.replace(", ", random.nextBoolean() ? "," : " ,  ").replace(": ", random.nextBoolean() ? ":" : " : ");
            }
            b.append(l).append(trailing).append('\n');
            if (l.isEmpty() && random.nextInt(5) == 0) b.append('\n');
        }
        return b.substring(0, b.length() - 1);
    }

    private static List<String> shape(String prisma) {
        Schema s = PrismaSchemaMapper.map(List.of(PrismaFrontEnd.parse("s.prisma", prisma)), null).schema();
        List<String> out = new ArrayList<>();
        for (Table t : s.tables()) {
            out.add(t.name() + " " + t.columns().stream().map(c -> c.name() + ":" + c.type().raw() + ":" + c.nullable() + ":" + c.defaultValue()).toList()
                    + " pk=" + (t.primaryKey() == null ? null : t.primaryKey().columns()) + " fks=" + t.foreignKeys().stream()
                    .map(f -> f.columns() + "->" + f.targetTable() + f.targetColumns() + f.onDelete()).toList()
                    + " idx=" + t.indexes().stream().map(i -> i.name() + i.keys()).toList() + " uq=" + t.uniques().stream().map(u -> u.columns()).toList());
        }
        return out;
    }
}
