package dev.waypoint.access;

import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.Optional;

/**
 * The seven roles every permission test checks (DESIGN §5), each a user set up by {@link #install}:
 *
 * <table>
 *   <caption>what each role's user has</caption>
 *   <tr><th>role</th><th>user key</th><th>licensed</th><th>browse {@link #PROJECT}</th><th>administer it</th>
 *       <th>company group</th><th>Jira admin</th></tr>
 *   <tr><td>ANONYMOUS</td><td>-</td><td>-</td><td>-</td><td>-</td><td>-</td><td>-</td></tr>
 *   <tr><td>LICENSED_WITHOUT_BROWSE</td><td>outsider</td><td>yes</td><td>no</td><td>no</td><td>no</td><td>no</td></tr>
 *   <tr><td>PROJECT_MEMBER</td><td>member</td><td>yes</td><td>yes</td><td>no</td><td>no</td><td>no</td></tr>
 *   <tr><td>OWNER</td><td>owner</td><td>yes</td><td>yes</td><td>no</td><td>no</td><td>no</td></tr>
 *   <tr><td>PROJECT_ADMIN</td><td>padmin</td><td>yes</td><td>yes</td><td>yes</td><td>no</td><td>no</td></tr>
 *   <tr><td>COMPANY_GROUP_MEMBER</td><td>leader</td><td>yes</td><td>no</td><td>no</td><td>yes</td><td>no</td></tr>
 *   <tr><td>JIRA_ADMIN</td><td>jadmin</td><td>yes</td><td>yes</td><td>no (implied)</td><td>no</td><td>yes</td></tr>
 * </table>
 *
 * Test data meant for the {@link #OWNER} role is owned by {@link #OWNER}'s key and lives in {@link #PROJECT}; the
 * company group is {@link #COMPANY_GROUP}. The company group member deliberately cannot browse the project, so that
 * tests show that managing company items grants nothing in projects.
 */
public enum Role {

    ANONYMOUS(null),
    LICENSED_WITHOUT_BROWSE("outsider"),
    PROJECT_MEMBER("member"),
    OWNER("owner"),
    PROJECT_ADMIN("padmin"),
    COMPANY_GROUP_MEMBER("leader"),
    JIRA_ADMIN("jadmin");

    /** The project the project roles refer to. */
    public static final ProjectKey PROJECT = new ProjectKey("TEAM");
    /** The admin setting "group allowed to manage company OKRs and KPIs". */
    public static final String COMPANY_GROUP = "waypoint-leaders";

    private final String userKey;

    Role(String userKey) {
        this.userKey = userKey;
    }

    /** The role's user key; empty for {@link #ANONYMOUS}. */
    public Optional<UserKey> user() {
        return Optional.ofNullable(userKey).map(UserKey::new);
    }

    /** The role's user key as a string; {@code null} for {@link #ANONYMOUS}. */
    public String userKey() {
        return userKey;
    }

    /** Sets up every role's user in {@code facts} and configures {@link #COMPANY_GROUP}. */
    public static InMemoryAccessFacts install(InMemoryAccessFacts facts) {
        String project = PROJECT.value();
        facts.companyGroup(COMPANY_GROUP);
        facts.licensed(LICENSED_WITHOUT_BROWSE.userKey);
        facts.licensed(PROJECT_MEMBER.userKey).browse(PROJECT_MEMBER.userKey, project);
        facts.licensed(OWNER.userKey).browse(OWNER.userKey, project);
        facts.licensed(PROJECT_ADMIN.userKey).browse(PROJECT_ADMIN.userKey, project)
                .projectAdmin(PROJECT_ADMIN.userKey, project);
        facts.licensed(COMPANY_GROUP_MEMBER.userKey).inGroup(COMPANY_GROUP_MEMBER.userKey, COMPANY_GROUP);
        facts.licensed(JIRA_ADMIN.userKey).browse(JIRA_ADMIN.userKey, project).jiraAdmin(JIRA_ADMIN.userKey);
        return facts;
    }

    /** A fresh {@link InMemoryAccessFacts} with every role installed. */
    public static InMemoryAccessFacts standardFacts() {
        return install(new InMemoryAccessFacts());
    }
}
