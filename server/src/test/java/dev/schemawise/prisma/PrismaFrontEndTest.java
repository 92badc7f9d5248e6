package dev.schemawise.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemawise.model.Column;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.Identity;
import dev.schemawise.model.ReferentialAction;
import dev.schemawise.model.Schema;
import dev.schemawise.model.Table;
import dev.schemawise.model.TypeFamily;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrismaFrontEndTest {

    static final String SCHEMA = """
            datasource db {
              provider     = "postgresql"
              relationMode = "prisma"
            }

            /// A registered user.
            model User {
              id        Int      @id @default(autoincrement())
              email     String   @unique @db.VarChar(255)
              name      String?
              role      Role     @default(MEMBER)
              posts     Post[]
              createdAt DateTime @default(now()) @map("created_at") @db.Timestamptz(6)
              updatedAt DateTime @updatedAt @map("updated_at")
              location  Unsupported("point")?

              @@map("users")
            }

            model Post {
              id       String     @id @default(uuid()) @db.Uuid
              author   User       @relation(fields: [authorId], references: [id], onDelete: Cascade)
              authorId Int        @map("author_id")
              tags     Tag[]
              title    String
              @@index([authorId, title(sort: Desc)], map: "posts_author_title_idx")
              @@unique([title, authorId])
            }

            model Tag {
              id    Int    @id
              posts Post[]
            }

            enum Role {
              MEMBER
              ADMIN  @map("admin")
              @@map("role")
            }
            """;

    @Test
    void mapsModelsOntoTheSchemaModelAsPrismaMigrateWould() {
        PrismaParseResult parsed = PrismaFrontEnd.parse("schema.prisma", SCHEMA);
        assertEquals(List.of(), parsed.errors());
        PrismaSchemaMapper.Result mapped = PrismaSchemaMapper.map(List.of(parsed), null);
        assertEquals(List.of(), mapped.problems());
        assertEquals("postgresql", mapped.provider());
        assertEquals("prisma", mapped.relationMode());
        Schema s = mapped.schema();
        assertEquals(Dialect.POSTGRESQL, s.dialect());
        Table users = s.table("users");
        assertEquals("User", users.declaredName());
        assertEquals("A registered user.", users.documentation());
        assertEquals(Identity.AUTO_INCREMENT, users.column("id").identity());
        Column email = users.column("email");
        assertEquals(TypeFamily.VARCHAR, email.type().family());
        assertEquals("String @db.VarChar(255)", email.type().raw());
        assertTrue(users.column("name").nullable());
        assertEquals(TypeFamily.ENUM, users.column("role").type().family());
        assertEquals("role", users.column("role").type().name());
        assertEquals(TypeFamily.TIMESTAMPTZ, users.column("created_at").type().family());
        assertEquals(TypeFamily.TIMESTAMP, users.column("updated_at").type().family());
        assertTrue(users.column("updated_at").updatedAt());
        assertEquals(TypeFamily.GEOMETRY, users.column("location").type().family());
        assertNull(users.column("posts"), "relation fields are not columns");

        Table post = s.table("Post");
        ForeignKey fk = post.foreignKeys().get(0);
        assertEquals(List.of("author_id"), fk.columns());
        assertEquals("users", fk.targetTable().name());
        assertEquals(List.of("id"), fk.targetColumns());
        assertEquals(ReferentialAction.CASCADE, fk.onDelete());
        assertNull(fk.onUpdate());
        assertEquals("author", fk.relationField());
        assertEquals("posts_author_title_idx", post.indexes().get(0).name());
        assertTrue(post.indexes().get(0).keys().get(1).descending());
        assertEquals(List.of("title", "author_id"), post.uniques().get(0).columns());

        Table join = s.table("_PostToTag");
        assertNotNull(join, "implicit many-to-many join table");
        assertEquals(List.of("A", "B"), join.primaryKey().columns());
        assertEquals(TypeFamily.UUID, join.column("A").type().family());
        assertEquals(TypeFamily.INTEGER, join.column("B").type().family());
        assertEquals(List.of("admin"), s.enums().get(0).values().stream().skip(1).map(v -> v.name()).toList());
        assertTrue(s.relations().stream().anyMatch(r -> r.describe().equals("Post manyToMany Tag (through _PostToTag)")));
    }

    @Test
    void aBrokenLineGivesOneErrorAndTheRestOfTheBlockIsRead() {
        String text = """
                model A {
                  id Int @id
                  name String @default(
                  other String
                  bad bad bad ?? x
                  last Int
                }

                model B {
                  id Int @id
                }
                """;
        PrismaParseResult r = PrismaFrontEnd.parse("s.prisma", text);
        assertEquals(2, r.errors().size(), r.errors().toString());
        assertEquals(2, r.errors().get(0).range().startLine());
        assertEquals(4, r.errors().get(1).range().startLine());
        PrismaAst.Block a = r.blocks().get(0);
        assertTrue(a.fields().stream().anyMatch(f -> f.name().equals("last")), a.fields().toString());
        assertEquals("B", r.blocks().get(1).name());
    }

    @Test
    void anUnclosedBlockDoesNotHideTheNextOne() {
        String text = "model A {\n  id Int @id\n\nmodel B {\n  id Int @id\n}\n";
        PrismaParseResult r = PrismaFrontEnd.parse("s.prisma", text);
        assertEquals(1, r.errors().size(), r.errors().toString());
        assertEquals(List.of("A", "B"), r.blocks().stream().map(PrismaAst.Block::name).toList());
    }

    @Test
    void halfTypedInputNeverThrows() {
        for (int cut = 0; cut <= SCHEMA.length(); cut++) {
            PrismaParseResult r = PrismaFrontEnd.parse("s.prisma", SCHEMA.substring(0, cut));
            PrismaSchemaMapper.map(List.of(r), null);
        }
    }

    @Test
    void unknownTypesAreModelProblems() {
        PrismaParseResult r = PrismaFrontEnd.parse("s.prisma", "model A {\n  id Int @id\n  b Strng\n}\n");
        var mapped = PrismaSchemaMapper.map(List.of(r), null);
        assertEquals(1, mapped.problems().size());
        assertTrue(mapped.problems().get(0).message().contains("Strng"));
        assertFalse(mapped.schema().tables().isEmpty());
    }
}
