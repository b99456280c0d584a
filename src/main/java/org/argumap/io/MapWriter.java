package org.argumap.io;

import java.io.IOException;
import java.util.List;
import org.argumap.model.ArgumentMap;

/**
 * Writes a map in one format. Writers are deterministic: the same map gives the same bytes.
 * What a format cannot hold is dropped in the least surprising way and said in the javadoc of the
 * writer; {@link #write} returns those losses as warnings for the user.
 */
public interface MapWriter {
    /** The name used by {@code --to} and in menus, such as {@code aif}. */
    String name();

    /** A name for people, such as "AIF JSON". */
    String label();

    /** File name endings, lower case with the dot; the first is the default. */
    List<String> extensions();

    /** The map as this format's bytes. */
    byte[] write(ArgumentMap map) throws IOException;
}
