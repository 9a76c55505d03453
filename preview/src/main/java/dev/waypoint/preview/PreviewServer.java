package dev.waypoint.preview;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.preview.data.PreviewDataFolder;
import dev.waypoint.preview.data.PreviewStorage;
import dev.waypoint.preview.i18n.PreviewI18n;
import dev.waypoint.preview.page.PageRoute;
import dev.waypoint.preview.rest.RestModule;
import dev.waypoint.preview.user.PreviewAuthenticationContext;
import dev.waypoint.preview.user.PreviewDirectory;
import dev.waypoint.preview.user.ThreadUsers;
import dev.waypoint.preview.velocity.VelocityTemplates;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Waypoint preview: the app's REST resources, pages, Active Objects storage and JavaScript outside Jira, on an
 * embedded Jetty bound to the loopback interface. {@link #main} is the command-line entry ({@code preview/run.sh});
 * tests use {@link #start}.
 */
public final class PreviewServer implements AutoCloseable {

    /** The app's plugin descriptor (in waypoint-jira's jar), whose web resources the preview serves. */
    public static final String APP_DESCRIPTOR = "atlassian-plugin.xml";

    private final Server jetty;
    private final PreviewStorage storage;
    private final PreviewDataFolder dataFolder;
    private static final Logger LOG = LoggerFactory.getLogger(PreviewServer.class);

    private final AtomicBoolean closed = new AtomicBoolean();
    private final ScheduledExecutorService jobs;

    private PreviewServer(Server jetty, PreviewStorage storage, PreviewDataFolder dataFolder,
            ScheduledExecutorService jobs) {
        this.jetty = jetty;
        this.storage = storage;
        this.dataFolder = dataFolder;
        this.jobs = jobs;
    }

    public static void main(String[] args) throws Exception {
        PreviewI18n i18n = PreviewI18n.load(PreviewServer.class.getClassLoader(), PreviewI18n.MissingKeys.SHOW_KEY);
        PreviewOptions options;
        try {
            options = PreviewOptions.parse(args, System.getProperties());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(i18n.getText("waypoint.preview.console.usage"));
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(i18n.getText("waypoint.preview.console.usage"));
            return;
        }
        PreviewServer server = start(options, PreviewModules.standard());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "waypoint-preview-shutdown"));
        System.out.println(i18n.getText("waypoint.preview.console.running", server.baseUri().toString(),
                server.dataFolder().toString()));
        server.join();
    }

    /** Prepares the data folder and storage, lets every module contribute, and starts Jetty. */
    public static PreviewServer start(PreviewOptions options, List<PreviewModule> modules) throws Exception {
        return start(options, modules, APP_DESCRIPTOR);
    }

    /**
     * As {@link #start(PreviewOptions, List)}, serving the web resources of the plugin descriptor at classpath location
     * {@code descriptor} instead of the app's {@value #APP_DESCRIPTOR} (for tests of the preview itself).
     */
    public static PreviewServer start(PreviewOptions options, List<PreviewModule> modules, String descriptor)
            throws Exception {
        Objects.requireNonNull(options, "'options' must not be null");
        ClassLoader loader = PreviewServer.class.getClassLoader();
        PreviewI18n i18n = PreviewI18n.load(loader,
                options.strict() ? PreviewI18n.MissingKeys.FAIL : PreviewI18n.MissingKeys.SHOW_KEY);
        VelocityTemplates templates = new VelocityTemplates(
                options.strict() ? VelocityTemplates.Mode.STRICT : VelocityTemplates.Mode.LENIENT);
        PreviewDataFolder folder = PreviewDataFolder.prepare(options.dataFolder(), options.reset());
        PreviewStorage storage = new PreviewStorage(folder, options.database(), options.reset());
        try {
            ThreadUsers users = new ThreadUsers();
            PreviewDirectory directory = PreviewDirectory.standard();
            PreviewPlatform platform = new PreviewPlatform(storage.activeObjects(), folder.created(), users,
                    new PreviewAuthenticationContext(users, directory, i18n), directory, i18n,
                    Clock.systemDefaultZone(), folder.path());
            List<RestModule> restModules = new ArrayList<>();
            List<PageRoute> pages = new ArrayList<>();
            List<PreviewJob> jobs = new ArrayList<>();
            for (PreviewModule module : modules) {
                PreviewContribution contribution = module.contribute(platform);
                restModules.addAll(contribution.restModules());
                pages.addAll(contribution.pages());
                jobs.addAll(contribution.jobs());
            }
            Server jetty = jetty(options.port());
            PreviewWebApp webApp = new PreviewWebApp(users, directory, i18n, templates);
            jetty.setHandler(webApp.context(descriptor, restModules, pages));
            jetty.start();
            return new PreviewServer(jetty, storage, folder, options.jobs() ? schedule(jobs) : null);
        } catch (Exception | Error e) {
            storage.close();
            throw e;
        }
    }

    /** One daemon thread runs every job with its fixed delay; a run that throws is logged, the next runs anyway. */
    private static ScheduledExecutorService schedule(List<PreviewJob> jobs) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "waypoint-preview-jobs");
            thread.setDaemon(true);
            return thread;
        });
        for (PreviewJob job : jobs) {
            long millis = job.every().toMillis();
            executor.scheduleWithFixedDelay(() -> {
                try {
                    job.task().run();
                } catch (RuntimeException e) {
                    LOG.error("Preview job {} failed; it runs again in {}", job.name(), job.every(), e);
                }
            }, millis, millis, TimeUnit.MILLISECONDS);
        }
        return executor;
    }

    private static Server jetty(int port) {
        QueuedThreadPool threads = new QueuedThreadPool(32, 4);
        threads.setName("waypoint-preview");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.setErrorHandler(PreviewWebApp.quiet(new ErrorHandler()));
        server.setStopAtShutdown(false);
        return server;
    }

    /** The port Jetty listens on (the chosen one when started with port 0). */
    public int port() {
        return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    /** {@code http://localhost:<port>/}. */
    public URI baseUri() {
        return URI.create("http://localhost:" + port() + "/");
    }

    public Path dataFolder() {
        return dataFolder.path();
    }

    /** The app's storage, e.g. for tests that check what a request wrote. */
    public ActiveObjects activeObjects() {
        return storage.activeObjects();
    }

    public void join() throws InterruptedException {
        jetty.join();
    }

    /** Stops the background jobs and Jetty, then shuts the database down. Safe to call twice. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stopJobs();
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the preview", e);
        } finally {
            storage.close();
        }
    }

    private void stopJobs() {
        if (jobs == null) {
            return;
        }
        jobs.shutdownNow();
        try {
            if (!jobs.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("A preview job did not stop within 10 seconds");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
