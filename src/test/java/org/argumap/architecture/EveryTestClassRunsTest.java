package org.argumap.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every class with tests in it is run by {@code mvn verify}. Surefire picks test classes by their
 * file names, and a class whose name matches none of its includes is silently never run: five
 * classes of properties named {@code *Properties} went unrun that way. This reads the includes from
 * pom.xml ({@link BuildIncludes}), looks at every compiled top-level test class, and names each one
 * that has test methods but that neither Surefire nor Failsafe would pick up. Tools kept beside the
 * tests (ScreenshotTour, RegenerateRoundTripFixtures) are programs with a {@code main}, not tests.
 */
class EveryTestClassRunsTest {
    /**
     * The annotations that make a method (or, for ArchUnit, a field) a test for one of our engines;
     * {@code @Testable} is how any JUnit Platform engine marks its own.
     */
    private static final Set<String> TEST_ANNOTATIONS = Set.of("org.junit.platform.commons.annotation.Testable",
            "org.junit.jupiter.api.Test",
            "org.junit.jupiter.api.RepeatedTest", "org.junit.jupiter.api.TestFactory",
            "org.junit.jupiter.api.TestTemplate", "org.junit.jupiter.params.ParameterizedTest",
            "net.jqwik.api.Property", "net.jqwik.api.Example", "com.tngtech.archunit.junit.ArchTest");

    @Test
    void everyCompiledClassWithTestsIsPickedUpByName() throws Exception {
        List<Class<?>> classes = compiledTopLevelClasses();
        assertTrue(classes.contains(EveryTestClassRunsTest.class), "the walk finds the compiled test classes");
        assertEquals(List.of(), neverRun(classes, BuildIncludes.ofPom(Path.of("pom.xml"))),
                "classes with tests that no include of pom.xml picks up: rename them or add an include");
    }

    /** The check itself, on a class named as no include expects: it must be reported. */
    @Test
    void aMisnamedClassWithTestsIsReported() throws Exception {
        BuildIncludes includes = BuildIncludes.ofPom(Path.of("pom.xml"));
        assertEquals(List.of(MisnamedChecks.class.getName()),
                neverRun(List.of(MisnamedChecks.class, EveryTestClassRunsTest.class, NoTestsHere.class), includes));
    }

    /**
     * Stands for a top-level class named like this. Surefire never runs a nested class by name (it
     * leaves out names with {@code $}), so its test is never run, which is just what it shows.
     */
    static final class MisnamedChecks {
        @Test
        void wouldNeverRun() {
        }
    }

    /** A helper without tests: no include needs to pick it up. */
    static final class NoTestsHere {
    }

    /** The names of the classes that have tests but whose names no include picks up. */
    static List<String> neverRun(Collection<Class<?>> classes, BuildIncludes includes) {
        return classes.stream().filter(EveryTestClassRunsTest::hasTests)
                .filter(c -> !includes.runs(sourcePath(c))).map(Class::getName).sorted().toList();
    }

    /** Where the class's source would be if it were top level, as Surefire matches it: org/argumap/x/FooTest.java. */
    private static String sourcePath(Class<?> type) {
        String folder = type.getPackageName().replace('.', '/');
        return (folder.isEmpty() ? "" : folder + "/") + type.getSimpleName() + ".java";
    }

    /** Concrete classes with a test method or field, declared or inherited (from superclasses and interfaces). */
    static boolean hasTests(Class<?> type) {
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            return false;
        }
        List<Class<?>> lineage = new ArrayList<>();
        collectLineage(type, lineage);
        return lineage.stream().anyMatch(c -> Stream.concat(Stream.of(c.getDeclaredMethods()), Stream.of(c.getDeclaredFields()))
                .anyMatch(EveryTestClassRunsTest::isTest));
    }

    private static void collectLineage(Class<?> type, List<Class<?>> out) {
        if (type == null || type == Object.class || out.contains(type)) {
            return;
        }
        out.add(type);
        collectLineage(type.getSuperclass(), out);
        for (Class<?> implemented : type.getInterfaces()) {
            collectLineage(implemented, out);
        }
    }

    /** Annotated as a test directly or through a composed annotation (as @Property is used in jqwik's own). */
    private static boolean isTest(AnnotatedElement element) {
        return isTest(element, new HashSet<>());
    }

    private static boolean isTest(AnnotatedElement element, Set<Class<?>> seen) {
        for (Annotation annotation : element.getAnnotations()) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (TEST_ANNOTATIONS.contains(type.getName())) {
                return true;
            }
            if (seen.add(type) && !type.getName().startsWith("java.lang.") && isTest(type, seen)) {
                return true;
            }
        }
        return false;
    }

    /** Every top-level class compiled from src/test/java (target/test-classes), loaded without running it. */
    private static List<Class<?>> compiledTopLevelClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(EveryTestClassRunsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names;
        try (Stream<Path> files = Files.walk(root)) {
            names = files.map(root::relativize).map(Path::toString).map(name -> name.replace('\\', '/'))
                    .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.endsWith("package-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .sorted().toList();
        }
        ClassLoader loader = EveryTestClassRunsTest.class.getClassLoader();
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            classes.add(Class.forName(name, false, loader));
        }
        return classes;
    }
}
