package dev.waypoint.jira.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.implement.EscapeHtmlReference;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.log.NullLogChute;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Renders the app's templates as Jira does (code-style §3 rule 17): Apache Velocity 1.7 from the classpath with
 * {@link EscapeHtmlReference} on every reference (no match pattern, no opt-out), and strict references, so a typo in a
 * method name or a missing i18n key fails the test instead of printing as written.
 */
final class WebTemplates {

    static final String PROJECT_PAGE = "templates/web/project-page.vm";
    static final String ISSUE_PANEL = "templates/web/issue-panel.vm";
    static final String ADMIN_PAGE = AppPage.ADMIN.template();
    static final String COMPANY_PAGE = AppPage.COMPANY.template();
    static final String KPI_PAGE = "templates/web/kpi-page.vm";
    static final String KPI_DIRECTORY = KpiDirectoryServlet.TEMPLATE;
    static final List<String> ALL = List.of(PROJECT_PAGE, ISSUE_PANEL, ADMIN_PAGE, COMPANY_PAGE, KPI_PAGE,
            KPI_DIRECTORY);

    private static final VelocityEngine ENGINE = engine();

    private WebTemplates() {
    }

    private static VelocityEngine engine() {
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADER, "class");
        engine.setProperty("class.resource.loader.class", ClasspathResourceLoader.class.getName());
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.VM_LIBRARY, "");
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        engine.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, EscapeHtmlReference.class.getName());
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, NullLogChute.class.getName());
        engine.init();
        return engine;
    }

    /** Renders {@code template} with {@code model} as {@code $model} and the app's bundle as {@code $i18n}. */
    static String render(String template, Object model) {
        VelocityContext context = new VelocityContext();
        context.put("model", model);
        context.put("i18n", new BundleI18n(bundle()));
        Template compiled = ENGINE.getTemplate(template, "UTF-8");
        StringWriter out = new StringWriter();
        compiled.merge(context, out);
        return out.toString();
    }

    static Properties bundle() {
        Properties properties = new Properties();
        try (InputStream in = WebTemplates.class.getClassLoader().getResourceAsStream("i18n/waypoint.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static String text(String resource) {
        try (InputStream in = WebTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The XSS corpus of src/test/resources/xss/payloads.txt. */
    static List<String> xssPayloads() {
        List<String> payloads = new ArrayList<>();
        for (String line : text("xss/payloads.txt").split("\n")) {
            if (!line.isEmpty() && !line.startsWith("##")) {
                payloads.add(line);
            }
        }
        return payloads;
    }

    /** Jira's {@code $i18n} as templates use it: the bundle's MessageFormat patterns; a missing key fails. */
    public static final class BundleI18n {

        private final Properties bundle;

        BundleI18n(Properties bundle) {
            this.bundle = bundle;
        }

        public String getText(String key) {
            return getText(key, new Object[0]);
        }

        public String getText(String key, Object argument) {
            return getText(key, new Object[] {argument});
        }

        public String getText(String key, Object first, Object second) {
            return getText(key, new Object[] {first, second});
        }

        private String getText(String key, Object[] arguments) {
            String pattern = bundle.getProperty(key);
            if (pattern == null) {
                throw new IllegalArgumentException("i18n key " + key + " is missing");
            }
            return new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
        }

        /** For tests that check a text appears: the pattern of a key formatted with its arguments. */
        public String format(String key, Object... arguments) {
            return getText(key, arguments);
        }
    }
}
