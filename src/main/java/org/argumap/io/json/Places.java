package org.argumap.io.json;

import com.fasterxml.jackson.core.JsonPointer;
import org.argumap.io.MapReadException;

/** Where things are in the file being read, for the builders' errors and warnings. */
interface Places {
    /** An error at the place the pointer names. */
    MapReadException failAt(JsonPointer pointer, String reason);

    /** The line of the value the pointer names. */
    int lineOf(JsonPointer pointer);
}
