package io.github.prepkit.persist;

import io.github.prepkit.base.ClassWeight;
import io.github.prepkit.data.TargetClasses;
import io.github.prepkit.tree.Tree;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import tech.tablesaw.api.ColumnType;

/**
 * Parts that several codecs share: a classifier's class weights (a parameter), a classifier's classes, with the target's name and type so its
 * predictions keep their column type, and lists of trees, stored as scikit-learn stores one tree's arrays but
 * concatenated over the trees, so a forest is a few long arrays rather than hundreds of short ones.
 */
final class StateParts {

    /** The target types whose classes a file can hold, with their values as JSON holds them. */
    private static final List<ColumnType> CLASS_TYPES = List.of(ColumnType.STRING, ColumnType.INTEGER, ColumnType.LONG,
            ColumnType.SHORT, ColumnType.DOUBLE, ColumnType.FLOAT, ColumnType.BOOLEAN);

    private StateParts() {
    }

    /** Writes {@code classWeight} under {@code classWeight}: its kind and, for given weights, the weight per class. */
    static NodeWriter writeClassWeight(NodeWriter params, ClassWeight classWeight) {
        return params.object("classWeight", c -> c.choice("kind", classWeight.kind())
                .numbers("weights", classWeight.weights()));
    }

    /**
     * The class weight written by {@link #writeClassWeight}, or {@link ClassWeight#NONE} in a node older than
     * {@code since}, written before estimators had class weights.
     */
    static ClassWeight readClassWeight(NodeReader params, int since) {
        if (params.version() < since) {
            return ClassWeight.NONE;
        }
        NodeReader node = params.object("classWeight");
        return new ClassWeight(node.choice("kind", ClassWeight.Kind.values()), node.numbers("weights"));
    }

    /**
     * Writes {@code classes}: the target's name and type and the class values.
     *
     * @throws IllegalArgumentException if the target is of a type a file cannot hold (a date, say)
     */
    static void writeClasses(NodeWriter state, TargetClasses classes) {
        if (!CLASS_TYPES.contains(classes.type())) {
            throw new IllegalArgumentException("cannot save the classes of target '" + classes.target() + "' of type "
                    + classes.type().name() + ": a model file holds classes of type "
                    + CLASS_TYPES.stream().map(ColumnType::name).toList());
        }
        state.object("classes", c -> c.string("target", classes.target()).string("type", classes.type().name())
                .values("values", classes.values()));
    }

    /** The classes {@link #writeClasses} wrote, each value converted to its column type's Java type. */
    static TargetClasses readClasses(NodeReader state) {
        NodeReader classes = state.object("classes");
        String target = classes.string("target");
        ColumnType type = classes.columnType("type", CLASS_TYPES);
        List<Object> values = new ArrayList<>();
        for (Object value : classes.values("values")) {
            values.add(typed(value, type, classes.path()));
        }
        return TargetClasses.of(target, type, values);
    }

    private static Object typed(Object value, ColumnType type, String path) {
        Object converted = null;
        if (type.equals(ColumnType.STRING) || type.equals(ColumnType.BOOLEAN)) {
            converted = value;
        } else if (value instanceof Long number) {
            converted = type.equals(ColumnType.LONG) ? number : type.equals(ColumnType.INTEGER)
                    ? (number == number.intValue() ? (Object) number.intValue() : null)
                    : type.equals(ColumnType.SHORT) ? (number == number.shortValue() ? (Object) number.shortValue() : null)
                    : null;
        } else if (value instanceof Double number) {
            converted = type.equals(ColumnType.DOUBLE) ? number : type.equals(ColumnType.FLOAT)
                    && number == (double) (float) (double) number ? (Object) (float) (double) number : null;
        }
        if (converted == null) {
            throw new ModelFileException(Archive.MODEL + " at " + path + "/values: " + value + " is not a class of a "
                    + type.name() + " target");
        }
        return converted;
    }

    /** Writes {@code trees} as their concatenated arrays, with each tree's node count. */
    static void writeTrees(NodeWriter state, String key, List<Tree> trees) {
        state.object(key, t -> t.integer("width", trees.isEmpty() ? 1 : trees.get(0).width())
                .integer("features", trees.isEmpty() ? 1 : trees.get(0).features())
                .ints("nodeCounts", trees.stream().mapToInt(Tree::nodeCount).toArray())
                .ints("featureIndices", ints(trees, Tree::featureIndices))
                .doubles("thresholds", doubles(trees, Tree::thresholds))
                .ints("leftChildren", ints(trees, Tree::leftChildren))
                .ints("rightChildren", ints(trees, Tree::rightChildren))
                .doubles("impurities", doubles(trees, Tree::impurities))
                .ints("nodeSamples", ints(trees, Tree::nodeSamples))
                .doubles("weightedNodeSamples", doubles(trees, Tree::weightedNodeSamples))
                .doubles("values", doubles(trees, Tree::values)));
    }

    private static int[] ints(List<Tree> trees, Function<Tree, int[]> part) {
        return trees.stream().map(part).flatMapToInt(IntStream::of).toArray();
    }

    private static double[] doubles(List<Tree> trees, Function<Tree, double[]> part) {
        return trees.stream().map(part).flatMapToDouble(DoubleStream::of).toArray();
    }

    /**
     * The trees {@link #writeTrees} wrote, each rebuilt through {@link Tree#of}, which checks its structure.
     *
     * @throws ModelFileException if the arrays do not add up to the node counts
     */
    static List<Tree> readTrees(NodeReader state, String key) {
        NodeReader t = state.object(key);
        int width = t.intValue("width");
        int features = t.intValue("features");
        int[] counts = t.ints("nodeCounts");
        long total = 0;
        for (int count : counts) {
            if (count < 1) {
                throw new ModelFileException(Archive.MODEL + " at " + t.path() + "/nodeCounts: a tree has at least one"
                        + " node, found " + count);
            }
            total += count;
        }
        int[] feature = t.ints("featureIndices");
        double[] threshold = t.doubles("thresholds");
        int[] left = t.ints("leftChildren");
        int[] right = t.ints("rightChildren");
        double[] impurity = t.doubles("impurities");
        int[] samples = t.ints("nodeSamples");
        double[] weighted = t.doubles("weightedNodeSamples");
        double[] values = t.doubles("values");
        for (int length : new int[] {feature.length, threshold.length, left.length, right.length, impurity.length,
                samples.length, weighted.length}) {
            if (length != total) {
                throw new ModelFileException(Archive.MODEL + " at " + t.path() + ": the node arrays must hold the " + total
                        + " nodes of nodeCounts, one holds " + length);
            }
        }
        if (width < 1 || values.length != total * width) {
            throw new ModelFileException(Archive.MODEL + " at " + t.path() + "/values: must hold width " + width
                    + " times " + total + " nodes, found " + values.length);
        }
        List<Tree> trees = new ArrayList<>(counts.length);
        int at = 0;
        for (int count : counts) {
            int to = at + count;
            trees.add(Tree.of(Arrays.copyOfRange(feature, at, to), Arrays.copyOfRange(threshold, at, to),
                    Arrays.copyOfRange(left, at, to), Arrays.copyOfRange(right, at, to),
                    Arrays.copyOfRange(impurity, at, to), Arrays.copyOfRange(samples, at, to),
                    Arrays.copyOfRange(weighted, at, to), Arrays.copyOfRange(values, at * width, to * width), width,
                    features));
            at = to;
        }
        return trees;
    }

    /** Writes stages of trees as one list of trees and the number of stages. */
    static void writeStages(NodeWriter state, String key, List<List<Tree>> stages) {
        state.integer("stages", stages.size());
        writeTrees(state, key, stages.stream().flatMap(List::stream).toList());
    }

    /**
     * The stages {@link #writeStages} wrote, each with the same number of trees.
     *
     * @throws ModelFileException if the trees do not divide into the stages
     */
    static List<List<Tree>> readStages(NodeReader state, String key) {
        int stages = state.intValue("stages");
        List<Tree> trees = readTrees(state, key);
        if (stages < 1 || stages > trees.size() || trees.size() % stages != 0) {
            throw new ModelFileException(Archive.MODEL + " at " + state.path() + "/stages: " + trees.size()
                    + " trees do not divide into " + stages + " stages");
        }
        int perStage = trees.size() / stages;
        List<List<Tree>> result = new ArrayList<>(stages);
        for (int m = 0; m < stages; m++) {
            result.add(trees.subList(m * perStage, (m + 1) * perStage));
        }
        return result;
    }
}
