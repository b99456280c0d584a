package org.argumap.io.json;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Version 1 to 2. Version 2 makes the judgements ({@code verdict} and {@code rating} on statements,
 * {@code strength} on inferences) and the {@code presentation} part of the format; late version-1
 * files already carried them as an optional extension, with the same names, values and meaning,
 * and earlier ones do not have them. So a version-1 tree is a version-2 tree once its version says
 * so: nothing else is changed, nothing is dropped, and bad values are refused by the binding as
 * in any version-2 file.
 */
final class JudgementsAndPresentation implements Migration {
    @Override
    public int from() {
        return 1;
    }

    @Override
    public ObjectNode apply(ObjectNode tree) {
        return tree.put("version", 2);
    }

    @Override
    public boolean onlyRenumbers() {
        return true;
    }
}
