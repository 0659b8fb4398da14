package io.github.prepkit.ensemble;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.tree.ClassProbabilities;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What a fitted balanced bagging ensemble ({@link BalancedBaggingClassifierModel},
 * {@link EasyEnsembleClassifierModel}) is and does: its members, each a model of the base estimator fitted on some
 * of the features, and their average. A row's class probabilities are the mean over the members of each member's
 * {@code predictProba} on the row's member features, as scikit-learn's bagging averages its members' probabilities;
 * a member that saw fewer classes adds 0 for the others; the predicted class is the most probable, the first in class
 * order on a tie (numpy's argmax). O(members x a member's prediction) per row. Immutable.
 */
public abstract class BaggingClassifierModel implements ClassifierModel {

    private final Schema schema;
    private final TargetClasses classes;
    private final List<ClassifierModel> members;
    private final List<int[]> features;
    private final List<int[]> memberClasses;
    private final String step;

    /**
     * The members {@code bagging} fits on feature columns {@code schema} and a target with {@code classes}, checked
     * as a fit makes them; the lists and arrays are copied. Only this package's models extend this class.
     *
     * @param step names the model in messages
     * @throws IllegalArgumentException if an argument, a member or a feature array is null, there are fewer than 2
     *                                  classes, not nEstimators members and feature arrays, a member's features are
     *                                  not the size maxFeatures gives, out of range, not ascending or (without
     *                                  bootstrapFeatures) repeated, or a member was not fitted by the base estimator
     *                                  (or a reseeded copy) on its features' columns and types, a target of the
     *                                  same name and some of the classes
     */
    BaggingClassifierModel(BalancedBaggingClassifier bagging, Schema schema, TargetClasses classes,
            List<ClassifierModel> members, List<int[]> features, String step) {
        Checks.notNull(bagging, step + ": estimator");
        Checks.notNull(schema, step + ": schema");
        Checks.notNull(classes, step + ": classes");
        List<ClassifierModel> checkedMembers = Checks.noNulls(members, step + ": estimators");
        List<int[]> checkedFeatures = Checks.noNulls(features, step + ": estimatorsFeatures").stream()
                .map(int[]::clone).toList();
        if (classes.count() < 2) {
            throw new IllegalArgumentException(step + ": a classifier needs at least 2 classes, found " + classes);
        }
        int n = bagging.nEstimators();
        if (checkedMembers.size() != n || checkedFeatures.size() != n) {
            throw new IllegalArgumentException(step + ": the estimator's nEstimators is " + n + ", found "
                    + checkedMembers.size() + " estimators and " + checkedFeatures.size() + " feature arrays");
        }
        List<int[]> classIndexes = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            checkFeatures(checkedFeatures.get(t), bagging, schema.size(), t, step);
            classIndexes.add(checkMember(checkedMembers.get(t), bagging, schema, classes, checkedFeatures.get(t), t,
                    step));
        }
        this.schema = schema;
        this.classes = classes;
        this.members = checkedMembers;
        this.features = checkedFeatures;
        this.memberClasses = List.copyOf(classIndexes);
        this.step = step;
    }

    private static void checkFeatures(int[] features, BalancedBaggingClassifier bagging, int available, int t,
            String step) {
        int expected = Bagging.featureCount(bagging.maxFeatures(), available);
        if (features.length != expected) {
            throw new IllegalArgumentException(step + ": member " + t + " must see " + expected
                    + " features (maxFeatures " + bagging.maxFeatures()
                    + " of " + available + "), found " + features.length);
        }
        for (int j = 0; j < features.length; j++) {
            if (features[j] < 0 || features[j] >= available) {
                throw new IllegalArgumentException(step + ": member " + t + "'s feature " + features[j]
                        + " is not an index of the " + available + " feature columns");
            }
            if (j > 0 && (features[j] < features[j - 1]
                    || features[j] == features[j - 1] && !bagging.bootstrapFeatures())) {
                throw new IllegalArgumentException(step + ": member " + t + "'s features must be ascending"
                        + (bagging.bootstrapFeatures() ? "" : " and distinct (bootstrapFeatures is false)") + ", found "
                        + features[j - 1] + " before " + features[j]);
            }
        }
    }

    /** Checks member {@code t} and returns, for each of its classes, the ensemble class it is. */
    private static int[] checkMember(ClassifierModel member, BalancedBaggingClassifier bagging, Schema schema,
            TargetClasses classes, int[] features, int t, String step) {
        if (!Bagging.fittedFrom(member.estimator(), bagging.estimator())) {
            throw new IllegalArgumentException(step + ": member " + t + " was fitted by " + member.estimator()
                    + ", not by the base estimator " + bagging.estimator() + " or a copy of it with another seed");
        }
        List<String> columns = Bagging.memberColumns(schema.names(), features);
        List<ColumnType> types = new ArrayList<>();
        for (int feature : features) {
            types.add(schema.types().get(feature));
        }
        if (!member.schema().equals(Schema.of(columns, types))) {
            throw new IllegalArgumentException(step + ": member " + t + " must be fitted on the columns "
                    + Schema.of(columns, types) + ", found " + member.schema());
        }
        TargetClasses own = member.targetClasses();
        if (!own.target().equals(classes.target())) {
            throw new IllegalArgumentException(step + ": member " + t + " learned target '" + own.target()
                    + "', the ensemble '" + classes.target() + "'");
        }
        int[] indexes = new int[own.count()];
        for (int k = 0; k < indexes.length; k++) {
            indexes[k] = classes.names().indexOf(own.names().get(k));
            if (indexes[k] < 0) {
                throw new IllegalArgumentException(step + ": member " + t + "'s class '" + own.names().get(k)
                        + "' is not one of the ensemble's classes " + classes.names());
            }
        }
        return indexes;
    }

    @Override
    public final Schema schema() {
        return schema;
    }

    @Override
    public final TargetClasses targetClasses() {
        return classes;
    }

    /** The fitted members, in order, each a model of the base estimator (imbalanced-learn's {@code estimators_}). */
    public final List<ClassifierModel> estimators() {
        return members;
    }

    /** Each member's features as indexes into the schema's columns, ascending; copies. */
    final List<int[]> features() {
        return features.stream().map(int[]::clone).toList();
    }

    /**
     * The mean of the members' class probabilities: one double column per class, named as {@link #classes()}.
     *
     * @throws IllegalArgumentException if the columns differ from the fitted ones or a numeric feature holds an
     *                                  infinite value, naming the column, or as a member's predictProba
     */
    @Override
    public final Table predictProba(Table features) {
        return ClassProbabilities.table(classes.names(), probabilities(features));
    }

    /**
     * The most probable class of each row, as a column of the target's name and type.
     *
     * @throws IllegalArgumentException as {@link #predictProba}
     */
    @Override
    public final Column<?> predict(Table features) {
        return classes.decode(ClassProbabilities.mostProbable(probabilities(features), classes.count()));
    }

    private double[] probabilities(Table table) {
        schema.check(table, step);
        Bagging.noInfinity(table, step);
        int k = classes.count();
        int rows = table.rowCount();
        double[] sums = new double[rows * k];
        for (int t = 0; t < members.size(); t++) {
            Table proba = members.get(t).predictProba(Bagging.memberView(table, schema.names(), features.get(t)));
            int[] to = memberClasses.get(t);
            for (int c = 0; c < to.length; c++) {
                NumericColumn<?> column = proba.numberColumn(c);
                for (int i = 0; i < rows; i++) {
                    sums[i * k + to[c]] += column.getDouble(i);
                }
            }
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] /= members.size();
        }
        return sums;
    }

    /** {@code XModel on [a, b]: 10 members (DecisionTreeClassifierModel), classes [x, y]}. */
    @Override
    public final String toString() {
        String kinds = members.stream().map(m -> m.getClass().getSimpleName()).distinct()
                .collect(Collectors.joining(", "));
        return getClass().getSimpleName() + " on " + Summary.names(schema.names()) + ": " + members.size()
                + " members (" + kinds + "), classes " + Summary.names(classes.names());
    }
}
