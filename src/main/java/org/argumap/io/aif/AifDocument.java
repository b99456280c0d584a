package org.argumap.io.aif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.argumap.io.json.Place;

/**
 * An AIF file checked for shape: its nodes and edges (the argument and dialogue graph), the tables
 * that say who spoke, and what the OVA3/xAIF wrapper adds (layout, the analysed text, the analyst).
 * Read by {@link AifDocumentReader}; meant by {@link AifMapBuilder}.
 *
 * @param wrapped              whether the file is the xAIF/OVA3 wrapper {"AIF": …, "OVA": …, "text": …}
 * @param nodes                the nodes in file order, a repeated identical node listed once
 * @param byId                 the same nodes by id
 * @param edges                the edges in file order
 * @param participantOfLocution speaker names from the locutions and participants tables, by L-node id
 * @param layout               OVA places by node id, in file order
 * @param text                 the analysed text of the wrapper (HTML), or null
 * @param analyst              OVA's firstname and surname, or ""
 * @param url                  OVA's url, or ""
 * @param extension            Argumap's own top-level {@code "argumap"} object, or null
 */
record AifDocument(boolean wrapped, List<AifNode> nodes, Map<String, AifNode> byId, List<AifEdge> edges,
                   Map<String, String> participantOfLocution, List<LayoutEntry> layout, String text, String analyst,
                   String url, ObjectNode extension, Place extensionPlace) {

    /** An OVA node's place: where the node with this id was drawn. */
    record LayoutEntry(String id, double x, double y, Place place) {
    }
}
