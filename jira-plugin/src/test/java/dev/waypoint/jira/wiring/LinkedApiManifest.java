package dev.waypoint.jira.wiring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.objectweb.asm.Type;

/**
 * The linked-API manifest ({@code platform-stubs/linked-api.txt}): every Atlassian class and member of a
 * {@link LinkedApi}, one line each, sorted, with what the stub that mirrors it cites.
 *
 * <p>Lines (tab-separated): {@code <class>  class  <the stub's Source, and the Jira 10/11 sources of its members>} and
 * {@code <class>#<member>  <kinds>  <status>}, where status is {@code Jira 10/11: <source>} (the member is confirmed for
 * Jira 10 or 11 by that source), {@code not confirmed for Jira 10/11: <reason>} or {@code JDK: <class>} (inherited from
 * a JDK type). Members inherited from another Atlassian type name it ({@code declared in ...}).
 *
 * <p>The status comes from the header comment of the stub file that declares the member
 * ({@code platform-stubs/src/main/java/...}), read from these lines:
 * <pre>
 * // Source: text (continued on lines starting with "//" and at least five spaces)
 * // Jira 10/11: member, member ... &lt;- source (the first word names it, e.g. owner/repository@commit)
 * // Not confirmed for Jira 10/11: member, member ... &lt;- reason
 * </pre>
 * A member is written as its name, or its name and simple parameter types ({@code getText(String, Serializable[])}),
 * a constructor as the simple class name with parameters, a member of a nested class with the nested class' simple
 * name first ({@code Type.INTERVAL}); {@code class} stands for the class itself.
 */
final class LinkedApiManifest {

    static final String JIRA_10_11 = "Jira 10/11:";
    static final String NOT_CONFIRMED = "Not confirmed for Jira 10/11:";

    private final LinkedApi api;
    private final Path stubSources;
    private final Map<String, Stub> stubs = new TreeMap<>();

    LinkedApiManifest(LinkedApi api, Path stubSources) {
        this.api = api;
        this.stubSources = stubSources;
    }

    /** What a stub file's header comment says. */
    record Stub(Path file, String source, List<Claim> confirmed, List<Claim> notConfirmed) {
    }

    /** Members of one header line and its source or reason. */
    record Claim(List<String> members, String text) {

        /** The first word of a source: the repository at its commit, or the page. */
        String sourceId() {
            return text.split("\\s+")[0];
        }
    }

    /** One entry's status. */
    record Status(String text, Optional<String> confirmedBy, boolean explained) {
    }

    Stub stub(String binaryName) {
        String outer = binaryName.contains("$") ? binaryName.substring(0, binaryName.indexOf('$')) : binaryName;
        return stubs.computeIfAbsent(outer, this::readStub);
    }

    private Stub readStub(String outerClass) {
        Path file = stubSources.resolve(outerClass.replace('.', '/') + ".java");
        if (!Files.isRegularFile(file)) {
            return new Stub(file, "", List.of(), List.of());
        }
        List<String> header = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.startsWith("//")) {
                    break;
                }
                header.add(line.substring(2));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        String source = "";
        List<Claim> confirmed = new ArrayList<>();
        List<Claim> notConfirmed = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String line = header.get(i).strip();
            String joined = line + continuation(header, i);
            if (line.startsWith("Source:")) {
                source = joined.substring("Source:".length()).strip();
            } else if (line.startsWith(JIRA_10_11)) {
                confirmed.add(claim(joined.substring(JIRA_10_11.length()), file));
            } else if (line.startsWith(NOT_CONFIRMED)) {
                notConfirmed.add(claim(joined.substring(NOT_CONFIRMED.length()), file));
            }
        }
        return new Stub(file, source, confirmed, notConfirmed);
    }

    /** The lines after line i that continue it (indented by at least five spaces after "//"), joined. */
    private static String continuation(List<String> header, int i) {
        StringBuilder text = new StringBuilder();
        for (int j = i + 1; j < header.size() && header.get(j).startsWith("     "); j++) {
            text.append(' ').append(header.get(j).strip());
        }
        return text.toString();
    }

    private static Claim claim(String text, Path file) {
        int arrow = text.indexOf("<-");
        if (arrow < 0) {
            throw new IllegalStateException(file + ": a Jira 10/11 line needs 'members <- source': " + text);
        }
        List<String> members = Arrays.stream(text.substring(0, arrow).split(",(?![^(]*\\))"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new Claim(members, text.substring(arrow + 2).strip().replaceAll("\\s+", " "));
    }

    /** Whether a header token names this member (or, for {@code class}, this class). */
    static boolean matches(String token, String memberKey) {
        String owner = LinkedApi.owner(memberKey);
        String nested = owner.contains("$") ? owner.substring(owner.lastIndexOf('$') + 1) : null;
        String simple = owner.substring(Math.max(owner.lastIndexOf('.'), owner.lastIndexOf('$')) + 1);
        String name = LinkedApi.name(memberKey);
        String wanted = token;
        int dot = token.indexOf('.');
        int paren = token.indexOf('(');
        if (dot >= 0 && (paren < 0 || dot < paren)) {
            if (!token.substring(0, dot).equals(nested)) {
                return false;
            }
            wanted = token.substring(dot + 1);
        } else if (nested != null && !wanted.equals(simple) && !wanted.startsWith(simple + "(")) {
            return false;
        }
        String wantedName = paren >= 0 ? wanted.substring(0, wanted.indexOf('(')) : wanted;
        boolean constructor = name.equals("<init>") && wantedName.equals(simple);
        if (!constructor && !wantedName.equals(name)) {
            return false;
        }
        if (wanted.indexOf('(') < 0 || LinkedApi.isField(memberKey)) {
            return true;
        }
        String params = wanted.substring(wanted.indexOf('(') + 1, wanted.lastIndexOf(')'));
        return simpleParameters(LinkedApi.descriptor(memberKey)).equals(params.replace("...", "[]")
                .replaceAll("\\s+", ""));
    }

    private static String simpleParameters(String methodDescriptor) {
        return Arrays.stream(Type.getArgumentTypes(methodDescriptor)).map(LinkedApiManifest::simpleName)
                .collect(Collectors.joining(","));
    }

    private static String simpleName(Type type) {
        String name = type.getClassName();
        return name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1);
    }

    /** A member's status, from the stub of the type that declares it. */
    Status status(String memberKey) {
        Optional<Class<?>> declaring = LinkedApi.declaringClass(memberKey);
        if (declaring.isEmpty()) {
            return new Status("not declared by any class on the classpath", Optional.empty(), false);
        }
        String declaringName = declaring.get().getName();
        if (!declaringName.startsWith("com.atlassian.")) {
            return new Status("JDK: " + declaringName, Optional.empty(), true);
        }
        String declaredKey = declaringName + memberKey.substring(memberKey.indexOf('#'));
        String prefix = declaringName.equals(LinkedApi.owner(memberKey)) ? "" : "declared in " + declaringName + "; ";
        Stub stub = stub(declaringName);
        for (Claim claim : stub.confirmed()) {
            if (claim.members().stream().anyMatch(token -> matches(token, declaredKey))) {
                return new Status(prefix + JIRA_10_11 + " " + claim.text(), Optional.of(claim.sourceId()), true);
            }
        }
        for (Claim claim : stub.notConfirmed()) {
            if (claim.members().stream().anyMatch(token -> matches(token, declaredKey))) {
                return new Status(prefix + "not confirmed for Jira 10/11: " + claim.text(), Optional.empty(), true);
            }
        }
        return new Status(prefix + "not confirmed for Jira 10/11 (no reason given in " + stubSources.relativize(
                stub.file()) + ")", Optional.empty(), false);
    }

    /** The class line's text: the stub's Source and the sources confirming its members for Jira 10/11. */
    private String classText(String binaryName) {
        Stub stub = stub(binaryName);
        String sources = stub.confirmed().stream().filter(c -> c.members().contains("class"))
                .map(Claim::text).distinct().collect(Collectors.joining(" | "));
        return "source: " + stub.source() + (sources.isEmpty() ? "" : " | " + JIRA_10_11 + " " + sources);
    }

    /** Problems the manifest cannot record: a class whose stub cites no source, a member neither confirmed nor explained. */
    List<String> violations() {
        List<String> violations = new ArrayList<>();
        for (String type : api.classes()) {
            if (stub(type).source().isEmpty()) {
                violations.add(type + ": its stub " + stubSources.relativize(stub(type).file())
                        + " has no '// Source:' line");
            }
        }
        for (String member : api.members().keySet()) {
            Status status = status(member);
            if (!status.explained()) {
                violations.add(member + ": " + status.text() + "; add '// " + JIRA_10_11 + " <member> <- <source>' or '// "
                        + NOT_CONFIRMED + " <member> <- <reason>' to the header of the stub that declares it");
            }
        }
        return violations;
    }

    /** The manifest's text. */
    String render() {
        List<String> lines = new ArrayList<>();
        for (String type : api.classes()) {
            lines.add(type + "\tclass\t" + classText(type));
        }
        Map<String, Integer> bySource = new TreeMap<>();
        int confirmed = 0;
        int jdk = 0;
        for (Map.Entry<String, Set<String>> member : api.members().entrySet()) {
            Status status = status(member.getKey());
            lines.add(member.getKey() + "\t" + String.join(",", member.getValue()) + "\t" + status.text());
            if (status.confirmedBy().isPresent()) {
                confirmed++;
                bySource.merge(status.confirmedBy().get(), 1, Integer::sum);
            } else if (status.text().startsWith("JDK: ")) {
                jdk++;
            }
        }
        lines.sort(null);
        int members = api.members().size();
        List<String> text = new ArrayList<>(List.of(
                "# Waypoint's linked Atlassian API: every com.atlassian class, method and field the compiled classes of",
                "# jira-plugin link against, with what the stub that mirrors it cites. Generated by",
                "# jira-plugin/src/test/java/dev/waypoint/jira/wiring/LinkedApiManifestTest.java; do not edit. Regenerate with",
                "#   " + LinkedApiManifestTest.REGENERATE,
                "# Check against the real Jira 11.3 jars with: scripts/check-linked-api <folder with the jars>",
                "# Columns (tab-separated): class or class#member (descriptor as in the bytecode), kinds, status / source.",
                "#",
                "# " + api.classes().size() + " classes, " + members + " members (methods, fields, annotation elements);",
                "# " + confirmed + " members confirmed for Jira 10/11, " + jdk + " inherited from the JDK, "
                        + (members - confirmed - jdk) + " not confirmed for Jira 10/11 (reason on the line)."));
        if (!bySource.isEmpty()) {
            text.add("# Members confirmed for Jira 10/11, by source:");
            Map<String, Integer> ordered = new LinkedHashMap<>();
            bySource.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey())).forEach(e -> ordered.put(e.getKey(), e.getValue()));
            ordered.forEach((source, count) -> text.add("#   " + count + "  " + source));
        }
        text.addAll(lines);
        return String.join("\n", text) + "\n";
    }
}
