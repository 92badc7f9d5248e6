package dev.schemawise.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemawise.query.ColumnUse.Usage;
import dev.schemawise.query.QueryInfo.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryFactsTest {

    /** Text before the statement in its "file", so that every range must be absolute to slice right. */
    private static final String PREFIX = "-- name: Something :many\n";

    /** A statement's facts and the file it sits in. */
    record Facts(String file, QueryInfo info) {
        String text(Range r) {
            return r.textIn(file);
        }

        /** Column uses as "column→table USAGE" ("?" for no table), in text order. */
        List<String> uses() {
            return info.columnUses().stream()
                    .map(u -> u.column() + "→" + (u.table() == null ? "?" : u.table().name()) + " " + u.usage())
                    .toList();
        }

        /** Uses of one kind, as "column→table". */
        List<String> uses(Usage usage) {
            return info.columnUses().stream().filter(u -> u.usage() == usage)
                    .map(u -> u.column() + "→" + (u.table() == null ? "?" : u.table().name())).toList();
        }

        List<String> tables() {
            return info.tables().stream().map(t -> (t.schema() == null ? "" : t.schema() + ".") + t.name() + (t.alias() == null ? "" : " " + t.alias())).toList();
        }

        /** Each star as "its text→target names (table names)". */
        List<String> stars() {
            return info.selectStars().stream().map(s -> text(s.range()) + "→" + s.expandsOver().stream()
                    .map(t -> t.name() + "(" + (t.table() == null ? "-" : t.table().name()) + ")").toList()).toList();
        }
    }

    static Facts facts(String sql) {
        Optional<QueryInfo> info = QueryFacts.analyze(sql, PREFIX.length());
        assertTrue(info.isPresent(), () -> "JSqlParser should read: " + sql);
        Facts f = new Facts(PREFIX + sql, info.get());
        assertRangesExact(f);
        return f;
    }

    static boolean unreadable(String sql) {
        return QueryFacts.analyze(sql, 0).isEmpty();
    }

    /** Every range of the facts slices the file to the text it stands for. */
    static void assertRangesExact(Facts f) {
        for (ColumnUse u : f.info().columnUses()) {
            String t = f.text(u.range());
            assertTrue(t.equalsIgnoreCase(u.column()) || u.usage() == Usage.ORDER_BY, () -> "column range " + u + " is '" + t + "'");
        }
        for (TableRef t : f.info().tables()) {
            String written = f.text(t.range()).replaceAll("\\s+", "");
            String expected = (t.schema() == null ? "" : t.schema() + ".") + t.name();
            assertTrue(written.endsWith(expected) || written.equalsIgnoreCase(expected), () -> "table range " + t + " is '" + written + "'");
        }
        for (SelectStar s : f.info().selectStars()) {
            String t = f.text(s.range());
            assertTrue(t.endsWith("*") || t.startsWith("sqlc.embed("), () -> "star range is '" + t + "'");
        }
        if (f.info().keyword() != null && f.info().kind() != Kind.OTHER) {
            String k = f.text(f.info().keyword());
            assertTrue(k.equalsIgnoreCase(f.info().kind().name()) || k.equalsIgnoreCase("VALUES"), () -> "keyword range is '" + k + "'");
        }
    }

    // ---- tables and alias resolution ----

    @Test
    void simpleSelect() {
        Facts f = facts("SELECT id, email FROM users WHERE email = $1");
        assertEquals(Kind.SELECT, f.info().kind());
        assertEquals(List.of("users"), f.tables());
        assertEquals("users", f.text(f.info().tables().get(0).range()));
        assertEquals(List.of("id→users OTHER", "email→users OTHER", "email→users EQUALITY"), f.uses());
        assertTrue(f.info().hasWhere());
        assertEquals("SELECT", f.text(f.info().keyword()));
        assertNull(f.info().limit());
        assertNull(f.info().offset());
    }

    @Test
    void aliasesResolveToTheirTables() {
        Facts f = facts("""
                SELECT u.id, o.total
                FROM users u
                JOIN orders AS o ON o.user_id = u.id
                WHERE o.status = 'paid'
                ORDER BY o.created_at DESC""");
        assertEquals(List.of("users u", "orders o"), f.tables());
        assertEquals(List.of("id→users OTHER", "total→orders OTHER", "user_id→orders JOIN", "id→users JOIN",
                "status→orders EQUALITY", "created_at→orders ORDER_BY"), f.uses());
        ColumnUse total = f.info().columnUses().get(1);
        assertEquals("o", total.qualifier());
        assertEquals("total", f.text(total.range()));
        assertEquals("orders", f.text(f.info().tables().get(1).range()));
    }

    @Test
    void aliasHidesTheTableNameButAnUnaliasedTableAnswersToItsName() {
        Facts f = facts("SELECT users.id, o.id FROM users JOIN orders o ON orders.id = o.id");
        assertEquals(List.of("id→users OTHER", "id→orders OTHER", "id→? JOIN", "id→orders JOIN"), f.uses());
    }

    @Test
    void unqualifiedColumnsResolveOnlyWithASingleFromItem() {
        assertEquals(List.of("name→? OTHER", "id→? EQUALITY"), facts("SELECT name FROM users, teams WHERE id = 1").uses());
        assertEquals(List.of("name→users OTHER"), facts("SELECT name FROM users").uses());
        assertEquals(List.of("x→? OTHER"), facts("SELECT x FROM generate_series(1, 10) AS g(x)").uses());
    }

    @Test
    void schemaQualifiedAndQuotedNames() {
        Facts f = facts("SELECT u.\"Email\", public.teams.name FROM app.\"Users\" u, public . teams");
        assertEquals(List.of("app.\"Users\" u", "public.teams"), f.tables());
        assertEquals("app.\"Users\"", f.text(f.info().tables().get(0).range()));
        assertEquals("public . teams", f.text(f.info().tables().get(1).range()));
        assertEquals(List.of("\"Email\"→\"Users\" OTHER", "name→teams OTHER"), f.uses());
        assertEquals("public.teams", f.info().columnUses().get(1).qualifier());
    }

    @Test
    void quotedAliasesCompareExactlyUnquotedOnesIgnoringCase() {
        assertEquals(List.of("a→users OTHER", "b→? OTHER"), facts("SELECT U.a, \"U\".b FROM users u").uses());
        assertEquals(List.of("a→users OTHER"), facts("SELECT \"Q\".a FROM users \"Q\"").uses());
    }

    // ---- usage kinds ----

    @Test
    void equalityUses() {
        Facts f = facts("""
                SELECT 1 FROM t
                WHERE a = 1 AND 2 = b AND c IN (1, 2) AND d IS NULL AND e = ANY($1::int[])
                  AND (f = $2 OR g IS NOT DISTINCT FROM $3) AND ((h)) = 4""");
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h"),
                f.info().columnUses().stream().filter(u -> u.usage() == Usage.EQUALITY).map(ColumnUse::column).toList());
        assertEquals(f.uses().size(), f.uses(Usage.EQUALITY).size());
    }

    @Test
    void rangeUses() {
        Facts f = facts("""
                SELECT 1 FROM t
                WHERE a < 1 AND b <= 2 AND 3 > c AND d >= 4 AND e BETWEEN 1 AND 9
                  AND 5 BETWEEN lo AND hi AND name LIKE 'abc%' AND code LIKE 'X'""");
        assertEquals(List.of("a→t", "b→t", "c→t", "d→t", "e→t", "lo→t", "hi→t", "name→t", "code→t"), f.uses(Usage.RANGE));
    }

    @Test
    void negatedWrappedAndUnindexableComparisonsAreOther() {
        Facts f = facts("""
                SELECT 1 FROM t
                WHERE a <> 1 AND b NOT IN (1) AND c IS NOT NULL AND NOT (d = 1) AND lower(e) = 'x'
                  AND f::date = $1 AND g LIKE '%x' AND h ILIKE 'x%' AND i NOT LIKE 'x%' AND j LIKE $2
                  AND k NOT BETWEEN 1 AND 2 AND l - 0 = 1 AND m IS DISTINCT FROM 1 AND n + 1 = 2""");
        assertEquals(List.of(), f.uses(Usage.EQUALITY));
        assertEquals(List.of(), f.uses(Usage.RANGE));
        assertEquals(14, f.uses(Usage.OTHER).size());
    }

    @Test
    void rowComparisonsCompareEachColumn() {
        Facts f = facts("SELECT 1 FROM t WHERE (a, b) > ($1, $2) AND (c, d) IN (SELECT x, y FROM u) AND (e, f + 1) = (1, 2)");
        assertEquals(List.of("a→t RANGE", "b→t RANGE", "c→t EQUALITY", "d→t EQUALITY", "x→u OTHER", "y→u OTHER", "e→t OTHER", "f→t OTHER"), f.uses());
    }

    @Test
    void functionsWithoutParenthesesAreNoColumns() {
        assertEquals(List.of("a→t EQUALITY"), facts("SELECT current_user, session_user, localtimestamp, current_date FROM t WHERE a = user").uses());
        assertEquals(List.of("\"user\"→t OTHER", "user→t OTHER"), facts("SELECT \"user\", t.user FROM t").uses());
    }

    @Test
    void columnsOnTheValueSideOfAComparisonAreUsesToo() {
        Facts f = facts("SELECT 1 FROM t WHERE a = b + 1 AND c IN (d, 2) AND e LIKE f");
        assertEquals(List.of("a→t EQUALITY", "b→t OTHER", "c→t EQUALITY", "d→t OTHER", "e→t OTHER", "f→t OTHER"), f.uses());
    }

    @Test
    void selectListGroupByAndHavingAreOther() {
        Facts f = facts("SELECT a = 1, count(*) FILTER (WHERE b > 2) FROM t GROUP BY c HAVING max(d) > 1");
        assertEquals(List.of("a→t OTHER", "b→t OTHER", "c→t OTHER", "d→t OTHER"), f.uses());
    }

    @Test
    void everyColumnOfAnOnConditionIsAJoinUse() {
        Facts f = facts("""
                SELECT 1 FROM a
                LEFT JOIN b ON b.a_id = a.id AND b.kind = 'x' AND lower(b.tag) = a.tag
                JOIN c USING (id)""");
        assertEquals(List.of("a_id→b", "id→a", "kind→b", "tag→b", "tag→a", "id→c", "id→?"), f.uses(Usage.JOIN));
        ColumnUse using = f.info().columnUses().get(5);
        assertEquals("id", f.text(using.range()));
        assertEquals(using.range(), f.info().columnUses().get(6).range());
    }

    @Test
    void usingColumnsOfAFirstJoinBelongToBothSides() {
        assertEquals(List.of("id→orders", "id→users"), facts("SELECT 1 FROM users JOIN orders USING (id)").uses(Usage.JOIN));
    }

    @Test
    void orderByKeys() {
        Facts f = facts("""
                SELECT u.name AS n, u.email, lower(u.city) AS c, u.age
                FROM users u
                ORDER BY n, 2, c, lower(u.country), u.created_at DESC NULLS LAST, 4""");
        assertEquals(List.of("name→users", "email→users", "created_at→users", "age→users"), f.uses(Usage.ORDER_BY));
        List<ColumnUse> keys = f.info().columnUses().stream().filter(u -> u.usage() == Usage.ORDER_BY).toList();
        assertEquals("n", f.text(keys.get(0).range()));
        assertEquals("2", f.text(keys.get(1).range()));
        assertEquals("created_at", f.text(keys.get(2).range()));
        assertEquals(List.of("name→users OTHER", "email→users OTHER", "city→users OTHER", "age→users OTHER", "name→users ORDER_BY",
                "email→users ORDER_BY", "country→users OTHER", "created_at→users ORDER_BY", "age→users ORDER_BY"), f.uses());
    }

    // ---- subqueries, CTEs, set operations ----

    @Test
    void correlatedSubqueriesSeeTheOuterFromItems() {
        Facts f = facts("""
                SELECT u.id FROM users u
                WHERE EXISTS (SELECT 1 FROM orders o WHERE o.user_id = u.id AND o.total > 100)
                  AND u.team_id IN (SELECT id FROM teams WHERE active)""");
        assertEquals(List.of("users u", "orders o", "teams"), f.tables());
        assertEquals(List.of("id→users OTHER", "user_id→orders EQUALITY", "id→users EQUALITY", "total→orders RANGE",
                "team_id→users EQUALITY", "id→teams OTHER", "active→teams OTHER"), f.uses());
    }

    @Test
    void derivedTablesHaveTheirOwnScopeAndNoTable() {
        Facts f = facts("""
                SELECT s.n, s.user_id, u.name
                FROM (SELECT user_id, count(*) AS n FROM orders WHERE status = 'open' GROUP BY user_id) s
                JOIN users u ON u.id = s.user_id""");
        assertEquals(List.of("orders", "users u"), f.tables());
        assertEquals(List.of("n→? OTHER", "user_id→? OTHER", "name→users OTHER", "user_id→orders OTHER", "status→orders EQUALITY",
                "user_id→orders OTHER", "id→users JOIN", "user_id→? JOIN"), f.uses());
    }

    @Test
    void pgDumpStyleNestedJoins() {
        Facts f = facts("""
                SELECT c.name AS category, sum(p.amount) AS total_sales
                FROM (((public.payment p
                  JOIN public.rental r ON ((p.rental_id = r.rental_id)))
                  JOIN public.inventory i ON ((r.inventory_id = i.inventory_id)))
                  JOIN public.category c USING (category_id))
                GROUP BY c.name ORDER BY (sum(p.amount)) DESC""");
        assertEquals(List.of("public.payment p", "public.rental r", "public.inventory i", "public.category c"), f.tables());
        assertEquals(List.of("rental_id→payment", "rental_id→rental", "inventory_id→rental", "inventory_id→inventory", "category_id→category",
                "category_id→?"), f.uses(Usage.JOIN));
    }

    @Test
    void lateralSubqueriesSeeEarlierFromItems() {
        Facts f = facts("""
                SELECT u.id, last.total FROM users u
                LEFT JOIN LATERAL (SELECT o.total FROM orders o WHERE o.user_id = u.id ORDER BY o.created_at DESC LIMIT 1) last ON true""");
        assertEquals(List.of("id→users OTHER", "total→? OTHER", "total→orders OTHER", "user_id→orders EQUALITY",
                "id→users EQUALITY", "created_at→orders ORDER_BY"), f.uses());
        assertNull(f.info().limit(), "the LIMIT belongs to the subquery");
    }

    @Test
    void commonTableExpressionsAreNotTables() {
        Facts f = facts("""
                WITH recent AS (
                    SELECT * FROM orders WHERE created_at > now() - interval '7 days'
                ), big AS (SELECT user_id FROM recent WHERE total >= 1000)
                SELECT r.id, u.email FROM recent r JOIN users u ON u.id = r.user_id
                WHERE r.user_id IN (SELECT user_id FROM big)""");
        assertEquals(List.of("orders", "users u"), f.tables());
        assertEquals(List.of("*→[orders(orders)]"), f.stars());
        assertEquals(List.of("created_at→orders RANGE", "user_id→? OTHER", "total→? RANGE", "id→? OTHER", "email→users OTHER",
                "id→users JOIN", "user_id→? JOIN", "user_id→? EQUALITY", "user_id→? OTHER"), f.uses());
        assertEquals("SELECT", f.text(f.info().keyword()));
        assertEquals(f.file().indexOf("SELECT r.id"), f.info().keyword().start());
    }

    @Test
    void aSchemaQualifiedNameIsATableEvenWhenACteHasItsName() {
        assertEquals(List.of("public.orders"), facts("WITH orders AS (SELECT 1) SELECT * FROM orders, public.orders").tables());
    }

    @Test
    void recursiveCte() {
        Facts f = facts("""
                WITH RECURSIVE tree AS (
                    SELECT id, parent_id FROM nodes WHERE id = $1
                    UNION ALL
                    SELECT n.id, n.parent_id FROM nodes n JOIN tree t ON n.parent_id = t.id
                ) SELECT * FROM tree""");
        assertEquals(List.of("nodes", "nodes n"), f.tables());
        assertEquals(List.of("*→[tree(-)]"), f.stars());
    }

    @Test
    void unionBranchesEachHaveTheirScope() {
        Facts f = facts("SELECT id, name FROM a WHERE x = 1 UNION ALL SELECT id, title FROM b ORDER BY name LIMIT 10");
        assertEquals(List.of("a", "b"), f.tables());
        assertEquals(List.of("id→a OTHER", "name→a OTHER", "x→a EQUALITY", "id→b OTHER", "title→b OTHER", "name→? ORDER_BY"), f.uses());
        assertEquals(10L, f.info().limit().value());
        assertEquals("LIMIT 10", f.text(f.info().limit().range()));
    }

    @Test
    void aLimitAfterAUnionWithoutOrderByAppliesToTheWholeUnion() {
        Facts f = facts("SELECT id FROM a UNION SELECT id FROM b LIMIT 3 OFFSET 6");
        assertEquals(3L, f.info().limit().value());
        assertEquals(6L, f.info().offset().value());
    }

    @Test
    void parenthesizedUnionBranchesKeepTheirOwnLimits() {
        Facts f = facts("(SELECT id FROM a ORDER BY id LIMIT 1) UNION (SELECT id FROM b LIMIT 2)");
        assertNull(f.info().limit());
        assertEquals(List.of("id→a OTHER", "id→a ORDER_BY", "id→b OTHER"), f.uses());
        assertEquals("SELECT", f.text(f.info().keyword()));
    }

    // ---- stars ----

    @Test
    void starsExpandOverTheirFromItems() {
        Facts f = facts("""
                SELECT *, u.*, x.*, count(*) OVER ()
                FROM users u JOIN orders o ON o.user_id = u.id, (SELECT 1 AS one) s, unnest($1::int[]) AS ids""");
        assertEquals(List.of("*→[u(users), o(orders), s(-), ids(-)]", "u.*→[u(users)]", "x.*→[]"), f.stars());
        assertEquals("u", f.info().selectStars().get(1).qualifier());
        assertNull(f.info().selectStars().get(0).qualifier());
    }

    @Test
    void starsOfSubqueriesExpandOverTheSubquery() {
        Facts f = facts("SELECT * FROM (SELECT o.* FROM orders o) sub WHERE EXISTS (SELECT * FROM teams)");
        assertEquals(List.of("*→[sub(-)]", "o.*→[o(orders)]", "*→[teams(teams)]"), f.stars());
    }

    @Test
    void onlyStarsOfTheOutermostBlocksAreOutput() {
        Facts f = facts("""
                WITH recent AS (SELECT * FROM orders)
                SELECT * FROM (SELECT o.* FROM recent o) sub WHERE EXISTS (SELECT * FROM teams)
                UNION ALL SELECT t.* FROM teams t""");
        assertEquals(List.of(false, true, false, false, true), f.info().selectStars().stream().map(SelectStar::output).toList());
        assertEquals(List.of(true), facts("INSERT INTO archive SELECT * FROM orders").info().selectStars().stream().map(SelectStar::output).toList());
        assertEquals(List.of(true), facts("CREATE VIEW v AS SELECT * FROM orders").info().selectStars().stream().map(SelectStar::output).toList());
    }

    @Test
    void sqlcEmbedIsAStarOfItsTable() {
        SelectStar embed = facts("SELECT sqlc.embed(u), o.id FROM users u JOIN orders o ON o.user_id = u.id").info().selectStars().get(0);
        assertTrue(embed.embed());
        assertEquals("u", embed.expandsOver().get(0).name());
    }

    @Test
    void outputNamesAndSourcesThatAreNoTables() {
        Facts f = facts("""
                WITH recent AS (SELECT id AS order_id FROM orders)
                SELECT date_trunc('day', r.created_at) AS day, count(*) AS n
                FROM recent r, unnest($1::int[]) AS ids, (SELECT 1) AS one, generate_series(1, 3)
                GROUP BY day""");
        assertEquals(List.of("order_id", "day", "n"), f.info().outputNames());
        assertEquals(List.of("r", "ids", "one", "generate_series"), f.info().otherSources());
        assertEquals(List.of(), facts("SELECT u.id FROM users u JOIN orders o ON o.user_id = u.id").info().otherSources());
    }

    @Test
    void theOutermostBlockForKeysetRewrites() {
        Facts f = facts("""
                SELECT id, title AS t FROM posts p
                WHERE author_id = $1 OR draft
                ORDER BY created_at DESC NULLS LAST, 2, id
                LIMIT 20 OFFSET $2""");
        QueryInfo.OuterQuery outer = f.info().outer();
        assertEquals("author_id = $1 OR draft", f.text(outer.where()));
        assertEquals(-1, outer.whereAt());
        assertEquals(List.of("created_at DESC NULLS LAST", "2", "id"), outer.orderBy().stream().map(k -> f.text(k.element())).toList());
        assertEquals(List.of("created_at", "title", "id"), outer.orderBy().stream().map(k -> f.text(k.expression())).toList());
        assertEquals(List.of(true, false, false), outer.orderBy().stream().map(QueryInfo.OrderKey::descending).toList());
        assertFalse(outer.grouped());

        Facts noWhere = facts("SELECT p.id FROM posts p JOIN users u ON u.id = p.author_id ORDER BY p.id LIMIT 10 OFFSET 5000");
        assertEquals("ORDER", noWhere.file().substring(noWhere.info().outer().whereAt()).substring(0, 5));
        Facts bare = facts("SELECT id FROM posts");
        assertEquals(bare.file().length(), bare.info().outer().whereAt());
        assertTrue(facts("SELECT DISTINCT author_id FROM posts ORDER BY author_id").info().outer().grouped());
        assertNull(facts("SELECT id FROM a UNION SELECT id FROM b ORDER BY id").info().outer());
        assertNull(facts("DELETE FROM posts WHERE id = 1").info().outer());
    }

    @Test
    void returningStarIsNoSelectStar() {
        assertEquals(List.of(), facts("DELETE FROM t WHERE id = 1 RETURNING *").stars());
    }

    // ---- data-changing statements ----

    @Test
    void updateWithWhere() {
        Facts f = facts("UPDATE users u SET email = lower(u.email), updated_at = now() WHERE u.id = $1 RETURNING u.id");
        assertEquals(Kind.UPDATE, f.info().kind());
        assertTrue(f.info().hasWhere());
        assertEquals("UPDATE", f.text(f.info().keyword()));
        assertEquals(List.of("users u"), f.tables());
        assertEquals(List.of("email→users OTHER", "email→users OTHER", "updated_at→users OTHER", "id→users EQUALITY", "id→users OTHER"), f.uses());
    }

    @Test
    void updateWithoutWhereWritesEveryRow() {
        Facts f = facts("update users set active = false");
        assertEquals(Kind.UPDATE, f.info().kind());
        assertFalse(f.info().hasWhere());
        assertEquals("update", f.text(f.info().keyword()));
    }

    @Test
    void updateFromAndSetColumnsBelongToTheTarget() {
        Facts f = facts("UPDATE orders SET total = s.total FROM summaries s WHERE orders.id = s.order_id");
        assertEquals(List.of("orders", "summaries s"), f.tables());
        assertEquals(List.of("total→orders OTHER", "total→summaries OTHER", "id→orders EQUALITY", "order_id→summaries EQUALITY"), f.uses());
    }

    @Test
    void updateAfterWith() {
        Facts f = facts("WITH stale AS (SELECT id FROM sessions WHERE seen < now()) UPDATE sessions SET dead = true WHERE id IN (SELECT id FROM stale)");
        assertEquals(Kind.UPDATE, f.info().kind());
        assertEquals(f.file().indexOf("UPDATE"), f.info().keyword().start());
        assertEquals(List.of("sessions", "sessions"), f.tables());
    }

    @Test
    void deleteWithAndWithoutWhere() {
        Facts with = facts("DELETE FROM sessions s USING users u WHERE s.user_id = u.id AND u.deleted");
        assertEquals(Kind.DELETE, with.info().kind());
        assertTrue(with.info().hasWhere());
        assertEquals("DELETE", with.text(with.info().keyword()));
        assertEquals(List.of("sessions s", "users u"), with.tables());
        assertEquals(List.of("user_id→sessions EQUALITY", "id→users EQUALITY", "deleted→users OTHER"), with.uses());

        Facts without = facts("  DELETE FROM audit_log;");
        assertFalse(without.info().hasWhere());
        assertEquals(PREFIX.length() + 2, without.info().keyword().start());
        assertEquals(List.of("audit_log"), without.tables());
    }

    @Test
    void mysqlDeleteAndUpdateWithLimit() {
        Facts f = facts("DELETE FROM jobs WHERE done ORDER BY id LIMIT 100");
        assertEquals(100L, f.info().limit().value());
        assertEquals("LIMIT 100", f.text(f.info().limit().range()));
        assertEquals(List.of("done→jobs OTHER", "id→jobs ORDER_BY"), f.uses());
        Facts g = facts("UPDATE jobs SET state = 'x' ORDER BY id LIMIT 5");
        assertFalse(g.info().hasWhere());
        assertEquals(5L, g.info().limit().value());
    }

    @Test
    void insertSelect() {
        Facts f = facts("INSERT INTO archive (id, body) SELECT m.id, m.body FROM messages m WHERE m.created_at < $1");
        assertEquals(Kind.INSERT, f.info().kind());
        assertEquals("INSERT", f.text(f.info().keyword()));
        assertEquals(List.of("archive", "messages m"), f.tables());
        assertEquals(List.of("id→archive OTHER", "body→archive OTHER", "id→messages OTHER", "body→messages OTHER", "created_at→messages RANGE"), f.uses());
        assertFalse(f.info().hasWhere());
    }

    @Test
    void insertOnConflict() {
        Facts f = facts("""
                INSERT INTO counters AS c (key, n) VALUES ($1, 1)
                ON CONFLICT (key) DO UPDATE SET n = c.n + excluded.n WHERE c.n < 100
                RETURNING n""");
        assertEquals(List.of("counters c"), f.tables());
        assertEquals(List.of("key→counters OTHER", "n→counters OTHER", "n→counters OTHER", "n→counters OTHER", "n→counters OTHER",
                "n→counters RANGE", "n→counters OTHER"), f.uses());
    }

    @Test
    void seedDataRowsAreSkippedButTheRestOfTheInsertIsRead() {
        StringBuilder sql = new StringBuilder("INSERT INTO countries (code, name, since, rate, note) VALUES\n");
        for (int i = 0; i < 5_000; i++) {
            sql.append("  (").append(i).append(", N'Land ").append(i).append(" (it''s; fine)', '2020-01-01'::date, -1.5e3, NULL), -- row\n");
        }
        sql.append("  (0, 'last', DEFAULT, TRUE, FALSE)\nON CONFLICT (code) DO UPDATE SET name = excluded.name RETURNING id");
        Facts f = facts(sql.toString());
        assertEquals(List.of("countries"), f.tables());
        assertEquals(List.of("code→countries OTHER", "name→countries OTHER", "since→countries OTHER", "rate→countries OTHER",
                "note→countries OTHER", "name→countries OTHER", "name→countries OTHER", "id→countries OTHER"), f.uses());
    }

    @Test
    void rowsWithMoreThanLiteralsAreKept() {
        Facts f = facts("INSERT INTO t (a, b) VALUES (1, 2), (3, (SELECT max(x) FROM u)), (4, lower('A'))");
        assertEquals(List.of("t", "u"), f.tables());
        assertEquals(List.of("a→t OTHER", "b→t OTHER", "x→u OTHER"), f.uses());
        String sql = "INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, \"c\"), (4, 'd')";
        int[] cut = ValuesElision.literalRows(sql);
        assertEquals(", (2, 'b')", sql.substring(cut[0], cut[1]), "a quoted identifier is no literal");
        assertNull(ValuesElision.literalRows("INSERT INTO t VALUES (1, 'a')"));
        assertNull(ValuesElision.literalRows("INSERT INTO t SELECT * FROM (VALUES (1), (2)) v"));
    }

    @Test
    void emptyLinesInsideAStatementDoNotEndIt() {
        // JSqlParser takes three newlines, and a line holding only "/" or "go", for the end of a statement.
        Facts f = facts("SELECT a,\n\n\n\n  b\n/\n2 AS go\nFROM t\ngo\nWHERE c = 1");
        assertEquals(List.of("a→t OTHER", "b→t OTHER", "c→t EQUALITY"), f.uses());
        assertTrue(f.info().hasWhere());
    }

    @Test
    void createViewHasTheFactsOfItsQuery() {
        Facts f = facts("CREATE VIEW active_users AS SELECT * FROM users WHERE active ORDER BY id LIMIT 10");
        assertEquals(Kind.OTHER, f.info().kind());
        assertEquals(List.of("users"), f.tables());
        assertEquals(List.of("*→[users(users)]"), f.stars());
        assertEquals(10L, f.info().limit().value());
        assertEquals("CREATE", f.text(f.info().keyword()));
    }

    @Test
    void otherStatementsParseWithoutFacts() {
        Facts f = facts("CREATE INDEX idx ON t (a)");
        assertEquals(Kind.OTHER, f.info().kind());
        assertEquals(List.of(), f.tables());
        assertEquals(List.of(), f.uses());
    }

    // ---- paging ----

    @Test
    void limitAndOffsetLiterals() {
        Facts f = facts("SELECT id FROM t ORDER BY id LIMIT 10 OFFSET 20");
        assertEquals(new PagingClause(10L, false, f.info().limit().range()), f.info().limit());
        assertEquals("LIMIT 10", f.text(f.info().limit().range()));
        assertEquals(20L, f.info().offset().value());
        assertFalse(f.info().offset().parameter());
        assertEquals("OFFSET 20", f.text(f.info().offset().range()));
    }

    @Test
    void offsetBeforeLimit() {
        Facts f = facts("SELECT id FROM t OFFSET 5 LIMIT 10");
        assertEquals("OFFSET 5", f.text(f.info().offset().range()));
        assertEquals("LIMIT 10", f.text(f.info().limit().range()));
    }

    @Test
    void parameterOffsets() {
        for (String p : List.of("$2", "?", ":off", "@off", "$2::int", "sqlc.arg(off)", "sqlc.narg('off')", "(?)")) {
            Facts f = facts("SELECT id FROM t ORDER BY id LIMIT $1 OFFSET " + p);
            assertNull(f.info().offset().value(), p);
            assertTrue(f.info().offset().parameter(), p);
            assertEquals("OFFSET " + p, f.text(f.info().offset().range()));
            assertTrue(f.info().limit().parameter());
            assertEquals(List.of("id→t OTHER", "id→t ORDER_BY"), f.uses(), "a parameter is no column: " + p);
        }
    }

    @Test
    void offsetExpressionIsNeitherLiteralNorParameter() {
        Facts f = facts("SELECT id FROM t OFFSET $1 * 10");
        assertNull(f.info().offset().value());
        assertFalse(f.info().offset().parameter());
        assertEquals("OFFSET $1 * 10", f.text(f.info().offset().range()));
    }

    @Test
    void offsetRowsFetchNext() {
        Facts f = facts("SELECT id FROM t ORDER BY id OFFSET 40 ROWS FETCH NEXT 20 ROWS ONLY");
        assertEquals(40L, f.info().offset().value());
        assertEquals("OFFSET 40 ROWS", f.text(f.info().offset().range()));
        assertEquals(20L, f.info().limit().value());
        assertEquals("FETCH NEXT 20 ROWS ONLY", f.text(f.info().limit().range()));

        Facts p = facts("SELECT id FROM t ORDER BY id OFFSET $1 ROWS FETCH FIRST $2 ROWS ONLY");
        assertTrue(p.info().offset().parameter());
        assertEquals("OFFSET $1 ROWS", p.text(p.info().offset().range()));
        assertTrue(p.info().limit().parameter());

        Facts one = facts("SELECT id FROM t ORDER BY id OFFSET 1 ROW FETCH FIRST ROW ONLY");
        assertEquals("OFFSET 1 ROW", one.text(one.info().offset().range()));
        assertEquals(1L, one.info().limit().value());
        assertEquals("FETCH FIRST ROW ONLY", one.text(one.info().limit().range()));
    }

    @Test
    void fetchWithTies() {
        Facts f = facts("SELECT id FROM t ORDER BY score DESC FETCH FIRST 10 ROWS WITH TIES");
        assertEquals("FETCH FIRST 10 ROWS WITH TIES", f.text(f.info().limit().range()));
        assertEquals(10L, f.info().limit().value());
    }

    @Test
    void mysqlLimitOffsetCommaCount() {
        Facts f = facts("SELECT id FROM t LIMIT 100, 25");
        assertEquals(25L, f.info().limit().value());
        assertEquals("LIMIT 100, 25", f.text(f.info().limit().range()));
        assertEquals(100L, f.info().offset().value());
        assertEquals("100", f.text(f.info().offset().range()));

        Facts p = facts("SELECT id FROM t LIMIT ?, ?");
        assertTrue(p.info().offset().parameter());
        assertNull(p.info().offset().value());
    }

    @Test
    void limitAllIsNoLimit() {
        Facts f = facts("SELECT id FROM t LIMIT ALL OFFSET 3");
        assertNull(f.info().limit());
        assertEquals(3L, f.info().offset().value());
    }

    @Test
    void hugeOffsetIsNoLong() {
        assertNull(facts("SELECT id FROM t OFFSET 99999999999999999999").info().offset().value());
    }

    // ---- PostgreSQL syntax of views ----

    @Test
    void postgresViewSyntax() {
        Facts f = facts("""
                SELECT DISTINCT ON (o.customer_id) o.customer_id, o.amount::numeric(10,2) AS amount,
                       count(*) FILTER (WHERE o.status = 'late') OVER (PARTITION BY o.region ORDER BY o.day) AS late,
                       o.data ->> 'name' AS name, o.data #>> '{a,b}' AS ab
                FROM orders o
                WHERE o.note ILIKE '%rush%' AND o.tags @> ARRAY['x'] AND o.day >= current_date - interval '1 month'
                ORDER BY o.customer_id, o.day DESC""");
        assertEquals(List.of("orders o"), f.tables());
        assertEquals(List.of("customer_id→orders OTHER", "customer_id→orders OTHER", "amount→orders OTHER", "status→orders OTHER",
                "region→orders OTHER", "day→orders OTHER", "data→orders OTHER", "data→orders OTHER", "note→orders OTHER",
                "tags→orders OTHER", "day→orders RANGE", "customer_id→orders ORDER_BY", "day→orders ORDER_BY"), f.uses());
    }

    // ---- sqlc ----

    @Test
    void sqlcMacrosAreParametersNotColumns() {
        Facts f = facts("SELECT sqlc.embed(users), teams.name FROM users JOIN teams ON teams.id = users.team_id "
                + "WHERE users.id = sqlc.arg(id) AND users.kind = sqlc.narg('kind') AND teams.id IN (sqlc.slice(ids)) AND users.org = @org");
        assertEquals(List.of("sqlc.embed(users)→[users(users)]"), f.stars());
        assertEquals("users", f.info().selectStars().get(0).qualifier());
        assertEquals(List.of("name→teams OTHER", "id→teams JOIN", "team_id→users JOIN", "id→users EQUALITY", "kind→users EQUALITY",
                "id→teams EQUALITY", "org→users EQUALITY"), f.uses());
    }

    @Test
    void parametersJSqlParserRefusesAreMaskedWithOffsetsKept() {
        // JSqlParser refuses sqlc.arg(...) after LIMIT; the statement is read with ? in its place.
        Facts f = facts("SELECT id FROM users WHERE org = @org::uuid AND id > $1 ORDER BY id LIMIT sqlc.arg(page_size) OFFSET sqlc.arg(skip)");
        assertEquals(List.of("id→users OTHER", "org→users EQUALITY", "id→users RANGE", "id→users ORDER_BY"), f.uses());
        assertTrue(f.info().limit().parameter());
        assertEquals("LIMIT sqlc.arg(page_size)", f.text(f.info().limit().range()));
        assertEquals("OFFSET sqlc.arg(skip)", f.text(f.info().offset().range()));
    }

    @Test
    void parameterMaskKeepsLengthAndLeavesOperatorsAndStrings() {
        String sql = "SELECT a @> b, c <@ d, e @@ f, '@x $1', \"@y\" FROM t WHERE x = @name AND y = $12 AND z = sqlc.arg ( n ) -- @z";
        String masked = ParameterMask.mask(sql);
        assertEquals(sql.length(), masked.length());
        assertEquals("SELECT a @> b, c <@ d, e @@ f, '@x $1', \"@y\" FROM t WHERE x = ?     AND y = ?   AND z = ?              -- @z", masked);
    }

    // ---- ranges ----

    @Test
    void rangesAreExactWithTabsCrlfAndNonAsciiText() {
        String sql = "SELECT\tü.\"Näme\", /* 𝒳 comment */ ü.id\r\nFROM \"Üsers\" ü -- ✓\r\nWHERE ü.note = '𝒳''s' AND ü.id = 1";
        Facts f = facts(sql);
        assertEquals(List.of("\"Näme\"→\"Üsers\" OTHER", "id→\"Üsers\" OTHER", "note→\"Üsers\" EQUALITY", "id→\"Üsers\" EQUALITY"), f.uses());
        assertEquals("\"Üsers\"", f.text(f.info().tables().get(0).range()));
        int idAt = PREFIX.length() + sql.lastIndexOf("ü.id") + 2;
        assertEquals(new Range(idAt, idAt + 2), f.info().columnUses().get(3).range());
    }

    @Test
    void baseOffsetIsAdded() {
        QueryInfo at0 = QueryFacts.analyze("SELECT a FROM t", 0).orElseThrow();
        QueryInfo at100 = QueryFacts.analyze("SELECT a FROM t", 100).orElseThrow();
        assertEquals(new Range(7, 8), at0.columnUses().get(0).range());
        assertEquals(new Range(107, 108), at100.columnUses().get(0).range());
        assertEquals(new Range(114, 115), at100.tables().get(0).range());
    }

    // ---- what JSqlParser cannot read ----

    @Test
    void unreadableInputGivesNoFacts() {
        assertTrue(unreadable(""));
        assertTrue(unreadable("   \n-- only a comment\n"));
        assertTrue(unreadable(null));
        assertTrue(unreadable("SELEC id FROM t"));
        assertTrue(unreadable("SELECT FROM WHERE"));
        assertTrue(unreadable("this is not sql at all"));
        assertTrue(unreadable("SELECT 'unterminated"));
        assertTrue(unreadable("SELECT (1"));
        assertTrue(unreadable("SELECT 1)"));
        assertTrue(unreadable("SELECT 1; SELECT 2"), "two statements are not one");
        assertTrue(QueryFacts.analyze("SELECT 1", -1).isEmpty());
    }

    @Test
    void binaryJunkGivesNoFacts() {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 50; i++) {
            char[] junk = new char[random.nextInt(300)];
            for (int k = 0; k < junk.length; k++) junk[k] = (char) random.nextInt(0x3000);
            String text = new String(junk);
            assertNotNull(QueryFacts.analyze(text, 0));
            assertNotNull(QueryFacts.analyze("SELECT " + text + " FROM t", 0));
        }
    }

    @Test
    void deepNestingIsRefusedWithoutParsing() {
        String deep = "SELECT " + "(".repeat(10_000) + "1" + ")".repeat(10_000);
        long start = System.nanoTime();
        assertTrue(unreadable(deep));
        assertTrue(unreadable("SELECT " + "(".repeat(10_000)));
        assertTrue(unreadable("SELECT * FROM t WHERE " + "(a = 1 AND ".repeat(5_000) + "b = 2" + ")".repeat(5_000)));
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused without parsing");
    }

    @Test
    void deepRecursionWithoutParenthesesGivesNoFactsAndNoException() {
        // No parentheses to count: JSqlParser recurses (or overflows its stack) and the budget or the catch ends it.
        for (String sql : List.of("SELECT " + "- ".repeat(10_000) + "1", "SELECT * FROM t WHERE " + "NOT ".repeat(10_000) + "a",
                "SELECT " + "CASE WHEN a = 1 THEN ".repeat(2_000) + "1" + " END".repeat(2_000))) {
            assertNotNull(QueryFacts.analyze(sql, 0));
        }
    }

    @Test
    void moderateNestingIsRead() {
        Facts f = facts("SELECT * FROM t WHERE " + "(".repeat(20) + "a = 1" + ")".repeat(20));
        assertEquals(List.of("a→t EQUALITY"), f.uses());
    }

    @Test
    void longChainsAreRead() {
        String sql = "SELECT * FROM t WHERE " + String.join(" AND ", java.util.Collections.nCopies(3_000, "a = 1"));
        assertEquals(3_000, facts(sql).uses(Usage.EQUALITY).size());
    }

    @Test
    void concurrentCallsGiveTheSameFacts() throws Exception {
        List<String> statements = List.of(
                "SELECT u.id FROM users u JOIN orders o ON o.user_id = u.id WHERE o.total > 10 ORDER BY u.id LIMIT 5",
                "UPDATE users SET name = $1 WHERE id = $2",
                "WITH x AS (SELECT * FROM a) SELECT * FROM x, b WHERE b.k IN (1, 2) AND b.v LIKE 'p%'",
                "DELETE FROM sessions WHERE expires < now()");
        List<QueryInfo> expected = statements.stream().map(s -> QueryFacts.analyze(s, 3).orElseThrow()).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        int k = i % statements.size();
                        if (!QueryFacts.analyze(statements.get(k), 3).orElseThrow().equals(expected.get(k))) return false;
                    }
                    return true;
                }));
            }
            for (java.util.concurrent.Future<Boolean> r : results) assertTrue(r.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void postgresTableForms() {
        Facts f = facts("SELECT * FROM ONLY parent p, events e TABLESAMPLE SYSTEM (10), LATERAL unnest(p.tags) WITH ORDINALITY AS x(tag, n)");
        assertEquals(List.of("parent p", "events e"), f.tables());
        assertEquals(List.of("tags→parent OTHER"), f.uses());
        assertEquals(List.of("*→[p(parent), e(events), x(-)]"), f.stars());
    }

    @Test
    void aParseThatRunsOutOfTimeGivesNoFacts() {
        // JSqlParser's lookahead is exponential in nested IN subqueries; a tiny budget stops it.
        String nested = "SELECT a FROM t WHERE x IN " + "(SELECT y FROM u WHERE y IN ".repeat(12) + "(1, 2)" + ")".repeat(12);
        long start = System.nanoTime();
        assertTrue(QueryFacts.analyze(nested, 0, 1_000_000L, 0).isEmpty());
        assertTrue(System.nanoTime() - start < 5_000_000_000L);
    }

    @Test
    void findsATopLevelWhereWithoutParsing() {
        org.junit.jupiter.api.Assertions.assertTrue(QueryFacts.hasTopLevelWhere("UPDATE t SET a = 1 WHERE id = 2"));
        org.junit.jupiter.api.Assertions.assertTrue(QueryFacts.hasTopLevelWhere("delete from t\nwhere\tid = 2;"));
        org.junit.jupiter.api.Assertions.assertFalse(QueryFacts.hasTopLevelWhere("UPDATE t SET a = (SELECT max(b) FROM u WHERE u.id = 1)"));
        org.junit.jupiter.api.Assertions.assertFalse(QueryFacts.hasTopLevelWhere("UPDATE t SET note = 'WHERE x' -- where\n"));
        org.junit.jupiter.api.Assertions.assertFalse(QueryFacts.hasTopLevelWhere("UPDATE t SET \"where\" = 1, somewhere = 2, where_ = 3"));
        org.junit.jupiter.api.Assertions.assertFalse(QueryFacts.hasTopLevelWhere("UPDATE t SET a = $$ WHERE $$ /* where */"));
        org.junit.jupiter.api.Assertions.assertFalse(QueryFacts.hasTopLevelWhere("UPDATE t SET a = 'unterminated WHERE"));
    }

    /** Facts read at offset 0 and moved equal the facts read where the statement is (the cache relies on it). */
    @Test
    void shiftedFactsEqualFactsReadInPlace() {
        int compared = 0;
        for (java.nio.file.Path p : dev.schemawise.TestFiles.files(dev.schemawise.TestFiles.corpus("sql"), ".sql")) {
            String text = dev.schemawise.TestFiles.read(p);
            var w = dev.schemawise.workspace.Workspace.build(List.of(new dev.schemawise.workspace.SourceFile(p.getFileName().toString(), p, text)),
                    dev.schemawise.workspace.Workspace.Settings.DEFAULT, new dev.schemawise.workspace.ParseCache());
            for (var s : w.files().get(0).sql().statements()) {
                if (!(s instanceof dev.schemawise.model.ddl.CreateView cv) || cv.view().queryRange() == null) continue;
                String body = text.substring(cv.view().queryRange().start(), cv.view().queryRange().end());
                var inPlace = QueryFacts.analyze(body, cv.view().queryRange().start());
                var moved = QueryFacts.analyze(body, 0).map(i -> i.shifted(cv.view().queryRange().start()));
                assertEquals(inPlace, moved, p + ": " + body);
                compared++;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(compared > 20, "views compared: " + compared);
    }
}
