package dev.schemawise.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemawise.TestFiles;
import dev.schemawise.workspace.ParseCache;
import dev.schemawise.workspace.SourceFile;
import dev.schemawise.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SymbolIndexTest {

    /** What {@link SymbolIndex#at} must answer: every symbol of the file containing the offset, innermost first. */
    private static List<SymbolIndex.Symbol> scanned(SymbolIndex index, String file, int offset) {
        List<SymbolIndex.Symbol> out = new ArrayList<>();
        for (SymbolIndex.Symbol s : index.inFile(file)) {
            if (s.range().start() <= offset && offset <= s.range().end()) out.add(s);
        }
        out.sort((a, b) -> Integer.compare(a.range().length(), b.range().length()));
        return out;
    }

    @Test
    void symbolsAtAnOffsetAreThoseAScanOfTheFileFinds() {
        for (String name : List.of("sql/danbooru.structure.sql", "prisma/trigger.dev.schema.prisma")) {
            Path path = TestFiles.corpus(name);
            String file = path.getFileName().toString();
            String text = TestFiles.read(path);
            Workspace w = Workspace.build(List.of(new SourceFile(file, Path.of(file), text)), Workspace.Settings.DEFAULT, new ParseCache(), () -> false);
            SymbolIndex index = new SymbolIndex(w);
            assertTrue(index.inFile(file).size() > 500, name + ": " + index.inFile(file).size() + " symbols");
            Random random = new Random(7);
            List<Integer> offsets = new ArrayList<>(List.of(-1, 0, text.length(), text.length() + 1, Integer.MAX_VALUE, Integer.MIN_VALUE));
            for (SymbolIndex.Symbol s : index.inFile(file).subList(0, 300)) offsets.addAll(List.of(s.range().start(), s.range().end(), s.range().end() + 1));
            for (int i = 0; i < 2_000; i++) offsets.add(random.nextInt(text.length()));
            for (int offset : offsets) assertEquals(scanned(index, file, offset), index.at(file, offset), name + " at " + offset);
        }
    }
}
