package org.argumap.layout;

import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * A layered (Sugiyama) layout by ELK, for maps where a statement serves several arguments: the
 * claims on top, every premise in a layer below what it bears on, crossings of arrows kept few.
 * Statements and junctions are both ELK nodes, with edges premise → junction → target as in the
 * model, laid out upwards (ELK's direction UP), so targets stand above their premises.
 *
 * <p>ELK knows nothing of user-placed boxes, so they are applied afterwards as in
 * {@link TreeLayout}: a placed box stays where it was put and the unplaced boxes below it move
 * along. ELK recurses deeply on large graphs, so the work runs on a thread with a large stack
 * ({@link LayoutThread}); from a {@link LayoutRunner} it already does. Cost grows faster than
 * linearly (see decision 5): use it for maps of a few thousand boxes, {@link TreeLayout} beyond.
 */
public final class ElkLayeredLayout implements MapLayout {
    private final double siblingGap;
    private final double layerGap;
    private final double componentGap;

    /** Gaps that match {@link TreeLayout}'s: a statement row, a gap, a junction row, a gap. */
    public ElkLayeredLayout() {
        this(36, 48, 72);
    }

    /**
     * @param siblingGap   horizontal space between neighbouring boxes of a layer
     * @param layerGap     vertical space between layers (statements and junctions alternate)
     * @param componentGap space between unconnected parts of the map
     */
    public ElkLayeredLayout(double siblingGap, double layerGap, double componentGap) {
        this.siblingGap = siblingGap;
        this.layerGap = layerGap;
        this.componentGap = componentGap;
    }

    @Override
    public MapGeometry layout(LayoutInput input) {
        if (input.size() == 0) {
            return MapGeometry.EMPTY;
        }
        return LayoutThread.callWithLargeStack(() -> layoutHere(input));
    }

    private MapGeometry layoutHere(LayoutInput input) {
        ElkRegistry.ensureLoaded();
        ElkNode graph = graphOf(input);
        ElkNode[] nodes = graph.getChildren().toArray(new ElkNode[0]);
        new LayeredLayoutProvider().layout(graph, new BasicProgressMonitor());

        LayoutForest forest = LayoutForest.of(input);
        // The first main claim's top centre at the origin, as in the tree layout, so that
        // switching between the two (animated) keeps the map's top in place.
        double dx = 0;
        double dy = 0;
        if (forest.rootCount() > 0) {
            ElkNode first = nodes[forest.node[forest.roots[0]]];
            dx = -(first.getX() + first.getWidth() / 2);
            dy = -first.getY();
        }
        int n = input.size();
        double[] tops = new double[n];
        double[] heights = new double[n];
        for (int i = 0; i < n; i++) {
            tops[i] = nodes[i].getY() + dy;
            heights[i] = input.height(i);
        }
        tops = LayerRows.restack(tops, heights, layerGap);
        Rect[] boxes = new Rect[n];
        Point[] junctions = new Point[n];
        for (int i = 0; i < n; i++) {
            Rect rect = new Rect(nodes[i].getX() + dx, tops[i], input.width(i), input.height(i));
            if (input.isStatement(i)) {
                boxes[i] = rect;
            } else {
                junctions[i] = new Point(rect.centreX(), rect.centreY());
            }
        }
        PlacedBoxes placed = PlacedBoxes.follow(input, forest, boxes);
        // A junction with one premise stands over it, as in the tree layout; ELK's place is kept
        // for the others (linked premises in different layers, none shown), where it found room.
        return new JunctionPlacer(input, boxes, placed.junctionsAfterMoves(input, junctions), 2 * layerGap)
                .geometry();
    }

    /** One ELK node per statement and junction, in map order; edges premise → junction → target. */
    private ElkNode graphOf(LayoutInput input) {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(LayeredOptions.DIRECTION, Direction.UP);
        // Longest path is linear and puts every premise right under what it bears on, as a
        // reader of an argument map expects; network simplex costs far more for little gain here.
        graph.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.LONGEST_PATH);
        // Not CONSIDER_MODEL_ORDER_STRATEGY: its insertion sort took minutes on 1,000 boxes.
        // The canvas draws its own arrows from the boxes, so ELK's routes are not needed: polyline
        // routing was the cheapest measured (orthogonal took about five times as long), and the
        // room every routing leaves between layers is closed up afterwards (LayerRows).
        graph.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, siblingGap);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, layerGap);
        graph.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, componentGap);
        // Separate debates side by side in one row, as the tree layout stands them, not in a block.
        graph.setProperty(LayeredOptions.ASPECT_RATIO, 1000.0);
        graph.setProperty(LayeredOptions.RANDOM_SEED, 1);
        ElkNode[] nodes = new ElkNode[input.size()];
        for (int i = 0; i < input.size(); i++) {
            nodes[i] = ElkGraphUtil.createNode(graph);
            nodes[i].setDimensions(input.width(i), input.height(i));
        }
        for (int i = 0; i < input.size(); i++) {
            if (!input.isStatement(i)) {
                for (int k = 0; k < input.premiseCount(i); k++) {
                    ElkGraphUtil.createSimpleEdge(nodes[input.premise(i, k)], nodes[i]);
                }
                ElkGraphUtil.createSimpleEdge(nodes[i], nodes[input.target(i)]);
            }
        }
        return graph;
    }

    /**
     * Standalone (outside Eclipse) ELK learns its options and their types only from this registry;
     * without it copying a property fails. Loading takes a moment, so it happens on first use, on
     * the layout's thread, not when the class is first named (by a menu on the FX thread).
     */
    private static final class ElkRegistry {
        static {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        }

        static void ensureLoaded() {
            // Class initialisation above runs once, thread-safely.
        }
    }
}
