package dev.waypoint.jira.wiring;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import dev.waypoint.jira.wiring.WiringContract.Bean;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The beans Jira's plugin system creates for the app, by Spring Scanner's rules ({@link SpringScanner}): those of
 * {@code META-INF/spring/plugin-context.xml}, the components Spring Scanner indexes and the OSGi services imported with
 * {@code @ComponentImport} (on fields or constructor parameters, anywhere in the app); and the classes that look like
 * components but that Spring Scanner would leave out.
 *
 * @param beans every bean, with its name
 * @param declared the classes of plugin-context.xml that Spring constructs (factory-method beans are not)
 * @param components the indexed components
 * @param unindexed sentences about the classes Spring Scanner would not index
 */
record PluginContext(List<Bean> beans, List<Class<?>> declared, List<Class<?>> components, List<String> unindexed) {

    /** The context of these classes and this plugin-context.xml. */
    static PluginContext of(JavaClasses classes, InputStream pluginContextXml) throws Exception {
        List<Bean> beans = new ArrayList<>();
        List<Class<?>> declared = new ArrayList<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList nodes = factory.newDocumentBuilder().parse(pluginContextXml).getElementsByTagName("bean");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element bean = (Element) nodes.item(i);
            Class<?> type = Class.forName(bean.getAttribute("class"));
            String id = bean.getAttribute("id");
            // Spring names a bean without id "<class>#0" (BeanDefinitionReaderUtils.generateBeanName).
            beans.add(new Bean(id.isBlank() ? type.getName() + "#0" : id, type, "plugin-context.xml"));
            if (bean.getAttribute("factory-method").isBlank()) {
                declared.add(type);
            }
        }
        Set<Class<?>> declaredTypes = Set.copyOf(declared);

        List<Class<?>> components = new ArrayList<>();
        List<String> unindexed = new ArrayList<>();
        for (JavaClass type : classes) {
            var component = SpringScanner.componentAnnotation(type);
            if (component.isPresent()) {
                Class<?> reflected = type.reflect();
                components.add(reflected);
                beans.add(new Bean(SpringScanner.componentName(type, component.get()), reflected,
                        "@" + SpringScanner.simpleName(component.get().getRawType().getName())));
            } else {
                var marker = SpringScanner.unindexedAnnotation(type);
                if (marker.isPresent() && !declaredTypes.contains(type.reflect())) {
                    unindexed.add(type.getName() + " is annotated @" + marker.get() + ", which Spring Scanner does not"
                            + " index (it indexes " + String.join(" and ", SpringScanner.INDEXED.stream().map(a -> "@" + a)
                            .toList()) + "): it is no bean in Jira; annotate it @Component or declare it in"
                            + " plugin-context.xml");
                }
            }
            Class<?> reflected = type.reflect();
            for (Field field : reflected.getDeclaredFields()) {
                ComponentImport annotation = field.getAnnotation(ComponentImport.class);
                if (annotation != null) {
                    beans.add(new Bean(SpringScanner.importName(annotation, field.getType()), field.getType(),
                            "@ComponentImport " + reflected.getSimpleName() + "." + field.getName()));
                }
            }
            for (Constructor<?> constructor : reflected.getDeclaredConstructors()) {
                for (Parameter parameter : constructor.getParameters()) {
                    ComponentImport annotation = parameter.getAnnotation(ComponentImport.class);
                    if (annotation != null) {
                        beans.add(new Bean(SpringScanner.importName(annotation, parameter.getType()),
                                parameter.getType(), "@ComponentImport parameter of " + reflected.getSimpleName()));
                    }
                }
            }
        }
        return new PluginContext(List.copyOf(beans), List.copyOf(declared), List.copyOf(components),
                List.copyOf(unindexed));
    }

    /** The classes Spring builds, with the others Jira builds with the plugin's context. */
    List<Class<?>> consumers(Collection<Class<?>> others) {
        List<Class<?>> consumers = new ArrayList<>(declared);
        consumers.addAll(components);
        consumers.addAll(others);
        return consumers.stream().distinct().collect(Collectors.toList());
    }

    /** Every problem: classes Spring Scanner leaves out, names given twice, injection points without one candidate. */
    List<String> violations(Collection<Class<?>> others) {
        List<String> violations = new ArrayList<>(unindexed);
        violations.addAll(new WiringContract(beans, consumers(others)).violations());
        return violations;
    }
}
