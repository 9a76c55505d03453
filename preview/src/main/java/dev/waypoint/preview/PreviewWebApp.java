package dev.waypoint.preview;

import dev.waypoint.preview.i18n.JsI18nTransformer;
import dev.waypoint.preview.i18n.PreviewI18n;
import dev.waypoint.preview.page.ErrorPages;
import dev.waypoint.preview.page.PageRoute;
import dev.waypoint.preview.page.PageRouter;
import dev.waypoint.preview.page.PageServlet;
import dev.waypoint.preview.page.PageShell;
import dev.waypoint.preview.rest.JsonErrors;
import dev.waypoint.preview.rest.RestApplications;
import dev.waypoint.preview.rest.RestModule;
import dev.waypoint.preview.rest.UnknownRestServlet;
import dev.waypoint.preview.user.CurrentUserFilter;
import dev.waypoint.preview.user.PreviewDirectory;
import dev.waypoint.preview.user.SwitchUserServlet;
import dev.waypoint.preview.user.ThreadUsers;
import dev.waypoint.preview.user.UserCookie;
import dev.waypoint.preview.velocity.VelocityTemplates;
import dev.waypoint.preview.web.ClasspathFileServlet;
import dev.waypoint.preview.web.ErrorPageFilter;
import dev.waypoint.preview.web.OriginCheck;
import dev.waypoint.preview.web.SecurityHeaders;
import dev.waypoint.preview.web.SecurityHeadersFilter;
import dev.waypoint.preview.web.UserAvatarServlet;
import dev.waypoint.preview.web.StaticFiles;
import dev.waypoint.preview.web.XsrfFilter;
import dev.waypoint.preview.webresource.WebResourceServlet;
import dev.waypoint.preview.webresource.WebItems;
import dev.waypoint.preview.webresource.WebResources;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The preview's servlet context. Filters, outermost first: current user, error pages, security headers, XSRF. Servlets:
 * <pre>
 * /                       pages (PageServlet; 404 page for unknown paths)
 * /rest/&lt;path&gt;/&lt;version&gt;/*  each REST module (Jersey), also at /rest/&lt;path&gt;/latest/*
 * /rest/*                 JSON 404 outside the modules
 * /aui/*                  AUI flat pack, /aui/jquery/, /aui/almond/ (from npm, copied to the classpath)
 * /preview/static/*       the preview's own CSS/JS (classpath preview-static/preview/)
 * /download/resources/*   the app's web resources as declared in atlassian-plugin.xml
 * /preview/switch-user    the user switcher (POST)
 * /secure/useravatar      users' avatars, where Jira serves them (UserAvatarServlet)
 * </pre>
 */
final class PreviewWebApp {

    private final ThreadUsers users;
    private final PreviewDirectory directory;
    private final PreviewI18n i18n;
    private final VelocityTemplates templates;

    PreviewWebApp(ThreadUsers users, PreviewDirectory directory, PreviewI18n i18n, VelocityTemplates templates) {
        this.users = users;
        this.directory = directory;
        this.i18n = i18n;
        this.templates = templates;
    }

    /** {@code descriptor}: the classpath location of the plugin descriptor whose web resources are served. */
    ServletContextHandler context(String descriptor, List<RestModule> restModules, List<PageRoute> pages) {
        ClassLoader loader = PreviewWebApp.class.getClassLoader();
        WebResources webResources = WebResources.fromClasspath(loader, descriptor);
        PageShell shell = new PageShell(templates, i18n, directory, webResources,
                WebItems.fromClasspath(loader, descriptor));
        ErrorPages errorPages = new ErrorPages(shell, users, directory, i18n);
        JsonErrors jsonErrors = new JsonErrors(i18n);
        SecurityHeaders securityHeaders = new SecurityHeaders();
        StaticFiles files = new StaticFiles(loader);
        UserCookie cookie = new UserCookie();

        ServletContextHandler context = new ServletContextHandler("/", ServletContextHandler.NO_SESSIONS);
        context.setErrorHandler(quietErrors());
        filter(context, new CurrentUserFilter(users, directory, cookie));
        filter(context, new ErrorPageFilter(errorPages, jsonErrors, securityHeaders));
        filter(context, new SecurityHeadersFilter(securityHeaders));
        filter(context, new XsrfFilter(new OriginCheck(), errorPages, jsonErrors));

        servlet(context, new PageServlet(new PageRouter(pages), shell, errorPages, users), "/");
        servlet(context, new ClasspathFileServlet("preview-static/aui", files, errorPages), "/aui/*");
        servlet(context, new ClasspathFileServlet("preview-static/preview", files, errorPages), "/preview/static/*");
        servlet(context, new WebResourceServlet(webResources, files, new JsI18nTransformer(i18n), errorPages),
                WebResources.URL_PREFIX + "*");
        servlet(context, new SwitchUserServlet(directory, cookie, errorPages), SwitchUserServlet.PATH);
        servlet(context, new UserAvatarServlet(directory, errorPages), UserAvatarServlet.PATH);
        servlet(context, new UnknownRestServlet(jsonErrors), "/rest/*");
        RestApplications applications = new RestApplications(i18n);
        Set<String> mappings = new HashSet<>();
        for (RestModule module : jiraApiAsOne(restModules)) {
            if (!mappings.addAll(module.mappings())) {
                throw new IllegalArgumentException("two REST modules at /rest/" + module.path());
            }
            servlet(context, new ServletContainer(applications.application(module)),
                    module.mappings().toArray(String[]::new));
        }
        return context;
    }

    /**
     * Jira's own REST API ({@code /rest/api/2}) is one application in Jira, whatever number of preview modules stand in
     * for parts of it (the group picker, the user picker): their components are served together. Any other path given
     * twice stays an error.
     */
    static List<RestModule> jiraApiAsOne(List<RestModule> modules) {
        List<RestModule> merged = new ArrayList<>();
        Map<String, Integer> jiraApi = new HashMap<>();
        for (RestModule module : modules) {
            Integer at = "api".equals(module.path()) ? jiraApi.get(module.version()) : null;
            if (at == null) {
                if ("api".equals(module.path())) {
                    jiraApi.put(module.version(), merged.size());
                }
                merged.add(module);
            } else {
                List<Object> components = new ArrayList<>(merged.get(at).components());
                components.addAll(module.components());
                merged.set(at, new RestModule(module.path(), module.version(), components));
            }
        }
        return merged;
    }

    /** For errors Jetty itself answers (e.g. a malformed URI): no stack, no cause, no message in the title. */
    static <T extends org.eclipse.jetty.server.handler.ErrorHandler> T quiet(T handler) {
        handler.setShowStacks(false);
        handler.setShowCauses(false);
        handler.setShowMessageInTitle(false);
        return handler;
    }

    private static ErrorHandler quietErrors() {
        return quiet(new ErrorHandler());
    }

    private static void filter(ServletContextHandler context, Filter filter) {
        context.addFilter(new FilterHolder(filter), "/*", EnumSet.of(DispatcherType.REQUEST));
    }

    private static void servlet(ServletContextHandler context, Servlet servlet, String... mappings) {
        ServletHolder holder = new ServletHolder(servlet);
        holder.setInitOrder(0);
        for (String mapping : mappings) {
            context.addServlet(holder, mapping);
        }
    }
}
