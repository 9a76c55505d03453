package dev.waypoint.preview.user;

/** The four kinds of preview user, each with the i18n key that describes it in the user switcher. */
public enum PreviewRole {
    JIRA_ADMIN("waypoint.preview.role.admin"),
    TEAM_LEAD("waypoint.preview.role.lead"),
    SUPPORT_AGENT("waypoint.preview.role.agent"),
    OUTSIDER("waypoint.preview.role.outsider");

    private final String i18nKey;

    PreviewRole(String i18nKey) {
        this.i18nKey = i18nKey;
    }

    public String i18nKey() {
        return i18nKey;
    }
}
