package dev.waypoint.jira.rest.kpi;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A proxy of an interface that forwards every call to whatever {@code target} supplies at that moment and reports the
 * call: resources deployed once keep talking to fresh fakes after a fixture reset, and tests count repository reads.
 */
final class Swappable {

    private Swappable() {
    }

    static <T> T of(Class<T> type, Supplier<? extends T> target, Consumer<String> onCall) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return objectMethod(proxy, method, args, type);
                    }
                    onCall.accept(type.getSimpleName() + "." + method.getName());
                    try {
                        return method.invoke(target.get(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args, Class<?> type) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "Swappable " + type.getSimpleName();
        };
    }
}
