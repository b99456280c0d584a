package org.argumap.layout;

/**
 * The links of stacked leaves ({@link LeafStacks}) once the boxes are final: each leaf's junction
 * on its column's spine, and one arrival on the parent for the whole block, where a bar over the
 * block gathers the spines. {@link JunctionPlacer} asks it about those links and routes the
 * others as usual.
 */
final class StackedLinks {
    private final LayoutInput input;
    private final int[] blockOfInference;
    private final boolean[] insideEntry;
    private final Rect[] blocks;

    private StackedLinks(LayoutInput input, int[] blockOfInference, boolean[] insideEntry, Rect[] blocks) {
        this.input = input;
        this.blockOfInference = blockOfInference;
        this.insideEntry = insideEntry;
        this.blocks = blocks;
    }

    /** Null when nothing is stacked. */
    static StackedLinks of(LayoutInput input, LayoutForest forest, LeafStacks stacks, Rect[] boxes) {
        if (stacks.count() == 0) {
            return null;
        }
        Rect[] blocks = new Rect[stacks.count()];
        for (int slot = 0; slot < forest.size(); slot++) {
            int block = stacks.blockOfSlot[slot];
            if (block >= 0) {
                Rect box = boxes[forest.node[slot]];
                blocks[block] = blocks[block] == null ? box : blocks[block].union(box);
            }
        }
        return new StackedLinks(input, stacks.blockOfInference, stacks.insideEntry, blocks);
    }

    /** For a link from an entry of a block into the block's parent, the block; else -1. */
    int blockOf(int inference) {
        return blockOfInference[inference];
    }

    /** Whether the link is one of a block's, from an entry into the parent or inside an entry. */
    boolean isStacked(int inference) {
        return blockOfInference[inference] >= 0 || insideEntry[inference];
    }

    boolean isInsideEntry(int inference) {
        return insideEntry[inference];
    }

    /** For a link inside an entry: straight up its spine into the bottom of the box it answers. */
    Point arrivalInsideEntry(int inference, Rect[] boxes) {
        Rect answer = boxes[input.premise(inference, 0)];
        return new Point(answer.x() - LeafStacks.SPINE_OFFSET, boxes[input.target(inference)].maxY());
    }

    /** Where the block's arrow would come from, left to right: the middle of the block. */
    double approachX(int block) {
        return blocks[block].centreX();
    }

    /** The junction's centre: on the spine left of its premise, level with the premise's middle. */
    Point junction(int inference, Rect[] boxes) {
        Rect leaf = boxes[input.premise(inference, 0)];
        return new Point(leaf.x() - LeafStacks.SPINE_OFFSET, leaf.centreY());
    }

    LinkRoute route(int inference, Rect[] boxes, Rect junction, Point arrival) {
        Rect leaf = boxes[input.premise(inference, 0)];
        if (insideEntry[inference]) {
            Point centre = new Point(junction.centreX(), junction.centreY());
            return new LinkRoute(Route.of(new Point(leaf.x(), centre.y()), centre), Route.of(centre, arrival));
        }
        // From the leaf's left edge to its junction on the column's spine, down the spine to the bar
        // above the block, along the bar and up into the parent where the whole block arrives.
        Point centre = new Point(junction.centreX(), junction.centreY());
        double barY = blocks[blockOf(inference)].y() - LeafStacks.BAR_RISE;
        Route feed = Route.of(new Point(leaf.x(), centre.y()), centre);
        Route arrow = Math.abs(centre.x() - arrival.x()) < 0.5
                ? Route.of(centre, arrival)
                : Route.of(centre, new Point(centre.x(), barY), new Point(arrival.x(), barY), arrival);
        return new LinkRoute(feed, arrow);
    }
}
