package org.argumap.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.io.json.ArgumapJsonFormat;

/** The maps shipped inside the jar, read as resources rather than files. */
public final class BundledMaps {
    /** The demo map the editor opens when started without a file. */
    public static final String DEMO = "/samples/apt31-thread.argumap.json";

    private BundledMaps() {
    }

    /** The resource's file name, which the title shows and Save As suggests. */
    public static String nameOf(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    public static ReadResult read(String resource) throws MapReadException {
        Path name = Path.of(nameOf(resource));
        try (InputStream in = BundledMaps.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new MapReadException(name, 0, 0, "is not bundled with this build of Argumap");
            }
            return new ArgumapJsonFormat().read(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new MapReadException(name, 0, 0, "could not be read from the application: " + e.getMessage(), e);
        }
    }
}
