package dev.teamgate.platform.datachange;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads table names out of the SQL the application sends, well enough to know which tables a
 * statement touches. It errs on the safe side: a statement it cannot read is reported as unknown
 * (null), and the callers then treat it as touching everything.
 */
final class SqlTables {

    private SqlTables() {
    }

    /**
     * The one table an INSERT, UPDATE, DELETE or MERGE writes, or null when the statement is
     * anything else (DDL, TRUNCATE, a procedure call, a leading comment).
     */
    static String written(String sql) {
        Tokens tokens = new Tokens(sql);
        String first = tokens.nextWord();
        if (first == null) {
            return null;
        }
        String table = switch (first) {
            case "insert", "merge" -> "into".equals(tokens.nextWord()) ? tokens.nextIdentifier() : null;
            case "update" -> tokens.nextIdentifier();
            case "delete" -> "from".equals(tokens.nextWord()) ? tokens.nextIdentifier() : null;
            default -> null;
        };
        return table;
    }

    /**
     * Every table a SELECT reads: each name after FROM or JOIN, and each further name in a
     * comma-separated FROM list. Null when the statement is not a plain SELECT (a WITH query, a
     * leading comment), so nothing is ever left out silently.
     */
    static Set<String> read(String sql) {
        Tokens tokens = new Tokens(sql);
        if (!"select".equals(tokens.nextWord())) {
            return null;
        }
        Set<String> tables = new LinkedHashSet<>();
        // Whether each parenthesis depth is inside a FROM list: a comma there separates tables.
        // Missing a terminator only adds a false table, which is safe; missing a table is not.
        boolean[] inFrom = new boolean[64];
        int depth = 0;
        String token;
        while ((token = tokens.next()) != null) {
            switch (token) {
                case "(" -> {
                    depth++;
                    if (depth >= inFrom.length) {
                        return null;
                    }
                    inFrom[depth] = false;
                }
                case ")" -> depth = Math.max(0, depth - 1);
                case "from", "join", "," -> {
                    if (!token.equals(",") || inFrom[depth]) {
                        inFrom[depth] = true;
                        String table = tokens.peekIdentifier();
                        if (table != null) {
                            tables.add(table);
                            tokens.next();
                        }
                    }
                }
                case "where", "group", "order", "having", "limit", "offset", "fetch", "for", "union", "except",
                     "intersect", "window", "select" -> inFrom[depth] = false;
                default -> {
                }
            }
        }
        return tables;
    }

    /**
     * Splits SQL into lower-case words, quoted identifiers (unquoted), single punctuation
     * characters; string literals are skipped whole so their content is never taken for SQL.
     */
    private static final class Tokens {
        private final String sql;
        private int at;

        Tokens(String sql) {
            this.sql = sql == null ? "" : sql;
        }

        String nextWord() {
            String token = next();
            return token != null && isIdentifier(token) ? token : null;
        }

        String nextIdentifier() {
            String token = next();
            return token != null && isIdentifier(token) ? unqualified(token) : null;
        }

        String peekIdentifier() {
            int saved = at;
            String token = next();
            at = saved;
            return token != null && isIdentifier(token) ? unqualified(token) : null;
        }

        String next() {
            while (at < sql.length()) {
                char c = sql.charAt(at);
                if (Character.isWhitespace(c)) {
                    at++;
                } else if (c == '\'') {
                    skipLiteral();
                } else if (c == '"' || Character.isLetter(c) || c == '_') {
                    return name();
                } else {
                    at++;
                    return String.valueOf(c);
                }
            }
            return null;
        }

        /** A possibly schema-qualified name such as {@code public."room"}, lower-cased. */
        private String name() {
            StringBuilder name = new StringBuilder();
            while (at < sql.length()) {
                char c = sql.charAt(at);
                if (c == '"') {
                    int end = sql.indexOf('"', at + 1);
                    end = end < 0 ? sql.length() : end;
                    name.append(sql, at + 1, end);
                    at = Math.min(sql.length(), end + 1);
                } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
                    name.append(c);
                    at++;
                } else if (c == '.' && at + 1 < sql.length()
                        && (Character.isLetter(sql.charAt(at + 1)) || sql.charAt(at + 1) == '"' || sql.charAt(at + 1) == '_')) {
                    name.append('.');
                    at++;
                } else {
                    break;
                }
            }
            return name.toString().toLowerCase(Locale.ROOT);
        }

        private void skipLiteral() {
            at++;
            while (at < sql.length()) {
                if (sql.charAt(at) == '\'') {
                    if (at + 1 < sql.length() && sql.charAt(at + 1) == '\'') {
                        at += 2;
                        continue;
                    }
                    at++;
                    return;
                }
                at++;
            }
        }

        private static boolean isIdentifier(String token) {
            return !token.isEmpty() && (Character.isLetter(token.charAt(0)) || token.charAt(0) == '_');
        }

        private static String unqualified(String name) {
            return name.substring(name.lastIndexOf('.') + 1);
        }
    }
}
