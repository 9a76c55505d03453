package dev.waypoint.jira.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.Entity;
import net.java.ao.RawEntity;
import net.java.ao.schema.Table;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The plugin descriptor names classes, templates, resources, i18n keys and AO entities as strings; Jira would only
 * complain at install time. This test makes the build complain instead, and shows, case by case, that it does.
 */
class DescriptorContractTest {

    /** Jira-provided classes the descriptor may name (conditions and the like); none are needed yet. */
    static final Set<String> PLATFORM_CLASSES = Set.of();

    private static final ClassLoader LOADER = DescriptorContractTest.class.getClassLoader();

    static Set<Class<?>> appEntities() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.waypoint.jira.ao")
                .stream()
                .filter(c -> c.isInterface() && c.isAssignableTo(RawEntity.class))
                .map(JavaClass::reflect)
                .collect(Collectors.toSet());
    }

    private static DescriptorContract contract(Set<Class<?>> entities) {
        return new DescriptorContract(path -> LOADER.getResource(path) != null, LOADER, entities, PLATFORM_CLASSES);
    }

    @Test
    void givenTheAppsDescriptor_checking_findsNoViolation() throws IOException {
        try (InputStream descriptor = LOADER.getResourceAsStream("atlassian-plugin.xml")) {
            assertThat(descriptor).as("atlassian-plugin.xml on the classpath").isNotNull();

            assertThat(contract(appEntities()).violations(descriptor)).isEmpty();
        }
    }

    @Test
    void givenTheAppsDescriptor_afterResourceFiltering_hasNoPlaceholderLeft() throws IOException {
        try (InputStream descriptor = LOADER.getResourceAsStream("atlassian-plugin.xml")) {
            String text = new String(descriptor.readAllBytes(), StandardCharsets.UTF_8);

            assertThat(text).doesNotContain("${").contains("key=\"dev.waypoint.waypoint-jira\"");
        }
    }

    /** Each case breaks one rule on purpose; the contract must report exactly that. */
    @Nested
    class GivenABrokenDescriptor {

        private List<String> check(String modules, Set<Class<?>> entities) {
            String xml = """
                    <atlassian-plugin key="dev.waypoint.waypoint-jira" name="Waypoint" plugins-version="2">
                        <resource type="i18n" name="i18n" location="i18n/waypoint"/>
                        %s
                    </atlassian-plugin>
                    """.formatted(modules);
            return contract(entities).violations(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        }

        private static final String ITEM_RESOURCES = """
                <web-resource key="items">
                    <resource type="download" name="item.js" location="js/dashboard/okr-progress.js"/>
                    <resource type="download" name="thumb.png" location="images/dashboard/okr-progress.png"/>
                    <context>atl.dashboard</context>
                </web-resource>
                """;

        private static String item(String definition, String amd) {
            return ITEM_RESOURCES + """
                    <dashboard-item key="okr" configurable="true">
                        %s
                        <description key="waypoint.dashboard.okr.description"/>
                        <amd-module>%s</amd-module>
                    </dashboard-item>
                    """.formatted(definition, amd);
        }

        private static final String DEFINITION = """
                <definition>
                    <title key="waypoint.dashboard.okr.title"/>
                    <categories><category>Jira</category></categories>
                    <author><name>Waypoint</name></author>
                    <thumbnail location="/download/resources/dev.waypoint.waypoint-jira:items/thumb.png"/>
                </definition>
                """;

        @Test
        void dashboardItemWithItsModuleAndDirectoryEntry_isAccepted() {
            assertThat(check(item(DEFINITION, "waypoint/dashboard/okr-progress"), Set.of())).isEmpty();
        }

        @Test
        void dashboardItemNamingAModuleNoDashboardScriptDefines_isReported() {
            assertThat(check(item(DEFINITION, "waypoint/dashboard/nope"), Set.of()))
                    .singleElement().asString().contains("waypoint/dashboard/nope").contains("atl.dashboard");
        }

        @Test
        void dashboardItemWhoseModuleIsDefinedOutsideTheDashboardContext_isReported() {
            String outside = item(DEFINITION, "waypoint/dashboard/okr-progress")
                    .replace("atl.dashboard", "atl.general");
            assertThat(check(outside, Set.of())).singleElement().asString().contains("waypoint/dashboard/okr-progress");
        }

        @Test
        void dashboardItemWithAnUndeclaredThumbnailOrNoAuthor_isReported() {
            String broken = DEFINITION.replace("thumb.png", "other.png")
                    .replace("<author><name>Waypoint</name></author>", "");
            assertThat(check(item(broken, "waypoint/dashboard/okr-progress"), Set.of())).hasSize(2)
                    .anySatisfy(v -> assertThat(v).contains("other.png"))
                    .anySatisfy(v -> assertThat(v).contains("<author><name>"));
        }

        @Test
        void dashboardItemWithoutDefinition_isReported() {
            assertThat(check(item("", "waypoint/dashboard/okr-progress"), Set.of()))
                    .singleElement().asString().contains("no <definition>");
        }

        @Test
        void missingClass_isReported() {
            assertThat(check("<web-panel key=\"p\" class=\"dev.waypoint.jira.NoSuchPanel\"/>", Set.of()))
                    .singleElement().asString().contains("dev.waypoint.jira.NoSuchPanel");
        }

        @Test
        void missingTemplate_isReported() {
            assertThat(check("""
                    <web-panel key="p"><resource type="velocity" name="view" location="/templates/nope.vm"/></web-panel>
                    """, Set.of())).singleElement().asString().contains("templates/nope.vm");
        }

        @Test
        void missingWebResource_isReported() {
            assertThat(check("""
                    <web-resource key="page"><dependency>dev.waypoint.waypoint-jira:no-such-resource</dependency></web-resource>
                    """, Set.of())).singleElement().asString().contains("no-such-resource");
        }

        @Test
        void missingI18nKey_isReported() {
            assertThat(check("<web-item key=\"i\"><label key=\"waypoint.no.such.key\"/></web-item>", Set.of()))
                    .singleElement().asString().contains("waypoint.no.such.key");
        }

        @Test
        void entityOfTheAppMissingFromAo_isReported() {
            assertThat(check("<ao key=\"ao\"/>", Set.of(Fixtures.Listed.class)))
                    .singleElement().asString().contains("Listed").contains("not listed");
        }

        @Test
        void entityListedButMissing_isReported() {
            assertThat(check("<ao key=\"ao\"><entity>dev.waypoint.jira.ao.NoSuchEntity</entity></ao>", Set.of()))
                    .singleElement().asString().contains("NoSuchEntity");
        }

        @Test
        void listedEntityWithShortNames_isAccepted() {
            assertThat(check("<ao key=\"ao\"><entity>" + Fixtures.Listed.class.getName() + "</entity></ao>",
                    Set.of(Fixtures.Listed.class))).isEmpty();
        }

        @Test
        void tableNameTooLongAfterPrefix_isReported() {
            assertThat(check("<ao key=\"ao\"><entity>" + Fixtures.LongTable.class.getName() + "</entity></ao>",
                    Set.of(Fixtures.LongTable.class))).singleElement().asString().contains("too long");
        }

        @Test
        void columnNameTooLong_isReported() {
            assertThat(check("<ao key=\"ao\"><entity>" + Fixtures.LongColumn.class.getName() + "</entity></ao>",
                    Set.of(Fixtures.LongColumn.class))).singleElement().asString().contains("LongColumn");
        }

        @Test
        void allowListedVelocityMethodThatDoesNotExist_isReported() {
            assertThat(check("""
                    <velocity-allowlist key="v"><method>java.lang.String#noSuchMethod()</method></velocity-allowlist>
                    """, Set.of())).singleElement().asString().contains("noSuchMethod");
        }

        @Test
        void allowListedVelocityMethodThatExists_isAccepted() {
            assertThat(check("""
                    <velocity-allowlist key="v"><method>java.lang.String#length()</method></velocity-allowlist>
                    """, Set.of())).isEmpty();
        }
    }

    /** Deliberately broken entities; test code only, never in {@code <ao>} of the app. */
    static final class Fixtures {

        private Fixtures() {
        }

        @Table("LISTED")
        public interface Listed extends Entity {
            String getName();
        }

        /** 21 characters: 31 with the prefix. */
        @Table("ABCDEFGHIJKLMNOPQRSTU")
        public interface LongTable extends Entity {
            String getName();
        }

        @Table("LONG_COLUMN")
        public interface LongColumn extends Entity {
            String getAVeryLongColumnNameThatDoesNotFitInThirty();
        }
    }
}
