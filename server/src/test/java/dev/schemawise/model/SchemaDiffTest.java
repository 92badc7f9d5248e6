package dev.schemawise.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemawise.prisma.PrismaFrontEnd;
import dev.schemawise.prisma.PrismaSchemaMapper;
import dev.schemawise.sql.SqlFrontEnd;
import dev.schemawise.sql.SqlParseResult;
import dev.schemawise.workspace.Replay;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDiffTest {

    static Schema sql(Dialect dialect, String text) {
        SqlParseResult p = SqlFrontEnd.parse("s.sql", text, dialect);
        assertEquals(List.of(), p.errors(), text);
        Replay r = new Replay(dialect);
        r.applyAll(p.statements(), "s.sql");
        assertEquals(List.of(), r.problems(), text);
        return r.snapshot();
    }

    static Schema pg(String text) {
        return sql(Dialect.POSTGRESQL, text);
    }

    static Schema prisma(String text) {
        var parsed = PrismaFrontEnd.parse("schema.prisma", text);
        assertEquals(List.of(), parsed.errors(), text);
        return PrismaSchemaMapper.map(List.of(parsed), null).schema();
    }

    /** The differences as "KIND subject" lines. */
    static List<String> diff(Schema expected, Schema actual) {
        return SchemaDiff.compare(expected, actual).stream().map(d -> d.kind() + " " + d.subject()).toList();
    }

    @Test
    void identicalSchemasHaveNoDifference() {
        String text = """
                CREATE TYPE status AS ENUM ('a', 'b');
                CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE, status status NOT NULL DEFAULT 'a');
                CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE, CHECK (id > 0));
                CREATE INDEX orders_user_id_idx ON orders (user_id);
                CREATE VIEW v AS SELECT 1;
                """;
        assertEquals(List.of(), diff(pg(text), pg(text)));
    }

    @Test
    void typeAliasesCompareEqual() {
        Schema a = pg("""
                CREATE TABLE t (a int4, b character varying(20), c timestamp, d numeric(10), e bool, f float8, g char, h int[],
                                i timestamp with time zone, j serial, k decimal(12,2), l double precision);
                """);
        Schema b = pg("""
                CREATE TABLE public.t (a INTEGER, b VARCHAR(20), c timestamp(6) without time zone, d NUMERIC(10,0), e boolean, f double precision,
                                       g character(1), h integer[], i timestamptz(6), j integer NOT NULL DEFAULT nextval('t_j_seq'::regclass),
                                       k numeric(12, 2), l float);
                """);
        assertEquals(List.of(), diff(a, b));
    }

    @Test
    void realTypeChangesAreReported() {
        Schema a = pg("CREATE TABLE t (a varchar(20), b timestamp(3), c text, d numeric(10,2), e int);");
        Schema b = pg("CREATE TABLE t (a varchar(30), b timestamp, c citext, d numeric(12,2), e bigint);");
        List<SchemaDiff.Difference> d = SchemaDiff.compare(a, b);
        assertEquals(List.of("varchar(20) → varchar(30)", "timestamp(3) → timestamp(6)", "text → citext", "numeric(10,2) → numeric(12,2)", "integer → bigint"),
                d.stream().map(x -> x.expectedValue() + " → " + x.actualValue()).toList());
    }

    @Test
    void defaultsCompareByMeaning() {
        Schema a = pg("""
                CREATE TABLE t (a text DEFAULT 'x', b timestamptz DEFAULT now(), c integer DEFAULT 0, d boolean DEFAULT false,
                                e text[] DEFAULT ARRAY[]::text[], f jsonb DEFAULT '{}', g numeric DEFAULT 1.50, h text DEFAULT 'it''s',
                                i varchar(10) DEFAULT NULL, j bigint GENERATED ALWAYS AS IDENTITY, k text DEFAULT lower('A'));
                """);
        Schema b = pg("""
                CREATE TABLE t (a text DEFAULT ('x'::text), b timestamptz DEFAULT CURRENT_TIMESTAMP, c integer DEFAULT '0', d boolean DEFAULT 'f',
                                e text[] DEFAULT '{}'::text[], f jsonb DEFAULT '{}'::jsonb, g numeric DEFAULT 1.5, h text DEFAULT E'it\\'s',
                                i varchar(10), j bigserial, k text DEFAULT LOWER( 'A'::text ));
                """);
        assertEquals(List.of(), diff(a, b));
        Schema c = pg("CREATE TABLE t (a text DEFAULT 'y', b timestamptz, c integer DEFAULT 1)");
        Schema d = pg("CREATE TABLE t (a text DEFAULT 'x', b timestamptz DEFAULT now(), c integer DEFAULT 1)");
        assertEquals(List.of("DEFAULT 'y' → DEFAULT 'x'", "no default → DEFAULT now()"),
                SchemaDiff.compare(c, d).stream().map(x -> x.expectedValue() + " → " + x.actualValue()).toList());
    }

    @Test
    void identifierCaseFollowsTheDialect() {
        assertEquals(List.of(), diff(pg("CREATE TABLE Users (ID int PRIMARY KEY);"), pg("CREATE TABLE users (id int PRIMARY KEY);")));
        assertEquals(List.of("TABLE_MISSING table Users", "TABLE_EXTRA table users"),
                diff(pg("CREATE TABLE \"Users\" (id int);"), pg("CREATE TABLE users (id int);")));
        assertEquals(List.of(), diff(sql(Dialect.MYSQL, "CREATE TABLE `Users` (`ID` int);"), sql(Dialect.MYSQL, "CREATE TABLE users (id int);")));
    }

    @Test
    void indexesCompareByWhatTheyDoNotByName() {
        Schema a = pg("""
                CREATE TABLE t (a int, b int, c text, CONSTRAINT t_a_b_key UNIQUE (a, b));
                CREATE INDEX t_c_idx ON t (lower(c)) WHERE (a IS NOT NULL);
                CREATE INDEX t_b ON t USING btree (b DESC);
                """);
        Schema b = pg("""
                CREATE TABLE t (a int, b int, c text);
                CREATE UNIQUE INDEX other_name ON t (a, b);
                CREATE INDEX x ON t (LOWER((c)::text)) WHERE a IS NOT NULL;
                CREATE INDEX y ON t (b DESC);
                """);
        assertEquals(List.of(), diff(a, b));
        Schema c = pg("CREATE TABLE t (a int, b int); CREATE INDEX t_a ON t (a); CREATE INDEX t_ab ON t (a, b);");
        Schema d = pg("CREATE TABLE t (a int, b int); CREATE UNIQUE INDEX t_a ON t (a); CREATE INDEX t_ab ON t (b, a); CREATE INDEX t_b ON t USING hash (b);");
        assertEquals(List.of("INDEX_MISSING index t_a on t (a)", "INDEX_MISSING index t_ab on t (a, b)", "INDEX_EXTRA unique index t_a on t (a)",
                "INDEX_EXTRA index t_ab on t (b, a)", "INDEX_EXTRA index t_b on t (b) USING hash"), diff(c, d));
    }

    @Test
    void indexesAndKeysOfAMissingColumnGoWithIt() {
        Schema a = pg("CREATE TABLE u (id int PRIMARY KEY); CREATE TABLE t (a int REFERENCES u (id), b int UNIQUE, c int); CREATE INDEX t_ab ON t (a, c);");
        Schema b = pg("CREATE TABLE u (id int PRIMARY KEY); CREATE TABLE t (b int, c int, d int); CREATE INDEX t_d ON t (d); CREATE INDEX t_c ON t (c);");
        assertEquals(List.of("COLUMN_MISSING column t.a", "COLUMN_EXTRA column t.d", "INDEX_MISSING unique constraint on t (b)", "INDEX_EXTRA index t_c on t (c)"),
                diff(a, b));
    }

    @Test
    void foreignKeysCompareByColumnsTargetAndActions() {
        Schema a = pg("""
                CREATE TABLE u (id int PRIMARY KEY);
                CREATE TABLE t (u_id int REFERENCES u, v_id int REFERENCES u (id) ON DELETE CASCADE, w_id int REFERENCES u (id));
                """);
        Schema b = pg("""
                CREATE TABLE public.u (id int PRIMARY KEY);
                CREATE TABLE t (u_id int, v_id int, w_id int, x_id int);
                ALTER TABLE ONLY public.t ADD CONSTRAINT fk1 FOREIGN KEY (u_id) REFERENCES public.u(id) ON DELETE NO ACTION;
                ALTER TABLE t ADD CONSTRAINT fk2 FOREIGN KEY (v_id) REFERENCES u (id) ON DELETE SET NULL;
                ALTER TABLE t ADD CONSTRAINT fk3 FOREIGN KEY (x_id) REFERENCES u (id);
                """);
        assertEquals(List.of("COLUMN_EXTRA column t.x_id", "FOREIGN_KEY_ACTIONS foreign key on t (v_id) → u (id)", "FOREIGN_KEY_MISSING foreign key on t (w_id) → u (id)"),
                diff(a, b), "the foreign key on the extra column x_id goes with it");
    }

    @Test
    void enumsCompareByNameAndValues() {
        Schema a = pg("CREATE TYPE s AS ENUM ('a', 'b'); CREATE TYPE r AS ENUM ('x'); CREATE TABLE t (s s);");
        Schema b = pg("CREATE TYPE public.s AS ENUM ('b', 'a', 'c'); CREATE TYPE q AS ENUM ('x'); CREATE TABLE t (s public.s);");
        assertEquals(List.of("ENUM_VALUES enum type s", "ENUM_MISSING enum type r", "ENUM_EXTRA enum type q"), diff(a, b));
    }

    @Test
    void aPrismaSchemaMatchesTheSqlPrismaMigrateWrites() {
        Schema model = prisma("""
                datasource db {
                  provider = "postgresql"
                  url      = env("DATABASE_URL")
                }
                enum Role {
                  USER
                  ADMIN @map("admin")
                }
                model User {
                  id        Int      @id @default(autoincrement())
                  email     String   @unique
                  name      String?  @db.VarChar(100)
                  role      Role     @default(ADMIN)
                  tags      String[] @default([])
                  score     Float    @default(0)
                  active    Boolean  @default(true)
                  createdAt DateTime @default(now())
                  updatedAt DateTime @updatedAt
                  token     String   @default(uuid())
                  uid       String   @default(dbgenerated("gen_random_uuid()")) @db.Uuid
                  meta      Json     @default("{}")
                  posts     Post[]
                  groups    Group[]
                }
                model Post {
                  id       String @id @default(cuid())
                  authorId Int
                  author   User   @relation(fields: [authorId], references: [id])
                  @@index([authorId])
                  @@map("posts")
                }
                model Group {
                  id    Int    @id
                  users User[]
                }
                """);
        Schema migrations = pg("""
                CREATE TYPE "Role" AS ENUM ('USER', 'admin');
                CREATE TABLE "User" (
                    "id" SERIAL NOT NULL,
                    "email" TEXT NOT NULL,
                    "name" VARCHAR(100),
                    "role" "Role" NOT NULL DEFAULT 'admin',
                    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
                    "score" DOUBLE PRECISION NOT NULL DEFAULT 0,
                    "active" BOOLEAN NOT NULL DEFAULT true,
                    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
                    "updatedAt" TIMESTAMP(3) NOT NULL,
                    "token" TEXT NOT NULL,
                    "uid" UUID NOT NULL DEFAULT gen_random_uuid(),
                    "meta" JSONB NOT NULL DEFAULT '{}',
                    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
                );
                CREATE TABLE "posts" ("id" TEXT NOT NULL, "authorId" INTEGER NOT NULL, CONSTRAINT "posts_pkey" PRIMARY KEY ("id"));
                CREATE TABLE "Group" ("id" INTEGER NOT NULL, CONSTRAINT "Group_pkey" PRIMARY KEY ("id"));
                CREATE TABLE "_GroupToUser" ("A" INTEGER NOT NULL, "B" INTEGER NOT NULL);
                CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
                CREATE INDEX "posts_authorId_idx" ON "posts"("authorId");
                CREATE UNIQUE INDEX "_GroupToUser_AB_unique" ON "_GroupToUser"("A", "B");
                CREATE INDEX "_GroupToUser_B_index" ON "_GroupToUser"("B");
                ALTER TABLE "posts" ADD CONSTRAINT "posts_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
                ALTER TABLE "_GroupToUser" ADD CONSTRAINT "_GroupToUser_A_fkey" FOREIGN KEY ("A") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;
                ALTER TABLE "_GroupToUser" ADD CONSTRAINT "_GroupToUser_B_fkey" FOREIGN KEY ("B") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
                """);
        assertEquals(List.of(), diff(model, migrations));
    }

    @Test
    void prismaDefaultsAndTypesThatDiffer() {
        Schema model = prisma("""
                datasource db {
                  provider = "postgresql"
                  url      = env("DATABASE_URL")
                }
                model User {
                  id     Int     @id
                  email  String  @db.VarChar(200)
                  name   String? @default("anon")
                  age    Int
                }
                """);
        Schema migrations = pg("""
                CREATE TABLE "User" ("id" INTEGER NOT NULL, "email" VARCHAR(100) NOT NULL, "name" TEXT DEFAULT 'anonymous', "age" INTEGER,
                                     CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
                """);
        assertEquals(List.of("COLUMN_TYPE column User.email", "COLUMN_DEFAULT column User.name", "COLUMN_NULLABILITY column User.age"), diff(model, migrations));
    }

    @Test
    void mysqlPrismaEnumsAreInlineInTheMigrations() {
        Schema model = prisma("""
                datasource db {
                  provider = "mysql"
                  url      = env("DATABASE_URL")
                }
                enum Role {
                  USER
                  ADMIN
                }
                model User {
                  id     Int     @id @default(autoincrement())
                  role   Role    @default(USER)
                  ok     Boolean @default(false)
                  name   String
                  at     DateTime @default(now())
                }
                """);
        Schema migrations = sql(Dialect.MYSQL, """
                CREATE TABLE `User` (
                    `id` INTEGER NOT NULL AUTO_INCREMENT,
                    `role` ENUM('USER', 'ADMIN') NOT NULL DEFAULT 'USER',
                    `ok` BOOLEAN NOT NULL DEFAULT false,
                    `name` VARCHAR(191) NOT NULL,
                    `at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
                    PRIMARY KEY (`id`)
                ) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
                """);
        assertEquals(List.of("ENUM_MISSING enum type Role"), diff(model, migrations));
    }

    @Test
    void mysqlUnsignedAndQualifiedExtensionTypes() {
        Schema model = prisma("""
                datasource db {
                  provider = "mysql"
                  url      = env("DATABASE_URL")
                }
                model T {
                  id   Int    @id @db.UnsignedInt
                  big  BigInt @db.UnsignedBigInt
                  tiny Int    @db.TinyInt
                }
                """);
        Schema migrations = sql(Dialect.MYSQL, "CREATE TABLE `T` (`id` INT UNSIGNED NOT NULL, `big` BIGINT UNSIGNED NOT NULL, `tiny` TINYINT NOT NULL, PRIMARY KEY (`id`));");
        assertEquals(List.of(), diff(model, migrations));
        assertEquals(List.of(), diff(pg("CREATE TABLE t (e extensions.citext);"), pg("CREATE TABLE t (e citext);")));
    }

    @Test
    void canonicalExpressions() {
        assertEquals("status='active'", CanonicalForms.expression("((status)::text = 'active'::text)"));
        assertEquals("a is not null", CanonicalForms.expression("(a IS NOT NULL)"));
        assertEquals("lower(email)", CanonicalForms.expression("lower((\"email\")::character varying(255))"));
        assertEquals("created_at>now()-'1 day'", CanonicalForms.expression("created_at > (now() - '1 day'::interval)"));
        assertEquals("'It''s'", CanonicalForms.sqlDefault("'It''s'::text", null));
        assertEquals("now()", CanonicalForms.sqlDefault("CURRENT_TIMESTAMP(3)", null));
        assertEquals(CanonicalForms.AUTO, CanonicalForms.sqlDefault("nextval('s'::regclass)", null));
        assertEquals(null, CanonicalForms.sqlDefault("NULL::character varying", null));
    }
}
