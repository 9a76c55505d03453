package dev.waypoint.preview.jira;

import java.util.List;

/**
 * The answer of Jira's {@code GET /rest/api/2/issue/picker} ("Get issue picker resource"), field for field as the
 * Jira Data Center platform REST API reference documents it (docs.atlassian.com/software/jira/docs/api/REST/latest/,
 * {@code api/2/issue} "Get issue picker resource", response IssuePickerResult: {@code sections} of
 * {@code {label, sub, id, msg, issues: [{key, keyHtml, img, summary, summaryText}]}}, e.g. the sections "History
 * Search" ({@code hs}) and "Current Search" ({@code cs}); the same shape in the Cloud reference's
 * IssuePickerSuggestions).
 */
public record IssuePickerResult(List<Section> sections) {

    public IssuePickerResult {
        sections = List.copyOf(sections);
    }

    /**
     * One list of suggestions.
     *
     * @param label the section's title, e.g. "Current Search"
     * @param sub   "Showing 3 of 12 matching issues"
     * @param id    {@code hs} (history search) or {@code cs} (current search)
     * @param msg   a message instead of issues (e.g. no matching issues), or {@code null}
     */
    public record Section(String label, String sub, String id, String msg, List<Issue> issues) {

        public Section {
            issues = List.copyOf(issues);
        }
    }

    /**
     * One issue.
     *
     * @param keyHtml     the key with the matched text in {@code <b>} (HTML, escaped)
     * @param img         the issue type's icon, relative to Jira's context path
     * @param summary     the summary with the matched text in {@code <b>} (HTML, escaped)
     * @param summaryText the summary as plain text
     */
    public record Issue(String key, String keyHtml, String img, String summary, String summaryText) {
    }
}
