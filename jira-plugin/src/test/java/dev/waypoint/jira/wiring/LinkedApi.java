package dev.waypoint.jira.wiring;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.TypePath;

/**
 * Every Atlassian ({@code com.atlassian.*}) class, method and field that compiled classes link against, read from their
 * bytecode with ASM: the owners of method calls, field accesses and method handles; the types named by instructions
 * ({@code new}, casts, {@code instanceof}, class literals, catch blocks), by the descriptors of the classes' own fields
 * and methods, by {@code throws} clauses and by the descriptors of calls; the supertypes; every annotation and the
 * annotation elements given a value; and the Atlassian methods a class or a lambda implements (the JVM dispatches
 * Jira's calls to them through the Atlassian signature, so it has to exist as well). Generic signatures and debug
 * information link nothing and are left out.
 *
 * <p>A member is named as the bytecode names it ({@code owner#name(descriptor)return} or {@code owner#name:type}); its
 * kinds say how it is used: {@code method}, {@code interface-method} (the owner is used as an interface),
 * {@code static-method}, {@code static-interface-method}, {@code field}, {@code static-field}, {@code implements}
 * (overridden or implemented by an app class or lambda) and {@code element} (an annotation element given a value).
 */
final class LinkedApi {

    private static final String ATLASSIAN = "com/atlassian/";

    /** Binary names ({@code a.b.C$D}) of the linked classes. */
    private final Set<String> classes = new TreeSet<>();
    /** Member key to its kinds. */
    private final SortedMap<String, Set<String>> members = new TreeMap<>();

    private LinkedApi() {
    }

    /** The Atlassian API the {@code .class} files under this directory link against. */
    static LinkedApi of(Path classesDirectory) throws IOException {
        LinkedApi api = new LinkedApi();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classesDirectory)) {
            files = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                ClassReader reader = new ClassReader(in);
                reader.accept(api.new Collector(), ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
                api.addImplemented(reader.getClassName());
            }
        }
        return api;
    }

    /** The linked classes (binary names), sorted. */
    Set<String> classes() {
        return classes;
    }

    /** The linked members: key ({@code owner#name(desc)ret} or {@code owner#name:type}) to kinds, sorted. */
    Map<String, Set<String>> members() {
        return members;
    }

    static String owner(String memberKey) {
        return memberKey.substring(0, memberKey.indexOf('#'));
    }

    static String name(String memberKey) {
        String rest = memberKey.substring(memberKey.indexOf('#') + 1);
        int end = rest.indexOf('(') >= 0 ? rest.indexOf('(') : rest.indexOf(':');
        return rest.substring(0, end);
    }

    /** {@code (params)ret} for a method, the field's type descriptor for a field. */
    static String descriptor(String memberKey) {
        String rest = memberKey.substring(memberKey.indexOf('#') + 1);
        return rest.indexOf('(') >= 0 ? rest.substring(rest.indexOf('(')) : rest.substring(rest.indexOf(':') + 1);
    }

    static boolean isField(String memberKey) {
        return memberKey.substring(memberKey.indexOf('#') + 1).indexOf('(') < 0;
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void addType(Type type) {
        while (type.getSort() == Type.ARRAY) {
            type = type.getElementType();
        }
        if (type.getSort() == Type.OBJECT) {
            addClass(type.getInternalName());
        } else if (type.getSort() == Type.METHOD) {
            addDescriptor(type.getDescriptor());
        }
    }

    private void addDescriptor(String descriptor) {
        if (descriptor.startsWith("(")) {
            for (Type argument : Type.getArgumentTypes(descriptor)) {
                addType(argument);
            }
            addType(Type.getReturnType(descriptor));
        } else {
            addType(Type.getType(descriptor));
        }
    }

    private void addClass(String internalName) {
        if (internalName.startsWith("[")) {
            addType(Type.getType(internalName));
        } else if (internalName.startsWith(ATLASSIAN)) {
            classes.add(internalName.replace('/', '.'));
        }
    }

    private void addMember(String owner, String name, String descriptor, String kind) {
        if (owner.startsWith("[")) {
            addType(Type.getType(owner));
            return;
        }
        if (!owner.startsWith(ATLASSIAN)) {
            addDescriptor(descriptor);
            return;
        }
        addClass(owner);
        addDescriptor(descriptor);
        String key = owner.replace('/', '.') + "#" + name + (descriptor.startsWith("(") ? descriptor : ":" + descriptor);
        members.computeIfAbsent(key, k -> new TreeSet<>()).add(kind);
    }

    private void addHandle(Handle handle) {
        String kind = switch (handle.getTag()) {
            case Opcodes.H_GETFIELD, Opcodes.H_PUTFIELD -> "field";
            case Opcodes.H_GETSTATIC, Opcodes.H_PUTSTATIC -> "static-field";
            case Opcodes.H_INVOKESTATIC -> handle.isInterface() ? "static-interface-method" : "static-method";
            case Opcodes.H_INVOKEINTERFACE -> "interface-method";
            default -> handle.isInterface() ? "interface-method" : "method";
        };
        addMember(handle.getOwner(), handle.getName(), handle.getDesc(), kind);
    }

    private void addConstant(Object value) {
        if (value instanceof Type type) {
            addType(type);
        } else if (value instanceof Handle handle) {
            addHandle(handle);
        }
    }

    /** An annotation's type and the elements given a value (their descriptors from the annotation type itself). */
    private AnnotationVisitor annotation(String descriptor) {
        addType(Type.getType(descriptor));
        String annotationType = Type.getType(descriptor).getInternalName();
        return new AnnotationVisitor(Opcodes.ASM9) {
            @Override
            public void visit(String name, Object value) {
                element(name);
                addConstant(value);
            }

            @Override
            public void visitEnum(String name, String enumDescriptor, String value) {
                element(name);
                addMember(Type.getType(enumDescriptor).getInternalName(), value, enumDescriptor, "static-field");
            }

            @Override
            public AnnotationVisitor visitAnnotation(String name, String nestedDescriptor) {
                element(name);
                return annotation(nestedDescriptor);
            }

            @Override
            public AnnotationVisitor visitArray(String name) {
                element(name);
                AnnotationVisitor outer = this;
                return new AnnotationVisitor(Opcodes.ASM9) {
                    @Override
                    public void visit(String ignored, Object value) {
                        addConstant(value);
                    }

                    @Override
                    public void visitEnum(String ignored, String enumDescriptor, String value) {
                        addMember(Type.getType(enumDescriptor).getInternalName(), value, enumDescriptor,
                                "static-field");
                    }

                    @Override
                    public AnnotationVisitor visitAnnotation(String ignored, String nestedDescriptor) {
                        return annotation(nestedDescriptor);
                    }
                };
            }

            private void element(String name) {
                if (name != null && annotationType.startsWith(ATLASSIAN)) {
                    addMember(annotationType, name, elementDescriptor(annotationType, name), "element");
                }
            }
        };
    }

    private static String elementDescriptor(String annotationType, String element) {
        try {
            Method method = Class.forName(annotationType.replace('/', '.'), false, LinkedApi.class.getClassLoader())
                    .getMethod(element);
            return Type.getMethodDescriptor(method);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("annotation element " + annotationType + "." + element + " not found", e);
        }
    }

    /** The Atlassian methods this app class overrides or implements, found on its Atlassian supertypes. */
    private void addImplemented(String internalName) {
        Class<?> type = load(internalName.replace('/', '.'));
        List<Class<?>> atlassianSupertypes = supertypes(type).stream()
                .filter(s -> s.getName().startsWith("com.atlassian.")).toList();
        if (atlassianSupertypes.isEmpty()) {
            return;
        }
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isStatic(method.getModifiers()) || Modifier.isPrivate(method.getModifiers())) {
                continue;
            }
            String descriptor = Type.getMethodDescriptor(method);
            for (Class<?> supertype : atlassianSupertypes) {
                for (Method candidate : supertype.getDeclaredMethods()) {
                    if (candidate.getName().equals(method.getName())
                            && Type.getMethodDescriptor(candidate).equals(descriptor)
                            && !Modifier.isStatic(candidate.getModifiers())
                            && !Modifier.isPrivate(candidate.getModifiers())) {
                        addMember(Type.getInternalName(supertype), method.getName(), descriptor, "implements");
                    }
                }
            }
        }
    }

    /** All supertypes (classes and interfaces, transitively), the type itself excluded. */
    static List<Class<?>> supertypes(Class<?> type) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> queue = new ArrayDeque<>();
        if (type.getSuperclass() != null) {
            queue.add(type.getSuperclass());
        }
        queue.addAll(Arrays.asList(type.getInterfaces()));
        while (!queue.isEmpty()) {
            Class<?> next = queue.poll();
            if (seen.add(next)) {
                if (next.getSuperclass() != null) {
                    queue.add(next.getSuperclass());
                }
                queue.addAll(Arrays.asList(next.getInterfaces()));
            }
        }
        return new ArrayList<>(seen);
    }

    static Class<?> load(String binaryName) {
        try {
            return Class.forName(binaryName, false, LinkedApi.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(binaryName + " is not on the test classpath", e);
        }
    }

    /**
     * The class that declares a linked member: the owner itself or, as the JVM resolves it, a superclass or a
     * superinterface. Empty for a member that nothing declares (cannot happen for code that compiled).
     */
    static Optional<Class<?>> declaringClass(String memberKey) {
        Class<?> owner = load(owner(memberKey));
        List<Class<?>> candidates = new ArrayList<>();
        candidates.add(owner);
        candidates.addAll(supertypes(owner));
        if (owner.isInterface()) {
            candidates.add(Object.class);
        }
        String name = name(memberKey);
        String descriptor = descriptor(memberKey);
        for (Class<?> candidate : candidates) {
            if (isField(memberKey)) {
                for (Field field : candidate.getDeclaredFields()) {
                    if (field.getName().equals(name) && Type.getDescriptor(field.getType()).equals(descriptor)) {
                        return Optional.of(candidate);
                    }
                }
            } else {
                List<Executable> executables = new ArrayList<>(Arrays.asList(candidate.getDeclaredMethods()));
                if (name.equals("<init>")) {
                    executables = Arrays.asList(candidate.getDeclaredConstructors());
                }
                for (Executable executable : executables) {
                    boolean sameName = name.equals("<init>") || executable.getName().equals(name);
                    if (sameName && descriptorOf(executable).equals(descriptor)) {
                        return Optional.of(candidate);
                    }
                }
            }
            if (name.equals("<init>")) {
                break;
            }
        }
        return Optional.empty();
    }

    private static String descriptorOf(Executable executable) {
        if (executable instanceof Method method) {
            return Type.getMethodDescriptor(method);
        }
        return Type.getConstructorDescriptor((java.lang.reflect.Constructor<?>) executable);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private final class Collector extends ClassVisitor {

        Collector() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                String[] interfaces) {
            if (superName != null) {
                addClass(superName);
            }
            for (String type : interfaces) {
                addClass(type);
            }
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            return annotation(descriptor);
        }

        @Override
        public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String descriptor,
                boolean visible) {
            return annotation(descriptor);
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            addDescriptor(descriptor);
            return new FieldVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotationDescriptor, boolean visible) {
                    return annotation(annotationDescriptor);
                }

                @Override
                public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath,
                        String annotationDescriptor, boolean visible) {
                    return annotation(annotationDescriptor);
                }
            };
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            addDescriptor(descriptor);
            if (exceptions != null) {
                for (String exception : exceptions) {
                    addClass(exception);
                }
            }
            return new MethodCollector();
        }
    }

    private final class MethodCollector extends MethodVisitor {

        MethodCollector() {
            super(Opcodes.ASM9);
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            return annotation(descriptor);
        }

        @Override
        public AnnotationVisitor visitParameterAnnotation(int parameter, String descriptor, boolean visible) {
            return annotation(descriptor);
        }

        @Override
        public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String descriptor,
                boolean visible) {
            return annotation(descriptor);
        }

        @Override
        public AnnotationVisitor visitAnnotationDefault() {
            return annotation("Ljava/lang/Object;");
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            addClass(type);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            boolean isStatic = opcode == Opcodes.GETSTATIC || opcode == Opcodes.PUTSTATIC;
            addMember(owner, name, descriptor, isStatic ? "static-field" : "field");
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            String kind;
            if (opcode == Opcodes.INVOKESTATIC) {
                kind = isInterface ? "static-interface-method" : "static-method";
            } else {
                kind = isInterface ? "interface-method" : "method";
            }
            addMember(owner, name, descriptor, kind);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            addDescriptor(descriptor);
            for (Object argument : arguments) {
                addConstant(argument);
            }
            boolean lambda = bootstrap.getOwner().equals("java/lang/invoke/LambdaMetafactory");
            if (lambda && arguments.length > 0 && arguments[0] instanceof Type samType) {
                // The lambda implements the functional interface's method, with its erased descriptor.
                addMember(Type.getReturnType(descriptor).getInternalName(), name, samType.getDescriptor(),
                        "implements");
            }
        }

        @Override
        public void visitLdcInsn(Object value) {
            addConstant(value);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
            addDescriptor(descriptor);
        }

        @Override
        public void visitTryCatchBlock(org.objectweb.asm.Label start, org.objectweb.asm.Label end,
                org.objectweb.asm.Label handler, String type) {
            if (type != null) {
                addClass(type);
            }
        }

        @Override
        public AnnotationVisitor visitInsnAnnotation(int typeRef, TypePath typePath, String descriptor,
                boolean visible) {
            return annotation(descriptor);
        }

        @Override
        public AnnotationVisitor visitTryCatchAnnotation(int typeRef, TypePath typePath, String descriptor,
                boolean visible) {
            return annotation(descriptor);
        }
    }
}
