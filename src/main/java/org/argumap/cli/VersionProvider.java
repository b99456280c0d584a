package org.argumap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the version Maven wrote into the jar. Read from the {@code pom.properties}
 * that maven-jar-plugin adds to every jar, so the version has one source, the POM; when running
 * from compiled classes (tests, the IDE) there is no jar and it says so.
 */
final class VersionProvider implements IVersionProvider {
    private static final String POM_PROPERTIES = "/META-INF/maven/org.argumap/argumap/pom.properties";

    @Override
    public String[] getVersion() {
        return new String[] {
            "argumap " + projectVersion(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }

    static String projectVersion() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                return "(development build)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "(unknown version)");
        } catch (IOException e) {
            return "(unknown version)";
        }
    }
}
