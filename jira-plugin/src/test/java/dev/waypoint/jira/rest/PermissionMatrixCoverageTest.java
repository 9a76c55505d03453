package dev.waypoint.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.waypoint.jira.rest.support.PermissionMatrixTest;
import dev.waypoint.jira.rest.support.ResourceCatalog;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every resource class of the app is covered by a permission matrix ({@link PermissionMatrixTest} subclass), and each
 * matrix checks that every method of its classes has a row: together no endpoint escapes the matrix.
 */
class PermissionMatrixCoverageTest {

    private static Set<Class<?>> coveredByMatrices() throws ReflectiveOperationException {
        Set<Class<?>> covered = new HashSet<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("dev.waypoint.jira")) {
            Class<?> matrix = type.reflect();
            if (PermissionMatrixTest.class.isAssignableFrom(matrix) && !Modifier.isAbstract(matrix.getModifiers())) {
                Constructor<?> constructor = matrix.getDeclaredConstructor();
                constructor.setAccessible(true);
                covered.addAll(((PermissionMatrixTest) constructor.newInstance()).coveredResources());
            }
        }
        return covered;
    }

    @Test
    void givenProductionResources_eachOne_isCoveredByAPermissionMatrix() throws ReflectiveOperationException {
        Set<Class<?>> covered = coveredByMatrices();
        List<String> uncovered = new ArrayList<>();
        for (Class<?> resource : ResourceCatalog.productionResources()) {
            if (!covered.contains(resource)) {
                uncovered.add(resource.getName());
            }
        }

        assertThat(uncovered).as("resource classes without a PermissionMatrixTest").isEmpty();
    }

    @Test
    void givenTheApp_findingResources_findsSome() {
        assertThat(ResourceCatalog.productionResources()).isNotEmpty();
    }
}
