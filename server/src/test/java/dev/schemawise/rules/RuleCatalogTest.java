package dev.schemawise.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemawise.TestFiles;
import dev.schemawise.model.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The closed registry's meta-test: every rule has a stable id, a class named after it, complete metadata, a
 * generated doc page, an entry in the configuration's JSON Schema, and fixtures: a positive case for every
 * dialect and front end it supports, a negative case, and fix fixtures when it has fixes. Run with
 * {@code -Dschemawise.updateDocs=true} to regenerate docs/rules/*.md and schemawise.schema.json.
 */
class RuleCatalogTest {

    private static final boolean UPDATE = Boolean.getBoolean("schemawise.updateDocs");
    private static final Path REPO = TestFiles.repoRoot();

    @Test
    void idsMetadataAndClassNames() {
        Set<String> ids = new HashSet<>();
        for (Rule r : Rules.all()) {
            RuleInfo i = r.info();
            assertTrue(i.id().matches("[a-z]+(-[a-z]+)*"), "kebab-case id: " + i.id());
            assertTrue(ids.add(i.id()), "duplicate id " + i.id());
            assertEquals(RuleDocs.className(i.id()), r.getClass().getSimpleName(), "rule id = class name");
            assertTrue(i.summary().endsWith("."), "summary is a sentence: " + i.id());
            assertTrue(i.explanation().contains("Bad") && i.explanation().contains("Good"), "explanation has a bad and a good example: " + i.id());
            assertTrue(!i.targets().isEmpty(), "targets: " + i.id());
        }
    }

    @Test
    void docPagesAreGeneratedFromMetadata() throws IOException {
        Path docs = REPO.resolve("docs/rules");
        Files.createDirectories(docs);
        List<String> stale = new ArrayList<>();
        for (Rule r : Rules.all()) {
            Path page = docs.resolve(r.info().id() + ".md");
            String expected = RuleDocs.markdown(r.info());
            if (UPDATE) Files.writeString(page, expected);
            assertTrue(Files.exists(page), "missing " + REPO.relativize(page) + " (run with -Dschemawise.updateDocs=true)");
            if (!Files.readString(page).equals(expected)) stale.add(REPO.relativize(page).toString());
        }
        assertEquals(List.of(), stale, "doc pages differ from the metadata (run with -Dschemawise.updateDocs=true)");
        try (Stream<Path> pages = Files.list(docs)) {
            for (Path p : pages.toList()) {
                String name = p.getFileName().toString();
                if (name.equals("README.md")) continue;
                assertTrue(Rules.byId(name.replace(".md", "")) != null, "doc page of an unknown rule: " + name);
            }
        }
    }

    @Test
    void configurationSchemaIsGeneratedFromTheCatalogue() throws IOException {
        Path schema = REPO.resolve("schemawise.schema.json");
        String expected = ConfigSchema.generate();
        if (UPDATE) Files.writeString(schema, expected);
        assertEquals(expected, Files.readString(schema), "schemawise.schema.json is out of date (run with -Dschemawise.updateDocs=true)");
    }

    @Test
    void everyRuleHasPositiveNegativeAndFixFixtures() {
        List<String> missing = new ArrayList<>();
        for (Rule r : Rules.all()) {
            RuleInfo i = r.info();
            List<Fixtures.Case> cases = Fixtures.cases(i.id());
            if (cases.stream().noneMatch(c -> !c.positive())) missing.add(i.id() + ": a negative case (a file without markers)");
            for (RuleInfo.Target t : i.targets()) {
                boolean covered = switch (t) {
                    case PRISMA -> cases.stream().anyMatch(c -> c.positive() && c.prisma());
                    default -> cases.stream().anyMatch(c -> c.positive() && dialect(c) == Dialect.valueOf(t.name()));
                };
                if (!covered) missing.add(i.id() + ": a positive " + t.name().toLowerCase() + " case");
            }
            boolean fixFixtures = cases.stream().anyMatch(c -> !c.fixed().isEmpty());
            if (i.fixes() != RuleInfo.Fixes.NONE && !fixFixtures) missing.add(i.id() + ": a .fixed file (it offers fixes)");
            if (i.fixes() == RuleInfo.Fixes.NONE && fixFixtures) missing.add(i.id() + ": declares no fixes but has .fixed files");
        }
        assertEquals(List.of(), missing);
    }

    /** A case's dialect: configured, else its Prisma datasource provider, else PostgreSQL. */
    private static Dialect dialect(Fixtures.Case c) {
        if (c.config().dialect() != null) return c.config().dialect();
        for (String text : c.files().values()) {
            var m = java.util.regex.Pattern.compile("provider\\s*=\\s*\"(mysql|sqlite|postgresql)\"").matcher(text);
            while (m.find()) {
                if (!m.group(1).equals("postgresql")) return Dialect.fromId(m.group(1));
            }
        }
        return Dialect.POSTGRESQL;
    }
}
