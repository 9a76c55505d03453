package dev.waypoint.jira.wiring;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import java.beans.Introspector;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Optional;

/**
 * Atlassian Spring Scanner's published rules, as Jira applies them to the plugin's classes. Build time: the scanner
 * maven plugin writes {@code META-INF/plugin-components/component} for every class annotated with one of
 * {@link #INDEXED} and {@code .../imports} for every {@code @ComponentImport}, one line each, {@code Class} or
 * {@code Class#beanName}. Run time ({@code <atlassian-scanner:scan-indexes/>}) every line becomes a bean:
 * <ul>
 *   <li>a component is named by the annotation's value or else {@code Introspector.decapitalize} of the simple class
 *       name ({@code ClassIndexBeanDefinitionScanner#findCandidateComponents}); a name already taken by a bean of
 *       another class is an error ({@code BeanDefinitionChecker#needToRegister}: "conflicts with existing,
 *       non-compatible bean definition");</li>
 *   <li>an import is named by the annotation's value or else {@code StringUtils.uncapitalize} of the type's simple name
 *       ({@code ComponentImportBeanFactoryPostProcessor#registerComponentImportBean}) and registered with
 *       {@code registerBeanDefinition}, which replaces a bean of the same name.</li>
 * </ul>
 * Sources: the scanner runtime (2.x, Procyon-decompiled) in wjkennedy/DECOMPanalytics,
 * {@code com/atlassian/plugin/spring/scanner/extension/ClassIndexBeanDefinitionScanner.java},
 * {@code .../ComponentImportBeanFactoryPostProcessor.java}, {@code .../util/BeanDefinitionChecker.java}; the indexed
 * annotations: the scanner's {@code ComponentAnnotationProcessor} ({@code @SupportedAnnotationTypes(
 * "org.springframework.stereotype.Component", "javax.inject.Named", "com.atlassian.plugin.spring.scanner.annotation
 * .component.*")}, a public copy of scanner 1.x's processor found by the code index) and Atlassian's documentation:
 * "If you are using Atlassian Spring Scanner, ensure your job runner is defined as a Spring bean with a
 * {@literal @}org.springframework.stereotype.Component or {@literal @}javax.inject.Named annotation"
 * (developer.atlassian.com/server/confluence/job-config-module/; the same in the Confluence 9.0.3 Javadoc of
 * JobConfigModuleDescriptor). {@code @jakarta.inject.Named} is in neither list, nor are Spring's derived stereotypes
 * ({@code @Service} ...), which the 1.x processor does not match either: Atlassian's Jira 11 apps use
 * {@code @Component} (atlassian-labs/atlassian-slack-integration-server, codescape/jira-scrum-poker).
 */
final class SpringScanner {

    /** Class annotations Spring Scanner indexes as components. */
    static final List<String> INDEXED = List.of("org.springframework.stereotype.Component", "javax.inject.Named");

    /** Package of the scanner's own component annotations (@JiraComponent, @ClasspathComponent ...): indexed too. */
    static final String SCANNER_COMPONENTS = "com.atlassian.plugin.spring.scanner.annotation.component.";

    /** Class annotations that look like components but that Spring Scanner is not documented to index. */
    static final List<String> NOT_INDEXED = List.of("jakarta.inject.Named", "jakarta.inject.Singleton",
            "javax.inject.Singleton", "org.springframework.stereotype.Service",
            "org.springframework.stereotype.Repository", "org.springframework.stereotype.Controller");

    private SpringScanner() {
    }

    /** The annotation that makes this class an indexed component, if any. */
    static Optional<JavaAnnotation<JavaClass>> componentAnnotation(JavaClass type) {
        return type.getAnnotations().stream().filter(a -> {
            String name = a.getRawType().getName();
            return INDEXED.contains(name) || name.startsWith(SCANNER_COMPONENTS);
        }).findFirst();
    }

    /** The component-like annotation this class carries that Spring Scanner does not index, if any. */
    static Optional<String> unindexedAnnotation(JavaClass type) {
        return type.getAnnotations().stream().map(a -> a.getRawType().getName()).filter(NOT_INDEXED::contains)
                .findFirst();
    }

    /**
     * An indexed component's bean name: the annotation's value, else {@code Introspector.decapitalize} of Spring's
     * {@code ClassUtils.getShortName} (the name after the package, a nested class as {@code Outer.Inner}).
     */
    static String componentName(JavaClass type, JavaAnnotation<JavaClass> annotation) {
        Object value = annotation.getProperties().get("value");
        if (value instanceof String name && !name.isBlank()) {
            return name;
        }
        String name = type.getName();
        return Introspector.decapitalize(name.substring(name.lastIndexOf('.') + 1).replace('$', '.'));
    }

    /** An import's bean name: the annotation's value, else the type's simple name with a lower-case first letter. */
    static String importName(ComponentImport annotation, Class<?> type) {
        if (!annotation.value().isBlank()) {
            return annotation.value();
        }
        String simple = type.getSimpleName();
        return simple.isEmpty() ? simple : Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    /**
     * The bean name an injection point asks for: Spring's {@code @Qualifier}, or {@code @jakarta.inject.Named} on the
     * parameter (the JSR-330 qualifier Spring also honours, used so on REST resources by Atlassian's Jira 11 app:
     * atlassian-slack-integration-server IssuePanelResource, {@code @Named("salUserManager")}).
     */
    static Optional<String> qualifier(AnnotatedElement parameter) {
        var spring = parameter.getAnnotation(org.springframework.beans.factory.annotation.Qualifier.class);
        if (spring != null) {
            return Optional.of(spring.value());
        }
        var named = parameter.getAnnotation(jakarta.inject.Named.class);
        return named == null ? Optional.empty() : Optional.of(named.value());
    }

    static String simpleName(String binaryName) {
        return binaryName.substring(Math.max(binaryName.lastIndexOf('.'), binaryName.lastIndexOf('$')) + 1);
    }
}
