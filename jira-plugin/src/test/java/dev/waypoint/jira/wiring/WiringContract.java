package dev.waypoint.jira.wiring;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * What Spring would find out only inside Jira, checked here: every component (a bean declared in
 * plugin-context.xml, a class Spring Scanner picks up, a REST resource) has one constructor to inject, and every
 * parameter of it is provided by exactly one component or OSGi import. Returns the problems as sentences.
 *
 * @param providers the types that can be injected: declared beans, scanned components and imported OSGi services
 * @param consumers the classes Spring or the REST module constructs
 */
public record WiringContract(Collection<Class<?>> providers, Collection<Class<?>> consumers) {

    public List<String> violations() {
        List<String> violations = new ArrayList<>();
        for (Class<?> consumer : consumers) {
            if (consumer.isInterface() || Modifier.isAbstract(consumer.getModifiers())) {
                violations.add(consumer.getName() + " is abstract and cannot be constructed");
                continue;
            }
            Constructor<?> constructor = injectionConstructor(consumer, violations);
            if (constructor == null) {
                continue;
            }
            for (Class<?> parameter : constructor.getParameterTypes()) {
                List<String> candidates = providers.stream().filter(parameter::isAssignableFrom)
                        .filter(p -> p != consumer).map(Class::getName).distinct().sorted().toList();
                if (candidates.isEmpty()) {
                    violations.add(consumer.getName() + " needs a " + parameter.getName() + ", which nothing provides");
                } else if (candidates.size() > 1) {
                    violations.add(consumer.getName() + " needs one " + parameter.getName() + " but several match: "
                            + candidates);
                }
            }
        }
        return violations;
    }

    private static Constructor<?> injectionConstructor(Class<?> type, List<String> violations) {
        List<Constructor<?>> injected = Arrays.stream(type.getConstructors())
                .filter(c -> c.isAnnotationPresent(jakarta.inject.Inject.class)).toList();
        if (injected.size() == 1) {
            return injected.get(0);
        }
        Constructor<?>[] publicConstructors = type.getConstructors();
        if (injected.isEmpty() && publicConstructors.length == 1) {
            return publicConstructors[0];
        }
        violations.add(type.getName() + " must have exactly one public or @Inject constructor, has "
                + publicConstructors.length + " public and " + injected.size() + " @Inject");
        return null;
    }
}
