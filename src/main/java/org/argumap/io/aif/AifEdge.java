package org.argumap.io.aif;

import org.argumap.io.json.Place;

/** An edge of an AIF nodeset, from one node id to another, both known to be nodes of the file. */
record AifEdge(String from, String to, Place place) {
}
