package dev.waypoint.jira.rest.support;

import dev.waypoint.access.InMemoryAccessFacts;
import dev.waypoint.access.Permissions;
import dev.waypoint.access.Role;
import dev.waypoint.jira.rest.ErrorResponses;
import dev.waypoint.jira.rest.RestProviders;
import dev.waypoint.jira.rest.Translator;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.inmemory.InMemoryTestContainerFactory;
import org.glassfish.jersey.test.spi.TestContainerFactory;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs REST resources in a real JAX-RS runtime (Jersey 3.1, in memory, no network) with the app's error model and
 * JSON rules ({@link RestProviders#all}), Jackson's JSON provider with its own exception mappers (to prove Waypoint's
 * win), REST v2's access annotations emulated ({@link RestV2AccessEmulation}) and a test user per request.
 *
 * <p>The harness owns the collaborators a resource needs for access: {@link #facts()} (the seven users of
 * {@link Role}, reset before each test), {@link #permissions()}, {@link #currentUser()} (fed by the
 * {@value #USER_HEADER} header), a fixed {@link #clock()} and the {@link #translator()}. A test builds its resources
 * from them:
 *
 * <pre>{@code
 * @RegisterExtension
 * final RestHarness rest = RestHarness.of(h -> List.of(new MeResource(new MeQuery(h.currentUser(), h.permissions()))));
 *
 * @Test
 * void givenOwner_gettingMe_answersTheirKey() {
 *     RestResponse response = rest.send(RestRequest.get("/me").as(Role.OWNER));
 *     assertThat(response.status()).isEqualTo(200);
 * }
 * }</pre>
 *
 * As an extension it starts before each test and stops after it (a {@code @TestFactory}'s dynamic tests all run in
 * between); {@link #start()} and {@link #stop()} serve the runners that manage it themselves.
 */
public final class RestHarness implements BeforeEachCallback, AfterEachCallback {

    /** The test-only header naming the request's user (a user key); without it the request is anonymous. */
    public static final String USER_HEADER = "X-Test-User";
    /** The harness's "now": 2026-02-15 10:00 UTC. */
    public static final Instant NOW = Instant.parse("2026-02-15T10:00:00Z");

    private final Function<RestHarness, List<?>> resources;
    private final InMemoryAccessFacts facts = Role.standardFacts();
    private final Permissions permissions = new Permissions(facts);
    private final TestCurrentUser currentUser = new TestCurrentUser();
    private final AtomicReference<Method> lastMethod = new AtomicReference<>();
    private final List<Object> extraProviders = new ArrayList<>();
    private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private Translator translator = Translator.ENGLISH;
    private JerseyTest jersey;

    private RestHarness(Function<RestHarness, List<?>> resources) {
        this.resources = resources;
    }

    /** A harness deploying the resources {@code resources} builds from the harness's collaborators. */
    public static RestHarness of(Function<RestHarness, List<?>> resources) {
        return new RestHarness(resources);
    }

    /** Answers in another "language" (set before the harness starts). */
    public RestHarness translator(Translator newTranslator) {
        this.translator = newTranslator;
        return this;
    }

    public RestHarness clock(Clock newClock) {
        this.clock = newClock;
        return this;
    }

    /** Registers one more provider or filter (set before the harness starts). */
    public RestHarness provider(Object provider) {
        extraProviders.add(provider);
        return this;
    }

    public InMemoryAccessFacts facts() {
        return facts;
    }

    public Permissions permissions() {
        return permissions;
    }

    public TestCurrentUser currentUser() {
        return currentUser;
    }

    public Clock clock() {
        return clock;
    }

    public Translator translator() {
        return translator;
    }

    public boolean isStarted() {
        return jersey != null;
    }

    public void start() {
        if (jersey != null) {
            return;
        }
        ResourceConfig config = new ResourceConfig();
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.BV_FEATURE_DISABLE, true);
        config.register(JacksonFeature.withExceptionMappers());
        RestProviders.all(translator).forEach(config::register);
        config.register(new TestUserFilter(currentUser));
        config.register(new RestV2AccessEmulation(facts, currentUser, new ErrorResponses(translator), lastMethod::set));
        extraProviders.forEach(config::register);
        resources.apply(this).forEach(config::register);
        JerseyTest test = new InMemoryJersey(config);
        try {
            test.setUp();
        } catch (Exception e) {
            throw new IllegalStateException("the in-memory REST runtime did not start", e);
        }
        jersey = test;
    }

    public void stop() {
        if (jersey == null) {
            return;
        }
        try {
            jersey.tearDown();
        } catch (Exception e) {
            throw new IllegalStateException("the in-memory REST runtime did not stop", e);
        } finally {
            jersey = null;
        }
    }

    /** Sends {@code request} and reads the whole answer. */
    public RestResponse send(RestRequest request) {
        if (jersey == null) {
            throw new IllegalStateException("the harness is not started");
        }
        lastMethod.set(null);
        WebTarget target = jersey.target(request.path().startsWith("/") ? request.path().substring(1) : request.path());
        for (Map.Entry<String, String> parameter : request.query().entrySet()) {
            target = target.queryParam(parameter.getKey(), parameter.getValue());
        }
        Invocation.Builder builder = target.request();
        request.headers().forEach(builder::header);
        if (request.user() != null) {
            builder.header(USER_HEADER, request.user());
        }
        Response response = request.body() == null
                ? builder.method(request.method())
                : builder.method(request.method(), Entity.entity(request.body(), request.contentType()));
        try {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            Map<String, List<String>> headers = new LinkedHashMap<>();
            response.getStringHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), List.copyOf(values)));
            String mediaType = response.getMediaType() == null ? null : response.getMediaType().toString();
            return new RestResponse(response.getStatus(), headers, mediaType, body);
        } finally {
            response.close();
        }
    }

    /** The resource method the last request was routed to, if routing found one. */
    public Optional<Method> lastResourceMethod() {
        return Optional.ofNullable(lastMethod.get());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        facts.clear();
        Role.install(facts);
        start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stop();
    }

    private static final class InMemoryJersey extends JerseyTest {

        InMemoryJersey(Application application) {
            super(application);
        }

        @Override
        protected TestContainerFactory getTestContainerFactory() {
            return new InMemoryTestContainerFactory();
        }

        @Override
        protected void configureClient(ClientConfig config) {
            config.property(ClientProperties.SUPPRESS_HTTP_COMPLIANCE_VALIDATION, true);
        }
    }
}
