package dev.waypoint.jira.wiring;

import java.beans.Introspector;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Spring would find out only inside Jira, checked here on the beans of the plugin's context ({@link PluginContext}:
 * named by Spring Scanner's rules) and the classes Spring or the REST module constructs:
 * <ul>
 *   <li>no bean name is given twice (one registration would replace or reject the other);</li>
 *   <li>every constructed class has one constructor to inject, and every parameter of it has exactly one candidate:
 *       the beans whose type fits, narrowed to the one of that name if the parameter carries a qualifier
 *       ({@code @Qualifier} or {@code @jakarta.inject.Named}).</li>
 * </ul>
 * Returns the problems as sentences.
 *
 * @param beans the beans of the plugin's context: declared, scanned and imported
 * @param consumers the classes Spring or the REST module constructs
 */
public record WiringContract(Collection<Bean> beans, Collection<Class<?>> consumers) {

    /** A bean of the plugin's Spring context: its name, its type and what made it (for the messages). */
    public record Bean(String name, Class<?> type, String origin) {

        @Override
        public String toString() {
            return "'" + name + "' (" + type.getName() + ", " + origin + ")";
        }
    }

    /** A contract on beans named after their types, for wirings where names play no part. */
    public static WiringContract ofTypes(Collection<Class<?>> providers, Collection<Class<?>> consumers) {
        List<Bean> beans = providers.stream()
                .map(type -> new Bean(Introspector.decapitalize(type.getSimpleName()), type, "test")).toList();
        return new WiringContract(beans, consumers);
    }

    public List<String> violations() {
        List<String> violations = new ArrayList<>(collisions());
        for (Class<?> consumer : consumers) {
            if (consumer.isInterface() || Modifier.isAbstract(consumer.getModifiers())) {
                violations.add(consumer.getName() + " is abstract and cannot be constructed");
                continue;
            }
            Constructor<?> constructor = injectionConstructor(consumer, violations);
            if (constructor == null) {
                continue;
            }
            for (Parameter parameter : constructor.getParameters()) {
                check(consumer, parameter, violations);
            }
        }
        return violations;
    }

    /**
     * Names given to beans of different types. Beans of one name and one type are one bean: a class declared in
     * plugin-context.xml and scanned under its name is compatible ({@code BeanDefinitionChecker#isCompatible}), and an
     * import registered twice replaces itself with the same definition.
     */
    private List<String> collisions() {
        Map<String, Map<Class<?>, Bean>> byName = new LinkedHashMap<>();
        for (Bean bean : beans) {
            byName.computeIfAbsent(bean.name(), n -> new LinkedHashMap<>()).putIfAbsent(bean.type(), bean);
        }
        List<String> collisions = new ArrayList<>();
        byName.forEach((name, named) -> {
            if (named.size() > 1) {
                collisions.add("bean name '" + name + "' is given to " + named.size() + " beans: " + named.values()
                        + "; Spring keeps one of them (an import replaces the other, a component is rejected)");
            }
        });
        return collisions;
    }

    private void check(Class<?> consumer, Parameter parameter, List<String> violations) {
        Class<?> type = parameter.getType();
        Optional<String> qualifier = SpringScanner.qualifier(parameter);
        List<Bean> candidates = beans.stream().filter(b -> type.isAssignableFrom(b.type()))
                .filter(b -> b.type() != consumer).toList();
        String what = consumer.getName() + " needs " + (qualifier.map(q -> "the " + type.getName() + " named '" + q
                + "'").orElse("a " + type.getName()));
        if (qualifier.isPresent()) {
            List<Bean> named = candidates.stream().filter(b -> b.name().equals(qualifier.get())).toList();
            if (named.isEmpty()) {
                String other = beans.stream().filter(b -> b.name().equals(qualifier.get())).map(Bean::toString)
                        .findFirst().map(b -> "; the bean of that name is " + b).orElse("");
                violations.add(what + ", which nothing provides" + other);
            } else if (named.size() > 1) {
                violations.add(what + " but several match: " + named);
            }
            return;
        }
        if (candidates.isEmpty()) {
            violations.add(what + ", which nothing provides");
        } else if (candidates.size() > 1) {
            violations.add(what + " but several match: " + candidates.stream().map(Bean::toString).sorted().toList()
                    + "; say which with @Qualifier(\"<bean name>\")");
        }
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
