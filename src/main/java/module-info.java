/**
 * prepkit: data preparation and machine learning on Tablesaw tables, with scikit-learn's numbers.
 *
 * <p>Every package a user touches is exported; the kernels the packages share live in the non-exported
 * {@code io.github.prepkit.internal.*} packages, and the two programs ({@code demo}, {@code cli}) are run, not
 * imported. The {@code spark} package is for the class path, where Spark runs: Spark's jars have no module names, so
 * it is compiled reading the unnamed module and not exported. Tablesaw and Commons Math have no module descriptors:
 * their module names ({@code tablesaw.core}, {@code commons.math3}) are the ones the JDK derives from their jar
 * names. On the class path prepkit works as any jar. The library logs through {@code System.Logger}; only the two programs read {@code java.logging}, to print
 * each log record as one line ({@code cli.ConsoleLogging}).
 */
module io.github.prepkit {
    requires transitive tablesaw.core;
    requires commons.math3;
    requires com.fasterxml.jackson.core;
    requires org.knowm.xchart;
    requires me.tongfei.progressbar;
    requires java.desktop;
    requires java.logging;
    // Tablesaw, an automatic module, uses these named modules without declaring them: resolve them for it
    requires io.github.classgraph;
    requires org.slf4j;
    requires roaringbitmap;
    requires java.sql;

    exports io.github.prepkit.base;
    exports io.github.prepkit.cluster;
    exports io.github.prepkit.data;
    exports io.github.prepkit.decomposition;
    exports io.github.prepkit.encode;
    exports io.github.prepkit.ensemble;
    exports io.github.prepkit.featureselection;
    exports io.github.prepkit.exercises;
    exports io.github.prepkit.impute;
    exports io.github.prepkit.inspection;
    exports io.github.prepkit.linear;
    exports io.github.prepkit.metrics;
    exports io.github.prepkit.neighbors;
    exports io.github.prepkit.outliers;
    exports io.github.prepkit.persist;
    exports io.github.prepkit.pipeline;
    exports io.github.prepkit.plot;
    exports io.github.prepkit.resample;
    exports io.github.prepkit.scale;
    exports io.github.prepkit.selection;
    exports io.github.prepkit.stats;
    exports io.github.prepkit.transform;
    exports io.github.prepkit.tree;
}
