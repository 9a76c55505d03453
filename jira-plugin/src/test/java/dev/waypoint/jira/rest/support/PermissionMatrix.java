package dev.waypoint.jira.rest.support;

import dev.waypoint.access.Role;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs a permission matrix: rows of requests, each sent once as each of the seven {@link Role}s, checked against the
 * expected status of that role. It then proves coverage: every resource method of the covered resource classes (found
 * by reflection, {@link ResourceCatalog}) must have been reached by some row, so a new endpoint without a row fails the
 * matrix. Which method a request reached is reported by the runtime itself, not guessed from the path.
 *
 * <p>Use it through {@link PermissionMatrixTest}; {@link #run()} serves the runner's own tests.
 */
public final class PermissionMatrix {

    /** One request and the status each role must get. */
    public record Row(String name, Supplier<RestRequest> request, Expect expected) {
    }

    private final RestHarness harness;
    private final Set<Class<?>> covered;
    private final Consumer<RestHarness> resetFixture;
    private final List<Row> rows = new ArrayList<>();
    private final Set<Method> reached = new LinkedHashSet<>();

    public PermissionMatrix(RestHarness harness, Collection<Class<?>> covered, Consumer<RestHarness> resetFixture) {
        this.harness = harness;
        this.covered = new LinkedHashSet<>(covered);
        this.resetFixture = resetFixture;
    }

    public PermissionMatrix row(RestRequest request, Expect expected) {
        return row(request.describe(), () -> request, expected);
    }

    /** A row whose request is built after each fixture reset (e.g. with the id of a fixture item). */
    public PermissionMatrix row(String name, Supplier<RestRequest> request, Expect expected) {
        rows.add(new Row(name, request, expected));
        return this;
    }

    /** Sends {@code row}'s request as {@code role}; the failure, if any. */
    public Optional<String> check(Row row, Role role) {
        resetFixture.accept(harness);
        RestRequest request = row.request().get().as(role);
        RestResponse response = harness.send(request);
        Optional<Method> method = harness.lastResourceMethod();
        method.ifPresent(reached::add);
        int expected = row.expected().status(role);
        if (method.isEmpty()) {
            return Optional.of(row.name() + " as " + role + " reached no resource method (routing answered "
                    + response + ")");
        }
        if (!covered.contains(method.get().getDeclaringClass())) {
            return Optional.of(row.name() + " reached " + method.get() + ", which is not in the covered resources "
                    + covered);
        }
        if (response.status() != expected) {
            return Optional.of(row.name() + " as " + role + " (" + role.userKey() + "): expected " + expected
                    + ", was " + response);
        }
        return Optional.empty();
    }

    /** The endpoints of the covered resources that no row has reached so far. */
    public List<Endpoint> unreached() {
        return covered.stream()
                .flatMap(type -> ResourceCatalog.endpoints(type).stream())
                .filter(endpoint -> !reached.contains(endpoint.method()))
                .toList();
    }

    /** Runs every row as every role, then the coverage check; every failure, in order. */
    public List<String> run() {
        List<String> failures = new ArrayList<>();
        for (Row row : rows) {
            for (Role role : Role.values()) {
                check(row, role).ifPresent(failures::add);
            }
        }
        coverageFailure().ifPresent(failures::add);
        return failures;
    }

    /** A container per row with a test per role, then one test for coverage (run last). */
    public Stream<DynamicNode> dynamicTests() {
        Stream<DynamicNode> rowNodes = rows.stream().map(row -> DynamicContainer.dynamicContainer(row.name(),
                Stream.of(Role.values()).map(role -> DynamicTest.dynamicTest(
                        role + " -> " + row.expected().status(role),
                        () -> check(row, role).ifPresent(PermissionMatrix::fail)))));
        DynamicNode coverage = DynamicTest.dynamicTest("every resource method of " + names() + " has a row",
                () -> coverageFailure().ifPresent(PermissionMatrix::fail));
        return Stream.concat(rowNodes, Stream.of(coverage));
    }

    private Optional<String> coverageFailure() {
        List<Endpoint> missing = unreached();
        return missing.isEmpty() ? Optional.empty()
                : Optional.of("no permission-matrix row reaches " + missing);
    }

    private String names() {
        return covered.stream().map(Class::getSimpleName).toList().toString();
    }

    private static void fail(String message) {
        throw new AssertionError(message);
    }
}
