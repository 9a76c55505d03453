package dev.waypoint.preview.pages;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.util.ArrayList;
import java.util.List;

/**
 * Jira's {@link PageBuilderService} for one page render: remembers the web resources a context provider requires, so
 * that the preview page loads exactly those ({@code PageView.withWebResources}). Contexts are not supported (the
 * app requires web resources by key).
 */
final class RecordingPageBuilder implements PageBuilderService, WebResourceAssembler, RequiredResources {

    private final List<String> webResources = new ArrayList<>();

    @Override
    public WebResourceAssembler assembler() {
        return this;
    }

    @Override
    public RequiredResources resources() {
        return this;
    }

    @Override
    public RequiredResources requireWebResource(String moduleCompleteKey) {
        if (!webResources.contains(moduleCompleteKey)) {
            webResources.add(moduleCompleteKey);
        }
        return this;
    }

    @Override
    public RequiredResources requireContext(String context) {
        throw new UnsupportedOperationException("the preview serves web resources by key, not context " + context);
    }

    /** The complete keys required so far, in order. */
    List<String> required() {
        return List.copyOf(webResources);
    }
}
