package dev.waypoint.jira.rest.support;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the REST API's resources by reflection, so that no new endpoint can escape the checks built on it (the
 * permission matrix, the OpenAPI comparison, the conventions): every concrete class annotated {@link Path} under
 * {@value #PACKAGE}, and each of its public methods with an HTTP method annotation.
 */
public final class ResourceCatalog {

    public static final String PACKAGE = "dev.waypoint.jira.rest";

    private ResourceCatalog() {
    }

    /** The resource classes of the app (production code only, not the tests' probes). */
    public static List<Class<?>> productionResources() {
        return resourcesIn(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PACKAGE));
    }

    /** The resource classes of production and test code (the tests' probe resources too). */
    public static List<Class<?>> allResources() {
        return resourcesIn(new ClassFileImporter().importPackages(PACKAGE));
    }

    private static List<Class<?>> resourcesIn(Iterable<JavaClass> classes) {
        List<Class<?>> resources = new ArrayList<>();
        for (JavaClass type : classes) {
            if (type.isAnnotatedWith(Path.class) && !type.getModifiers().contains(
                    com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT) && !type.isInterface()) {
                resources.add(type.reflect());
            }
        }
        resources.sort(Comparator.comparing(Class::getName));
        return resources;
    }

    /** Every endpoint of the app. */
    public static List<Endpoint> productionEndpoints() {
        return productionResources().stream().flatMap(type -> endpoints(type).stream()).toList();
    }

    /** The endpoints of one resource class, sorted by path and method. */
    public static List<Endpoint> endpoints(Class<?> resource) {
        String base = resource.getAnnotation(Path.class) == null ? "" : resource.getAnnotation(Path.class).value();
        List<Endpoint> endpoints = new ArrayList<>();
        for (Method method : resourceMethods(resource)) {
            Path path = method.getAnnotation(Path.class);
            endpoints.add(new Endpoint(httpMethod(method).orElseThrow(),
                    normalise(base + "/" + (path == null ? "" : path.value())), method));
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::httpMethod));
        return endpoints;
    }

    /** The public methods of {@code resource} that serve a request (an HTTP method annotation). */
    public static List<Method> resourceMethods(Class<?> resource) {
        return Arrays.stream(resource.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
                .filter(method -> httpMethod(method).isPresent())
                .sorted(Comparator.comparing(Method::getName))
                .toList();
    }

    /** Public methods with {@link Path} but no HTTP method: sub-resource locators, which Waypoint does not use. */
    public static List<Method> subResourceLocators(Class<?> resource) {
        return Arrays.stream(resource.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Path.class) && httpMethod(method).isEmpty())
                .toList();
    }

    /** "GET", "POST" ... of a method annotated with {@code @GET}, {@code @POST} ... (any {@link HttpMethod}). */
    public static Optional<String> httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return Optional.of(http.value());
            }
        }
        return Optional.empty();
    }

    /**
     * {@code "/objectives/{id: [0-9]+}/"} → {@code "/objectives/{id}"}: one leading slash, no double or trailing
     * slashes, templates without their regular expressions (which may contain braces themselves).
     */
    public static String normalise(String path) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '{') {
                int depth = 1;
                int end = i + 1;
                while (end < path.length() && depth > 0) {
                    depth += path.charAt(end) == '{' ? 1 : path.charAt(end) == '}' ? -1 : 0;
                    end++;
                }
                String template = path.substring(i + 1, end - 1);
                int colon = template.indexOf(':');
                out.append('{').append((colon < 0 ? template : template.substring(0, colon)).strip()).append('}');
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        String normal = ("/" + out).replaceAll("/{2,}", "/");
        return normal.length() > 1 && normal.endsWith("/") ? normal.substring(0, normal.length() - 1) : normal;
    }
}
