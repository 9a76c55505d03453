package dev.waypoint.preview.velocity;

import java.io.StringWriter;
import java.util.Map;
import java.util.Objects;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.implement.EscapeHtmlReference;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Apache Velocity 1.7, configured as Jira renders templates: from the classpath, UTF-8, and with
 * {@link EscapeHtmlReference} as reference-insertion handler with no {@code eventhandler.escape.html.match} pattern,
 * so <em>every</em> reference is HTML-escaped (Jira's auto-escaping since 6.0; code-style rule 16). No opt-out.
 *
 * <p>{@link Mode#LENIENT} is Jira's behaviour (an unknown reference prints as written). {@link Mode#STRICT} turns on
 * {@code runtime.references.strict}, so that tests fail on a typo in a reference or method name.
 */
public final class VelocityTemplates {

    /** How unknown references are treated. */
    public enum Mode { LENIENT, STRICT }

    private final VelocityEngine engine;

    public VelocityTemplates(Mode mode) {
        Objects.requireNonNull(mode, "'mode' must not be null");
        engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADER, "class");
        engine.setProperty("class.resource.loader.class", ClasspathResourceLoader.class.getName());
        engine.setProperty("class.resource.loader.cache", "true");
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.VM_LIBRARY, "");
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, String.valueOf(mode == Mode.STRICT));
        engine.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, EscapeHtmlReference.class.getName());
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM, new Slf4jLogChute());
        engine.init();
    }

    /** Renders the classpath template {@code name} (e.g. {@code templates/preview/home.vm}) with {@code context}. */
    public String render(String name, Map<String, ?> context) {
        Template template = engine.getTemplate(name, "UTF-8");
        VelocityContext velocityContext = new VelocityContext();
        context.forEach(velocityContext::put);
        StringWriter out = new StringWriter();
        template.merge(velocityContext, out);
        return out.toString();
    }

    /** Whether the classpath has a template {@code name}. */
    public boolean exists(String name) {
        return engine.resourceExists(name);
    }
}
