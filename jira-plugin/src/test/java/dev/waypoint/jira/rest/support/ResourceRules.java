package dev.waypoint.jira.rest.support;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules every resource follows (package {@code dev.waypoint.jira.rest}'s documentation), as readable violations:
 * an empty list means the resource is sound.
 */
public final class ResourceRules {

    /** REST v2's access annotations (com.atlassian.plugins.rest.api.security.annotation). */
    public static final Set<Class<? extends Annotation>> ACCESS_ANNOTATIONS = Set.of(LicensedOnly.class,
            AdminOnly.class, SystemAdminOnly.class, UnrestrictedAccess.class, AnonymousSiteAccess.class,
            UnlicensedSiteAccess.class);
    /** Access annotations that open a method beyond licensed users: each use needs a stated reason. */
    public static final Set<Class<? extends Annotation>> OPEN_ACCESS = Set.of(UnrestrictedAccess.class,
            AnonymousSiteAccess.class, UnlicensedSiteAccess.class);
    public static final Set<String> MUTATIONS = Set.of("POST", "PUT", "DELETE", "PATCH");
    /** A {@code @GET} whose name starts with one of these words looks like it changes something. */
    public static final List<String> MUTATING_VERBS = List.of("create", "update", "delete", "remove", "set", "add",
            "record", "link", "unlink", "close", "save", "move", "import", "refresh", "put", "post", "change",
            "reset", "grade", "archive");

    private ResourceRules() {
    }

    /**
     * @param openAccessReasons {@code "Class#method"} → why that method may be reached beyond licensed users
     */
    public static List<String> violations(Class<?> resource, Map<String, String> openAccessReasons) {
        List<String> violations = new ArrayList<>();
        checkConstructor(resource, violations);
        for (Method locator : ResourceCatalog.subResourceLocators(resource)) {
            violations.add(name(locator) + " is a sub-resource locator; declare endpoints as methods");
        }
        for (Method method : ResourceCatalog.resourceMethods(resource)) {
            String http = ResourceCatalog.httpMethod(method).orElseThrow();
            checkAccessAnnotation(method, openAccessReasons, violations);
            if (MUTATIONS.contains(http)) {
                checkConsumesJsonOnly(method, resource, violations);
            }
            if ("GET".equals(http)) {
                checkGetNaming(method, violations);
            }
            if (!method.isAnnotationPresent(Produces.class) && !resource.isAnnotationPresent(Produces.class)) {
                violations.add(name(method) + " declares no @Produces (on the method or the class)");
            }
            checkParameters(method, violations);
        }
        return violations;
    }

    /**
     * A JSON body record with a primitive component reads a missing value as 0 or false, so "required" cannot be told
     * from "zero": request records use boxed types ({@code Double}, {@code Long}, {@code Boolean}) and check them
     * with {@code Params}. Nested records and lists of records are checked too.
     */
    private static void checkBodyRecord(Method method, Class<?> type, String path, List<String> violations,
            Set<Class<?>> seen) {
        if (!type.isRecord() || !seen.add(type)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String name = path.isEmpty() ? component.getName() : path + "." + component.getName();
            if (component.getType().isPrimitive()) {
                violations.add(name(method) + " takes a body whose component '" + name + "' is a primitive "
                        + component.getType() + "; use the boxed type so that a missing value is reported");
            }
            checkBodyRecord(method, component.getType(), name, violations, seen);
            if (component.getGenericType() instanceof ParameterizedType generic) {
                for (Type argument : generic.getActualTypeArguments()) {
                    if (argument instanceof Class<?> element) {
                        checkBodyRecord(method, element, name + "[]", violations, seen);
                    }
                }
            }
        }
    }

    private static void checkConstructor(Class<?> resource, List<String> violations) {
        Constructor<?>[] constructors = resource.getConstructors();
        if (constructors.length != 1) {
            violations.add(resource.getSimpleName() + " has " + constructors.length
                    + " public constructors; a resource has exactly one, taking its collaborators");
        }
    }

    private static void checkAccessAnnotation(Method method, Map<String, String> openAccessReasons,
            List<String> violations) {
        List<Class<? extends Annotation>> declared = new ArrayList<>();
        for (Annotation annotation : method.getAnnotations()) {
            if (ACCESS_ANNOTATIONS.contains(annotation.annotationType())) {
                declared.add(annotation.annotationType());
            }
        }
        if (declared.size() != 1) {
            violations.add(name(method) + " carries " + declared.size()
                    + " REST v2 access annotations (com.atlassian.plugins.rest.api.security.annotation); it needs"
                    + " exactly one, on the method, e.g. @LicensedOnly");
            return;
        }
        if (OPEN_ACCESS.contains(declared.get(0)) && !openAccessReasons.containsKey(name(method))) {
            violations.add(name(method) + " is @" + declared.get(0).getSimpleName()
                    + " without a stated reason in the open-access allow-list");
        }
    }

    private static void checkConsumesJsonOnly(Method method, Class<?> resource, List<String> violations) {
        Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                : resource.getAnnotation(Consumes.class);
        List<String> types = consumes == null ? List.of() : Arrays.stream(consumes.value())
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .toList();
        if (!types.equals(List.of(MediaType.APPLICATION_JSON))) {
            violations.add(name(method) + " is a mutation and must be @Consumes(MediaType.APPLICATION_JSON) only"
                    + " (Jira's XSRF protection), was " + types);
        }
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(FormParam.class)) {
                violations.add(name(method) + " takes a @FormParam; mutations take JSON only");
            }
        }
    }

    private static void checkGetNaming(Method method, List<String> violations) {
        String lower = method.getName().toLowerCase();
        for (String verb : MUTATING_VERBS) {
            if (lower.startsWith(verb)) {
                violations.add(name(method) + " is a @GET named like a mutation ('" + verb + "...'); a GET never"
                        + " changes anything");
                return;
            }
        }
    }

    private static void checkParameters(Method method, List<String> violations) {
        for (Parameter parameter : method.getParameters()) {
            if (Arrays.stream(parameter.getAnnotations()).noneMatch(a -> a.annotationType().getPackageName()
                    .startsWith("jakarta.ws.rs"))) {
                checkBodyRecord(method, parameter.getType(), "", violations, new java.util.HashSet<>());
            }
            boolean textual = parameter.isAnnotationPresent(PathParam.class)
                    || parameter.isAnnotationPresent(QueryParam.class)
                    || parameter.isAnnotationPresent(HeaderParam.class)
                    || parameter.isAnnotationPresent(MatrixParam.class);
            if (textual && parameter.getType() != String.class) {
                violations.add(name(method) + " takes parameter '" + parameter.getName() + "' as "
                        + parameter.getType().getSimpleName() + "; take a String and parse it with Params, which"
                        + " names the field on failure");
            }
        }
    }

    static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "#" + method.getName();
    }
}
