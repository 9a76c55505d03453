package dev.waypoint.preview.webresource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The app's web resources as Jira's web-resource manager would serve them, one file per URL (no batching):
 * {@code /download/resources/<plugin key>:<module key>/<name>}. {@link #urls} resolves required modules with their
 * dependencies inside the app, dependencies first; dependencies on other plugins (AUI, Jira) are what the preview's
 * page shell already loads, and are skipped.
 */
public final class WebResources {

    public static final String URL_PREFIX = "/download/resources/";

    private final String pluginKey;
    private final Map<String, WebResource> modules;

    public WebResources(String pluginKey, Map<String, WebResource> modules) {
        this.pluginKey = Objects.requireNonNull(pluginKey, "'pluginKey' must not be null");
        this.modules = Map.copyOf(modules);
    }

    /** The web resources of the descriptor at {@code descriptor} on the classpath; none if there is no such file. */
    public static WebResources fromClasspath(ClassLoader loader, String descriptor) {
        try (InputStream in = loader.getResourceAsStream(descriptor)) {
            return in == null ? new WebResources("", Map.of()) : WebResourceDescriptor.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String pluginKey() {
        return pluginKey;
    }

    /** The URLs of the files of {@code keys} (module keys or complete keys) and their dependencies, in load order. */
    public List<String> urls(List<String> keys, String extension) {
        Set<String> ordered = new LinkedHashSet<>();
        keys.forEach(key -> collect(moduleKey(key).orElseThrow(() -> unknown(key)), ordered, new LinkedHashSet<>()));
        List<String> urls = new ArrayList<>();
        for (String key : ordered) {
            for (WebResource.Download download : modules.get(key).downloads()) {
                if (download.name().endsWith(extension)) {
                    urls.add(URL_PREFIX + pluginKey + ":" + key + "/" + download.name());
                }
            }
        }
        return urls;
    }

    /** The keys of the modules that join web-resource context {@code context}, by key. */
    public List<String> inContext(String context) {
        return modules.values().stream().filter(module -> module.contexts().contains(context))
                .map(WebResource::key).sorted().toList();
    }

    /** The module and file for {@code completeKey} ({@code plugin:module}) and file {@code name}, if declared. */
    public Optional<Served> find(String completeKey, String name) {
        return moduleKey(completeKey).filter(key -> completeKey.startsWith(pluginKey + ":"))
                .map(modules::get)
                .flatMap(module -> module.downloads().stream()
                        .filter(download -> download.name().equals(name))
                        .findFirst()
                        .map(download -> new Served(module, download)));
    }

    /** A file to serve and the module it belongs to. */
    public record Served(WebResource module, WebResource.Download download) {
    }

    private void collect(String key, Set<String> ordered, Set<String> path) {
        if (ordered.contains(key)) {
            return;
        }
        if (!path.add(key)) {
            throw new IllegalStateException("web-resource dependency cycle through " + path);
        }
        for (String dependency : modules.get(key).dependencies()) {
            if (dependency.startsWith(pluginKey + ":")) {
                collect(moduleKey(dependency).orElseThrow(() -> unknown(dependency)), ordered, path);
            }
        }
        path.remove(key);
        ordered.add(key);
    }

    private Optional<String> moduleKey(String key) {
        String module = key.startsWith(pluginKey + ":") ? key.substring(pluginKey.length() + 1) : key;
        return modules.containsKey(module) ? Optional.of(module) : Optional.empty();
    }

    private IllegalArgumentException unknown(String key) {
        return new IllegalArgumentException("no web-resource '" + key + "' in the descriptor of " + pluginKey);
    }
}
