import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Resolves every entry of Waypoint's linked-API manifest (platform-stubs/linked-api.txt) in a folder of jars, as the
 * JVM links them: the class exists; a method or field with exactly that name and descriptor is declared by the class,
 * a superclass or a superinterface (the JDK's own classes are looked up in the running JDK); static where the bytecode
 * calls it statically, an interface where the bytecode calls it as one. Prints what is missing or different and exits
 * with 1 if anything is. Plain Java, no dependencies: run by scripts/check-linked-api.
 *
 * Usage: java CheckLinkedApi.java MANIFEST DIR
 */
public class CheckLinkedApi {

    private static final int ACC_STATIC = 0x0008;
    private static final int ACC_INTERFACE = 0x0200;

    record Member(String name, String descriptor, int access) {
    }

    record ClassInfo(String name, int access, String superName, List<String> interfaces, List<Member> fields,
            List<Member> methods, String origin) {
    }

    private final Map<String, String> classFiles = new HashMap<>();   // internal name -> jar path
    private final Map<String, ClassInfo> parsed = new HashMap<>();

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: java CheckLinkedApi.java MANIFEST DIR");
            System.exit(2);
        }
        Path manifest = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        if (!Files.isDirectory(dir)) {
            System.err.println(dir + " is not a folder (give the folder with the Jira jars)");
            System.exit(2);
        }
        CheckLinkedApi check = new CheckLinkedApi();
        int jars = check.index(dir);
        if (jars == 0) {
            System.err.println("No .jar file under " + dir);
            System.exit(2);
        }
        List<String> problems = new ArrayList<>();
        int entries = 0;
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            entries++;
            String problem = check.resolve(columns[0], columns.length > 1 ? columns[1] : "");
            if (problem != null) {
                problems.add(problem);
            }
        }
        System.out.println("Checked " + entries + " entries of " + manifest + " against " + check.classFiles.size()
                + " classes in " + jars + " jars under " + dir + ".");
        problems.stream().sorted().forEach(System.out::println);
        if (problems.isEmpty()) {
            System.out.println("All entries resolve.");
        } else {
            System.out.println(problems.size() + " entries missing or different.");
            System.exit(1);
        }
    }

    private int index(Path dir) throws IOException {
        List<Path> jars;
        try (Stream<Path> walk = Files.walk(dir)) {
            jars = walk.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                zip.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/"))
                        .forEach(n -> classFiles.putIfAbsent(n.substring(0, n.length() - 6), jar.toString()));
            }
        }
        return jars.size();
    }

    /** Null when the entry resolves, else a line saying what is missing or different. */
    String resolve(String key, String kinds) throws IOException {
        int hash = key.indexOf('#');
        String owner = (hash < 0 ? key : key.substring(0, hash)).replace('.', '/');
        ClassInfo type = load(owner);
        if (type == null) {
            return "MISSING class " + owner.replace('/', '.') + (hash < 0 ? "" : " (needed by " + key + ")");
        }
        if (hash < 0) {
            return null;
        }
        String rest = key.substring(hash + 1);
        boolean field = rest.indexOf('(') < 0;
        String name = field ? rest.substring(0, rest.indexOf(':')) : rest.substring(0, rest.indexOf('('));
        String descriptor = field ? rest.substring(rest.indexOf(':') + 1) : rest.substring(rest.indexOf('('));
        String kind = field ? "field" : "method";
        List<String> unreadable = new ArrayList<>();
        for (ClassInfo candidate : hierarchy(type, unreadable, name.equals("<init>"))) {
            for (Member member : field ? candidate.fields() : candidate.methods()) {
                if (member.name().equals(name) && member.descriptor().equals(descriptor)) {
                    return mismatch(key, kinds, type, candidate, member);
                }
            }
        }
        Set<String> others = new TreeSet<>();
        for (ClassInfo candidate : hierarchy(type, new ArrayList<>(), name.equals("<init>"))) {
            for (Member member : field ? candidate.fields() : candidate.methods()) {
                if (member.name().equals(name)) {
                    others.add(candidate.name().replace('/', '.') + "#" + name + (field ? ":" : "")
                            + member.descriptor());
                }
            }
        }
        String note = unreadable.isEmpty() ? "" : " (supertypes not found, not searched: " + unreadable + ")";
        if (!others.isEmpty()) {
            return "DIFFERENT " + kind + " " + key + ": found " + String.join(", ", others) + note;
        }
        return "MISSING " + kind + " " + key + note;
    }

    /** Null when static-ness and interface-ness fit how the bytecode uses the member. */
    private static String mismatch(String key, String kinds, ClassInfo owner, ClassInfo declaring, Member member) {
        boolean isStatic = (member.access() & ACC_STATIC) != 0;
        boolean wantsStatic = kinds.contains("static-");
        boolean checksStatic = !kinds.contains("element");
        if (checksStatic && isStatic != wantsStatic) {
            return "DIFFERENT " + key + ": " + (isStatic ? "static" : "not static") + " in "
                    + declaring.name().replace('/', '.') + ", used as " + kinds;
        }
        boolean ownerIsInterface = (owner.access() & ACC_INTERFACE) != 0;
        if (kinds.contains("interface-method") && !ownerIsInterface) {
            return "DIFFERENT " + key + ": " + owner.name().replace('/', '.') + " is a class, used as an interface";
        }
        if (kinds.matches(".*(^|,)(method|static-method)(,|$).*") && ownerIsInterface) {
            return "DIFFERENT " + key + ": " + owner.name().replace('/', '.') + " is an interface, used as a class";
        }
        return null;
    }

    /** The type, then its superclasses, then its superinterfaces (as the JVM resolves members); Object last. */
    private List<ClassInfo> hierarchy(ClassInfo type, List<String> unreadable, boolean ownOnly) throws IOException {
        List<ClassInfo> result = new ArrayList<>();
        result.add(type);
        if (ownOnly) {
            return result;
        }
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> interfaces = new ArrayDeque<>(type.interfaces());
        for (ClassInfo current = type; current.superName() != null; ) {
            ClassInfo parent = load(current.superName());
            if (parent == null) {
                unreadable.add(current.superName().replace('/', '.'));
                break;
            }
            result.add(parent);
            interfaces.addAll(parent.interfaces());
            current = parent;
        }
        while (!interfaces.isEmpty()) {
            String next = interfaces.poll();
            if (!seen.add(next)) {
                continue;
            }
            ClassInfo parent = load(next);
            if (parent == null) {
                unreadable.add(next.replace('/', '.'));
                continue;
            }
            result.add(parent);
            interfaces.addAll(parent.interfaces());
        }
        ClassInfo object = load("java/lang/Object");
        if (object != null && !result.contains(object)) {
            result.add(object);
        }
        return result;
    }

    private ClassInfo load(String internalName) throws IOException {
        if (parsed.containsKey(internalName)) {
            return parsed.get(internalName);
        }
        ClassInfo info = null;
        String jar = classFiles.get(internalName);
        if (jar != null) {
            try (ZipFile zip = new ZipFile(jar); InputStream in = zip.getInputStream(zip.getEntry(internalName
                    + ".class"))) {
                info = parse(in.readAllBytes(), jar);
            }
        } else {
            try (InputStream in = ClassLoader.getSystemResourceAsStream(internalName + ".class")) {
                if (in != null && (internalName.startsWith("java/") || internalName.startsWith("javax/")
                        || internalName.startsWith("jdk/") || internalName.startsWith("sun/"))) {
                    info = parse(in.readAllBytes(), "JDK");
                }
            }
        }
        parsed.put(internalName, info);
        return info;
    }

    /** Reads what member resolution needs from a class file (JVMS chapter 4). */
    static ClassInfo parse(byte[] bytes, String origin) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classIndex = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7, 8, 16, 19, 20 -> classIndex[i] = in.readUnsignedShort();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        int access = in.readUnsignedShort();
        String name = utf8[classIndex[in.readUnsignedShort()]];
        int superIndex = in.readUnsignedShort();
        String superName = superIndex == 0 ? null : utf8[classIndex[superIndex]];
        List<String> interfaces = new ArrayList<>();
        for (int i = in.readUnsignedShort(); i > 0; i--) {
            interfaces.add(utf8[classIndex[in.readUnsignedShort()]]);
        }
        List<Member> fields = members(in, utf8);
        List<Member> methods = members(in, utf8);
        return new ClassInfo(name, access, superName, interfaces, fields, methods, origin);
    }

    private static List<Member> members(DataInputStream in, String[] utf8) throws IOException {
        List<Member> members = new ArrayList<>();
        for (int i = in.readUnsignedShort(); i > 0; i--) {
            int access = in.readUnsignedShort();
            String name = utf8[in.readUnsignedShort()];
            String descriptor = utf8[in.readUnsignedShort()];
            for (int a = in.readUnsignedShort(); a > 0; a--) {
                in.readUnsignedShort();
                in.skipNBytes(in.readInt());
            }
            members.add(new Member(name, descriptor, access));
        }
        return members;
    }
}
