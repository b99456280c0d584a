package org.argumap.io.aif;

import java.util.List;
import org.argumap.model.InferenceContent;

/** An inference to add, made from one RA, CA or MA node (or one of several, if the node has several targets). */
record InferencePlan(String id, AifNode node, InferenceContent content, List<String> premises, String target) {
}
