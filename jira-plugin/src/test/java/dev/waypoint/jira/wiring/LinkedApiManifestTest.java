package dev.waypoint.jira.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.atlassian.jira.user.ApplicationUser;
import dev.waypoint.jira.platform.ComponentImports;
import dev.waypoint.jira.wiring.linkedapisample.Sample;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The linked-API manifest, {@code platform-stubs/linked-api.txt}, lists every Atlassian class and member the app's
 * bytecode links against ({@link LinkedApi}), each with what its stub cites ({@link LinkedApiManifest}). The build fails
 * when the list changes and the file was not updated, so a new Atlassian call is always seen, cited and checked against
 * the real jars ({@code scripts/check-linked-api}). Run with {@code -Dwaypoint.linkedApi.write=true} to rewrite it.
 */
class LinkedApiManifestTest {

    static final String WRITE_PROPERTY = "waypoint.linkedApi.write";
    static final String REGENERATE = "scripts/with-jdk21 mvn -B -ntp -o verify -pl jira-plugin -am "
            + "-Dtest=LinkedApiManifestTest -Dsurefire.failIfNoSpecifiedTests=false -D" + WRITE_PROPERTY + "=true";

    static Path moduleDirectory() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    }

    static Path repositoryRoot() {
        return moduleDirectory().getParent();
    }

    static Path manifestFile() {
        return repositoryRoot().resolve("platform-stubs/linked-api.txt");
    }

    static Path stubSources() {
        return repositoryRoot().resolve("platform-stubs/src/main/java");
    }

    static Path appClasses() throws URISyntaxException {
        return Path.of(ComponentImports.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The stubs' classes, or the real Atlassian jars in profile jira (where this manifest is not checked). */
    static Path stubClasses() throws URISyntaxException {
        return Path.of(ApplicationUser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    static LinkedApiManifest manifest() throws IOException, URISyntaxException {
        return new LinkedApiManifest(LinkedApi.of(appClasses()), stubSources());
    }

    @Test
    void givenTheAppsCompiledClasses_generatingTheManifest_matchesTheCommittedFile() throws Exception {
        assumeTrue(stubClasses().toString().contains("platform-stubs"),
                "the manifest describes the stubs; with the real jars (profile jira) run scripts/check-linked-api");
        String generated = manifest().render();

        if (Boolean.getBoolean(WRITE_PROPERTY)) {
            Files.writeString(manifestFile(), generated, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(manifestFile())
                ? Files.readString(manifestFile(), StandardCharsets.UTF_8) : "";

        assertThat(committed).as(differences(committed, generated)).isEqualTo(generated);
    }

    @Test
    void givenTheAppsCompiledClasses_everyLinkedMember_isConfirmedForJira10Or11OrSaysWhyNot() throws Exception {
        assumeTrue(stubClasses().toString().contains("platform-stubs"), "stub headers describe the stubs");

        assertThat(manifest().violations()).isEmpty();
    }

    private static String differences(String committed, String generated) {
        Set<String> old = new LinkedHashSet<>(committed.lines().toList());
        Set<String> now = new LinkedHashSet<>(generated.lines().toList());
        List<String> lines = new ArrayList<>();
        now.stream().filter(l -> !old.contains(l)).limit(40).forEach(l -> lines.add("+ " + l));
        old.stream().filter(l -> !now.contains(l)).limit(40).forEach(l -> lines.add("- " + l));
        return "platform-stubs/linked-api.txt is not what the app's bytecode links against (the app's Atlassian calls "
                + "or a stub's citation changed). Check the new entries, cite them in their stubs, then regenerate:\n  "
                + REGENERATE + "\n" + String.join("\n", lines);
    }

    /** The scan itself, on classes made for it. */
    @Nested
    class GivenClassesUsingTheApi {

        @Test
        void aCallAFieldAndAnOverride_areListedWithTheirKinds() throws Exception {
            LinkedApi api = LinkedApi.of(Path.of(Sample.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI()).resolve(Sample.class.getPackageName().replace('.', '/')));

            assertThat(api.members()).containsEntry(
                    "com.atlassian.jira.user.util.UserManager#getUserByKey(Ljava/lang/String;)"
                            + "Lcom/atlassian/jira/user/ApplicationUser;", Set.of("interface-method"))
                    .containsEntry("com.atlassian.jira.permission.ProjectPermissions#BROWSE_PROJECTS:"
                            + "Lcom/atlassian/jira/security/plugin/ProjectPermissionKey;", Set.of("static-field"))
                    .containsEntry("com.atlassian.sal.api.lifecycle.LifecycleAware#onStart()V", Set.of("implements"))
                    .containsEntry("com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport#value()"
                            + "Ljava/lang/String;", Set.of("element"));
            assertThat(api.classes()).contains("com.atlassian.jira.user.ApplicationUser",
                    "com.atlassian.sal.api.transaction.TransactionCallback");
        }

        @Test
        void aMemberInheritedFromAnotherAtlassianType_namesTheTypeThatDeclaresIt() throws Exception {
            LinkedApiManifest manifest = new LinkedApiManifest(LinkedApi.of(appClasses()), stubSources());

            assertThat(manifest.status("com.atlassian.jira.issue.search.SearchException#getMessage()Ljava/lang/String;")
                    .text()).isEqualTo("JDK: java.lang.Throwable");
        }

        @Test
        void headerTokens_matchByNameParametersAndNestedClass() {
            String getText = "com.atlassian.sal.api.message.I18nResolver#getText(Ljava/lang/String;"
                    + "[Ljava/io/Serializable;)Ljava/lang/String;";
            String interval = "com.atlassian.scheduler.config.Schedule$Type#INTERVAL:"
                    + "Lcom/atlassian/scheduler/config/Schedule$Type;";
            String constructor = "com.atlassian.jira.web.bean.PagerFilter#<init>(II)V";

            assertThat(LinkedApiManifest.matches("getText", getText)).isTrue();
            assertThat(LinkedApiManifest.matches("getText(String, Serializable...)", getText)).isTrue();
            assertThat(LinkedApiManifest.matches("getText(String)", getText)).isFalse();
            assertThat(LinkedApiManifest.matches("Type.INTERVAL", interval)).isTrue();
            assertThat(LinkedApiManifest.matches("INTERVAL", interval)).isFalse();
            assertThat(LinkedApiManifest.matches("PagerFilter(int, int)", constructor)).isTrue();
            assertThat(LinkedApiManifest.matches("PagerFilter(int)", constructor)).isFalse();
        }
    }
}
