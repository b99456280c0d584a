package org.argumap.architecture;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Which test classes {@code mvn verify} runs, by name: the {@code <includes>} and {@code <excludes>}
 * of the Surefire and Failsafe plugins in pom.xml, or each plugin's defaults where it sets none.
 * Patterns are Ant-style, matched against a class's source path such as
 * {@code org/argumap/io/FooTest.java}, as the plugins match them.
 */
final class BuildIncludes {
    static final List<String> SUREFIRE_DEFAULTS = List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java",
            "**/*TestCase.java");
    static final List<String> FAILSAFE_DEFAULTS = List.of("**/IT*.java", "**/*IT.java", "**/*ITCase.java");

    private final List<Plugin> plugins;

    /** One plugin's choice of classes. */
    private record Plugin(List<Pattern> includes, List<Pattern> excludes) {
        boolean runs(String sourcePath) {
            return includes.stream().anyMatch(p -> p.matcher(sourcePath).matches())
                    && excludes.stream().noneMatch(p -> p.matcher(sourcePath).matches());
        }
    }

    private BuildIncludes(List<Plugin> plugins) {
        this.plugins = plugins;
    }

    static BuildIncludes ofPom(Path pom) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(pom.toFile());
            Element build = child(document.getDocumentElement(), "build");
            Element pluginList = build == null ? null : child(build, "plugins");
            return new BuildIncludes(List.of(plugin(pluginList, "maven-surefire-plugin", SUREFIRE_DEFAULTS),
                    plugin(pluginList, "maven-failsafe-plugin", FAILSAFE_DEFAULTS)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read " + pom + ": " + e.getMessage(), e);
        }
    }

    /** Whether Surefire or Failsafe runs the class with this source path. */
    boolean runs(String sourcePath) {
        return plugins.stream().anyMatch(plugin -> plugin.runs(sourcePath));
    }

    private static Plugin plugin(Element plugins, String artifactId, List<String> defaults) {
        Element configuration = null;
        for (Element plugin : plugins == null ? List.<Element>of() : children(plugins, "plugin")) {
            Element id = child(plugin, "artifactId");
            if (id != null && id.getTextContent().strip().equals(artifactId)) {
                configuration = child(plugin, "configuration");
            }
        }
        List<String> includes = patterns(configuration, "includes", "include");
        List<String> excludes = patterns(configuration, "excludes", "exclude");
        excludes.add("**/*$*");
        return new Plugin(compile(includes.isEmpty() ? defaults : includes), compile(excludes));
    }

    private static List<String> patterns(Element configuration, String list, String item) {
        List<String> patterns = new ArrayList<>();
        Element element = configuration == null ? null : child(configuration, list);
        if (element != null) {
            children(element, item).forEach(e -> patterns.add(e.getTextContent().strip()));
        }
        return patterns;
    }

    private static List<Pattern> compile(List<String> patterns) {
        return patterns.stream().map(BuildIncludes::antPattern).toList();
    }

    /**
     * An Ant pattern as a regular expression: {@code **}{@code /} is any number of folders (none
     * too), {@code *} any part of a name, {@code ?} one character; {@code .class} is read as {@code .java}.
     */
    static Pattern antPattern(String pattern) {
        if (pattern.startsWith("%regex[")) {
            throw new IllegalArgumentException("regular-expression includes are not understood here: " + pattern);
        }
        String ant = pattern.replace('\\', '/').replaceAll("\\.class$", ".java");
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < ant.length(); i++) {
            char c = ant.charAt(i);
            if (ant.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (ant.startsWith("**", i)) {
                regex.append(".*");
                i += 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }
}
