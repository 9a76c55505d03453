package dev.waypoint.jira.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * {@code scripts/check-linked-api DIR}, run as whoever has the Atlassian SDK runs it, against the stub jar (which must
 * resolve every entry of the manifest) and against stub jars with one member taken away or changed (which must be
 * reported, and fail the command).
 */
class CheckLinkedApiScriptTest {

    @TempDir
    Path temp;

    private Path stubJar;

    @BeforeEach
    void stubJar() throws Exception {
        Path stubs = LinkedApiManifestTest.stubClasses();
        assumeTrue(stubs.toString().contains("platform-stubs"), "checks the stub jar; profile jira has the real jars");
        Files.createDirectories(temp.resolve("stubs"));
        stubJar = temp.resolve("stubs/waypoint-platform-stubs.jar");
        if (Files.isDirectory(stubs)) {
            jar(stubs, stubJar);
        } else {
            Files.copy(stubs, stubJar);
        }
    }

    @Test
    void givenTheStubJar_checkingTheManifest_everyEntryResolves() throws Exception {
        Result result = run(temp.resolve("stubs"));

        assertThat(result.output()).contains("All entries resolve.");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void givenAJarWithoutOneMethod_checkingTheManifest_reportsItMissingAndFails() throws Exception {
        Path changed = rewrite("com/atlassian/jira/user/util/UserManager.class",
                removeMethod("getUserByKey"));

        Result result = run(changed);

        assertThat(result.output()).contains("MISSING method com.atlassian.jira.user.util.UserManager#getUserByKey("
                + "Ljava/lang/String;)Lcom/atlassian/jira/user/ApplicationUser;").contains("1 entries missing");
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void givenAJarWhereAMethodReturnsAnotherType_checkingTheManifest_reportsTheDifference() throws Exception {
        Path changed = rewrite("com/atlassian/jira/security/groups/GroupManager.class",
                changeDescriptor("getUsersInGroup", "(Ljava/lang/String;)Ljava/util/Set;"));

        Result result = run(changed);

        assertThat(result.output()).contains("DIFFERENT method com.atlassian.jira.security.groups.GroupManager"
                + "#getUsersInGroup(Ljava/lang/String;)Ljava/util/Collection;: found com.atlassian.jira.security.groups"
                + ".GroupManager#getUsersInGroup(Ljava/lang/String;)Ljava/util/Set;");
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void givenAJarWhereAStaticMethodIsAnInstanceMethod_checkingTheManifest_reportsTheDifference() throws Exception {
        Path changed = rewrite("com/atlassian/scheduler/JobRunnerResponse.class", dropStatic("success"));

        Result result = run(changed);

        assertThat(result.output()).contains("DIFFERENT com.atlassian.scheduler.JobRunnerResponse#success("
                + "Ljava/lang/String;)Lcom/atlassian/scheduler/JobRunnerResponse;: not static");
        assertThat(result.exitCode()).isEqualTo(1);
    }

    // ---------------------------------------------------------------------------------------------------------------

    record Result(int exitCode, String output) {
    }

    private static Result run(Path dir) throws IOException, InterruptedException {
        Path script = LinkedApiManifestTest.repositoryRoot().resolve("scripts/check-linked-api");
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), dir.toString()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("check-linked-api finished").isTrue();
        return new Result(process.exitValue(), output);
    }

    /** A copy of the stub jar, in a folder of its own, with one class rewritten. */
    private Path rewrite(String entryName, UnaryOperator<ClassVisitor> change) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("changed-" + entryName.hashCode()));
        try (ZipFile in = new ZipFile(stubJar.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(dir.resolve("stubs.jar")))) {
            for (ZipEntry entry : in.stream().toList()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream content = in.getInputStream(entry)) {
                    if (entry.getName().equals(entryName)) {
                        ClassWriter writer = new ClassWriter(0);
                        new ClassReader(content).accept(change.apply(writer), 0);
                        out.write(writer.toByteArray());
                    } else {
                        content.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return dir;
    }

    private static UnaryOperator<ClassVisitor> removeMethod(String name) {
        return next -> new ClassVisitor(Opcodes.ASM9, next) {
            @Override
            public MethodVisitor visitMethod(int access, String method, String descriptor, String signature,
                    String[] exceptions) {
                return method.equals(name) ? null : super.visitMethod(access, method, descriptor, signature, exceptions);
            }
        };
    }

    private static UnaryOperator<ClassVisitor> changeDescriptor(String name, String newDescriptor) {
        return next -> new ClassVisitor(Opcodes.ASM9, next) {
            @Override
            public MethodVisitor visitMethod(int access, String method, String descriptor, String signature,
                    String[] exceptions) {
                boolean target = method.equals(name);
                return super.visitMethod(access, method, target ? newDescriptor : descriptor,
                        target ? null : signature, exceptions);
            }
        };
    }

    private static UnaryOperator<ClassVisitor> dropStatic(String name) {
        return next -> new ClassVisitor(Opcodes.ASM9, next) {
            @Override
            public MethodVisitor visitMethod(int access, String method, String descriptor, String signature,
                    String[] exceptions) {
                int changed = method.equals(name) ? access & ~Opcodes.ACC_STATIC : access;
                return super.visitMethod(changed, method, descriptor, signature, exceptions);
            }
        };
    }

    private static void jar(Path classes, Path jar) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Path path : files) {
                out.putNextEntry(new ZipEntry(classes.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
    }
}
