package org.argumap.layout;

import java.util.Arrays;

/**
 * The many small branches under one statement stacked in a few columns instead of one long row,
 * as Rationale does: a post with three hundred direct replies becomes a block about as wide as it
 * is tall, not a strip. Each entry of a column is one reply with what answers it, listed
 * downwards and indented, as a thread reads. A column has a spine to its left, a vertical line its
 * entries' links join beside them; the spines meet on a bar just above the block, which runs to
 * one arrow into the parent. Inside an entry, an answer's link joins a short spine of its own that
 * runs straight up into the box it answers.
 *
 * <p>A branch is stacked when it is small ({@link #MAX_ENTRY} statements at most) and plain: each
 * of its statements serves one inference only, with no other premise and no undercut, into the
 * statement above it, and no box in it was placed by the user. A parent gets a block when it has
 * at least {@link #MIN_LEAVES} such branches that are single boxes, or {@link #MIN_ENTRIES} in
 * all; the rest of its children keep the usual row. The number of columns is chosen so that the
 * block's width over its height comes near the window's. A statement used in a second place (a
 * Kialo "-> See") is stacked where it is first used; the links of its other uses are cross links,
 * which {@link StackedLinks} routes out of a column through the gap on its right and across the
 * map above the blocks.
 *
 * <p>Whole sub-threads can be entries too, however large ({@link #of(LayoutInput, LayoutForest,
 * int, double)} with no limit): a thread whose long sub-threads stand side by side is much wider
 * than a window, and {@link TreeLayout} takes that arrangement where it brings the map nearer the
 * window's shape.
 */
final class LeafStacks {
    /** Fewer single-box branches than this keep their row: four boxes in a row read well. */
    static final int MIN_LEAVES = 5;
    /** Or this many small branches of any kind. */
    static final int MIN_ENTRIES = 12;
    /** The most statements in a branch that is stacked as one entry. */
    static final int MAX_ENTRY = 10;
    /** Between two boxes of a column. */
    static final double STACK_GAP = 24;
    /** From a spine to the left edge of the boxes it serves: room for the junction marks on it. */
    static final double SPINE_OFFSET = 30;
    /** How far an answer stands right of what it answers, so its spine runs up into that box. */
    static final double INDENT = 2 * SPINE_OFFSET;
    /** Between the right edge of a column and the next column's spine. */
    static final double COLUMN_GAP = 30;
    /**
     * How far above the block the bar joining its spines runs: below the junction marks that
     * stand over the boxes of the same row ({@link JunctionPlacer#RISE}), so it passes under them.
     */
    static final double BAR_RISE = 12;

    /** Per slot of the forest, the block its statement is stacked in; -1 for the others. */
    final int[] blockOfSlot;
    /** Per input node, for an inference into a block's parent from an entry, its block; else -1. */
    final int[] blockOfInference;
    /** Per input node, whether the inference links two statements inside one entry. */
    final boolean[] insideEntry;
    /** Per block: the parent's slot, the first stacked slot (where the block stands in the row). */
    final int[] parentSlot;
    final int[] firstSlot;
    final double[] blockWidth;
    final double[] blockHeight;
    /** Per stacked slot, its box's left and top relative to the block's left and top. */
    final double[] leafLeft;
    final double[] leafTop;
    /** Per stacked slot, the right edge of its column (its widest box), relative to the block's left. */
    final double[] columnRight;
    private final int blocks;
    /** Whether some plain branch that could have been an entry was left out for being larger than allowed. */
    private boolean largerBranches;

    private LeafStacks(int slots, int nodes, int blocks, int[] blockOfSlot, int[] parentSlot, int[] firstSlot) {
        this.blockOfSlot = blockOfSlot;
        this.blockOfInference = new int[nodes];
        Arrays.fill(blockOfInference, -1);
        this.insideEntry = new boolean[nodes];
        this.parentSlot = parentSlot;
        this.firstSlot = firstSlot;
        this.blockWidth = new double[blocks];
        this.blockHeight = new double[blocks];
        this.leafLeft = new double[blocks == 0 ? 0 : slots];
        this.leafTop = new double[blocks == 0 ? 0 : slots];
        this.columnRight = new double[blocks == 0 ? 0 : slots];
        this.blocks = blocks;
    }

    int count() {
        return blocks;
    }

    boolean isStacked(int slot) {
        return blockOfSlot[slot] >= 0;
    }

    /** Small branches ({@link #MAX_ENTRY} statements at most) in columns near 16:10. */
    static LeafStacks of(LayoutInput input, LayoutForest forest) {
        return of(input, forest, MAX_ENTRY, TreeShelves.TARGET_RATIO, Integer.MAX_VALUE);
    }

    /**
     * Finds the parents with many small branches and arranges each one's in columns. Linear.
     *
     * @param maxEntry    the most statements in a branch stacked as one entry
     * @param targetRatio the width over height the columns of a block aim at: the window's
     * @param outlineDepth from this depth down, every statement not in an entry stacks all its
     *                    plain branches, however few: the map reads as a tree down to there and
     *                    as outlines below, as a bushy debate with thousands of claims fits a window
     */
    static LeafStacks of(LayoutInput input, LayoutForest forest, int maxEntry, double targetRatio, int outlineDepth) {
        int n = forest.size();
        if (!input.isTreeShaped() && outlineDepth == Integer.MAX_VALUE) {
            // Blocks hanging from any row would close the row gaps that cross links run through;
            // only outlines, whose blocks all hang below the tree part, leave them a clear way.
            int[] none = new int[n];
            Arrays.fill(none, -1);
            return new LeafStacks(0, input.size(), 0, none, new int[0], new int[0]);
        }
        int cap = Math.min(maxEntry, n);
        int[] link = plainLinks(input, forest);
        int[] size = new int[n];
        boolean[] plain = plainBranches(input, forest, link, size, cap);
        int[] blockOfSlot = new int[n];
        Arrays.fill(blockOfSlot, -1);
        // A statement inside an entry is listed with its entry: it gets no block of its own.
        boolean[] inEntry = new boolean[n];
        // Outlines give a block to every parent of a plain branch, so up to one per statement.
        int[] parents = new int[Math.max(1, outlineDepth == Integer.MAX_VALUE ? n / MIN_LEAVES + 1 : n)];
        int[] firsts = new int[parents.length];
        int blocks = 0;
        boolean larger = false;
        for (int slot = 0; slot < n; slot++) {
            int up = forest.parent[slot];
            if (blockOfSlot[slot] >= 0 || up >= 0 && inEntry[up]) {
                inEntry[slot] = true;
                continue;
            }
            int leaves = 0;
            int entries = 0;
            for (int child = forest.firstChild[slot]; child < forest.childEnd[slot]; child++) {
                if (isEntry(link, plain, size, child, cap)) {
                    entries++;
                    leaves += size[child] == 1 ? 1 : 0;
                } else if (link[child] >= 0 && plain[child]) {
                    larger = true;
                }
            }
            boolean outline = forest.depth[slot] >= outlineDepth;
            // Above the outlines, no blocks: the row gap over the outlines stays clear for cross links.
            boolean small = leaves < MIN_LEAVES && entries < MIN_ENTRIES || outlineDepth != Integer.MAX_VALUE;
            if (entries == 0 || small && !outline) {
                continue;
            }
            int first = -1;
            for (int child = forest.firstChild[slot]; child < forest.childEnd[slot]; child++) {
                if (isEntry(link, plain, size, child, cap)) {
                    blockOfSlot[child] = blocks;
                    first = first < 0 ? child : first;
                }
            }
            parents[blocks] = slot;
            firsts[blocks] = first;
            blocks++;
        }
        LeafStacks stacks = new LeafStacks(n, input.size(), blocks, blockOfSlot, parents, firsts);
        stacks.largerBranches = larger;
        int[] pending = new int[Math.max(1, n)];
        int[] level = new int[pending.length];
        for (int b = 0; b < blocks; b++) {
            stacks.arrange(input, forest, link, b, targetRatio, pending, level);
        }
        for (int slot = 0; slot < n && blocks > 0; slot++) {
            int up = forest.parent[slot];
            if (stacks.isStacked(slot) && up >= 0 && stacks.isStacked(up)) {
                stacks.columnRight[slot] = stacks.columnRight[up];
            }
        }
        return stacks;
    }

    /**
     * Whether every link is one statement answering another (no linked premises, no undercuts),
     * as in a discussion or a Kialo debate: then every branch below the tree part of an outline
     * is stacked, and cross links have the clear row gap above the outlines to themselves.
     */
    static boolean isReplyShaped(LayoutInput input) {
        for (int node = 0; node < input.size(); node++) {
            if (!input.isStatement(node) && (input.premiseCount(node) != 1 || !input.isStatement(input.target(node))
                    || input.isPlaced(node))) {
                return false;
            }
        }
        return true;
    }

    /** Whether stacking with a higher limit on an entry's size would stack more. */
    boolean leftOutLargerBranches() {
        return largerBranches;
    }

    /**
     * Per slot, the inference by which its statement hangs under its parent in the forest if that
     * is a plain link: its only premise, bearing on the parent, with no undercut, neither placed
     * by the user; else -1. The statement may serve elsewhere too: those links are cross links.
     */
    private static int[] plainLinks(LayoutInput input, LayoutForest forest) {
        int[] link = new int[forest.size()];
        Arrays.fill(link, -1);
        for (int i = 0; i < input.size(); i++) {
            if (input.isStatement(i) || input.premiseCount(i) != 1 || input.isPlaced(i) || input.incomingCount(i) != 0
                    || !input.isStatement(input.target(i))) {
                continue;
            }
            int premise = input.premise(i, 0);
            int slot = forest.slotOf[premise];
            int parentSlot = forest.slotOf[input.target(i)];
            if (slot >= 0 && parentSlot >= 0 && forest.parent[slot] == parentSlot && !input.isPlaced(premise)) {
                link[slot] = i;
            }
        }
        return link;
    }

    /** Per slot, whether everything under it hangs by plain links; fills {@code size} with the branches' sizes (capped). */
    private static boolean[] plainBranches(LayoutInput input, LayoutForest forest, int[] link, int[] size, int cap) {
        int n = forest.size();
        boolean[] plain = new boolean[n];
        for (int slot = n - 1; slot >= 0; slot--) {
            // Every inference into it must be a child's plain link or a cross link from one statement
            // used elsewhere first: no linked premises, no undercuts.
            int node = forest.node[slot];
            boolean ok = true;
            for (int k = 0; k < input.incomingCount(node) && ok; k++) {
                int incoming = input.incoming(node, k);
                ok = input.premiseCount(incoming) == 1 && input.incomingCount(incoming) == 0 && !input.isPlaced(incoming);
            }
            size[slot] = 1;
            for (int child = forest.firstChild[slot]; child < forest.childEnd[slot]; child++) {
                ok &= plain[child] && link[child] >= 0;
                size[slot] = Math.min(cap + 1, size[slot] + size[child]);
            }
            plain[slot] = ok;
        }
        return plain;
    }

    private static boolean isEntry(int[] link, boolean[] plain, int[] size, int child, int cap) {
        return link[child] >= 0 && plain[child] && size[child] <= cap;
    }

    /** Columns for one block: as many as bring its shape nearest the target, each about as tall as the others. */
    private void arrange(LayoutInput input, LayoutForest forest, int[] link, int block, double targetRatio,
                         int[] pending, int[] level) {
        int parent = parentSlot[block];
        int from = forest.firstChild[parent];
        double[] entryWidth = new double[forest.childEnd[parent] - from];
        double[] entryHeight = new double[entryWidth.length];
        int count = 0;
        double sumWidth = 0;
        double sumHeight = 0;
        for (int child = from; child < forest.childEnd[parent]; child++) {
            if (blockOfSlot[child] != block) {
                continue;
            }
            // The entry listed downwards from (0, 0), each answer under what it answers, indented.
            double top = 0;
            double right = 0;
            int open = 0;
            pending[open] = child;
            level[open++] = 0;
            while (open > 0) {
                int slot = pending[--open];
                int depth = level[open];
                int node = forest.node[slot];
                blockOfSlot[slot] = block;
                leafLeft[slot] = depth * INDENT;
                leafTop[slot] = top;
                top += input.height(node) + STACK_GAP;
                right = Math.max(right, depth * INDENT + input.measuredWidth(node));
                for (int c = forest.childEnd[slot] - 1; c >= forest.firstChild[slot]; c--) {
                    pending[open] = c;
                    level[open++] = depth + 1;
                }
                if (slot != child) {
                    insideEntry[link[slot]] = true;
                }
            }
            blockOfInference[link[child]] = block;
            entryWidth[child - from] = right;
            entryHeight[child - from] = top;
            count++;
            sumWidth += right;
            sumHeight += top;
        }
        double pitch = sumWidth / count + SPINE_OFFSET + COLUMN_GAP;
        double rowPitch = sumHeight / count;
        int columns = (int) Math.round(Math.sqrt(count * targetRatio * rowPitch / pitch));
        columns = Math.max(1, Math.min(columns, count - 1));
        double columnHeight = sumHeight / columns;
        double left = SPINE_OFFSET;
        double top = 0;
        double columnWidth = 0;
        double tallest = 0;
        int column = 0;
        int remaining = count;
        int columnStart = from;
        for (int child = from; child < forest.childEnd[parent]; child++) {
            if (blockOfSlot[child] != block) {
                continue;
            }
            double height = entryHeight[child - from];
            // A new column once this one is as tall as its share, while every later column still gets an entry.
            if (top > 0 && column < columns - 1 && (top + height / 2 > columnHeight || remaining <= columns - 1 - column)) {
                closeColumn(block, columnStart, child, left + columnWidth);
                columnStart = child;
                left += columnWidth + COLUMN_GAP + SPINE_OFFSET;
                tallest = Math.max(tallest, top - STACK_GAP);
                top = 0;
                columnWidth = 0;
                column++;
            }
            moveEntry(forest, child, left, top, pending);
            top += height;
            columnWidth = Math.max(columnWidth, entryWidth[child - from]);
            remaining--;
        }
        closeColumn(block, columnStart, forest.childEnd[parent], left + columnWidth);
        blockWidth[block] = left + columnWidth;
        blockHeight[block] = Math.max(tallest, top - STACK_GAP);
    }

    /** Gives the column's right edge to its entries, those of the block among the slots from {@code start} to {@code end}. */
    private void closeColumn(int block, int start, int end, double right) {
        for (int child = start; child < end; child++) {
            if (blockOfSlot[child] == block) {
                columnRight[child] = right;
            }
        }
    }

    /** Moves an entry's boxes, listed from (0, 0), by (left, top) within the block. */
    private void moveEntry(LayoutForest forest, int entry, double left, double top, int[] pending) {
        int open = 0;
        pending[open++] = entry;
        while (open > 0) {
            int slot = pending[--open];
            leafLeft[slot] += left;
            leafTop[slot] += top;
            for (int c = forest.firstChild[slot]; c < forest.childEnd[slot]; c++) {
                pending[open++] = c;
            }
        }
    }
}
