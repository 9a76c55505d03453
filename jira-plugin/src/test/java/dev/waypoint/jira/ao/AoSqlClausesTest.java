package dev.waypoint.jira.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Active Objects quotes a column name in a where clause only when an operator follows it together with a space or a
 * parenthesis ({@code net.java.ao.sql.SqlUtils.WHERE_CLAUSE} in AO 6.1.1): {@code "CYCLE_ID = ?"} becomes
 * {@code "CYCLE_ID" = ?}, but {@code "CYCLE_ID=?"} stays unquoted, which PostgreSQL folds to {@code cycle_id}, a
 * column that does not exist (AO creates quoted upper-case names). HSQLDB folds to upper case and never notices.
 * This check keeps that form out of every string of the {@code ao} package;
 * {@link AoSqlClausesOnPostgresTest} shows the failure it prevents.
 */
class AoSqlClausesTest {

    private static final Path AO_SOURCES = Path.of("src/main/java/dev/waypoint/jira/ao");

    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** A column name, an operator, then anything but a space or a parenthesis. */
    private static final Pattern UNQUOTED_COLUMN = Pattern.compile(
            "\\b[A-Z][A-Z0-9_]*\\s*(?:=|!=|<>|<=|>=|<|>|\\b(?:LIKE|IN|IS|NOT|BETWEEN)\\b)(?![\\s(=<>])");

    static List<String> violations(String source) {
        List<String> found = new ArrayList<>();
        Matcher literal = STRING_LITERAL.matcher(source);
        while (literal.find()) {
            Matcher column = UNQUOTED_COLUMN.matcher(literal.group(1));
            while (column.find()) {
                found.add(literal.group(1));
            }
        }
        return found;
    }

    @Test
    void givenKnownForms_checking_flagsOnlyOperatorsWithoutSpaceOrParenthesis() {
        assertThat(violations("where(\"CYCLE_ID=?\", 1)")).containsExactly("CYCLE_ID=?");
        assertThat(violations("where(\"KPI_ID = ? AND AT_MILLIS>=?\")")).containsExactly("KPI_ID = ? AND AT_MILLIS>=?");
        assertThat(violations("where(\"ID IN(?,?)\")")).isEmpty();
        assertThat(violations("where(\"KPI_ID = ? AND AT_MILLIS >= ? AND (A = ? OR B IN (?))\")")).isEmpty();
        assertThat(violations("\"ALIGNED_KPIS LIKE ?\"")).isEmpty();
        assertThat(violations("\"KEY_RESULT_ID = ? AND ISSUE_ID = ?\"")).isEmpty();
        assertThat(violations("\"PROJECT_KEY IS NULL\"")).isEmpty();
        assertThat(violations("\"PARENT_ID IN?\"")).containsExactly("PARENT_ID IN?");
    }

    @Test
    void givenAoPackage_everyWhereClause_letsActiveObjectsQuoteItsColumns() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(AO_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                violations(Files.readString(file)).forEach(v -> found.add(file.getFileName() + ": \"" + v + "\""));
            }
        }

        assertThat(found).as("write a space after every operator that follows a column name").isEmpty();
    }
}
