package io.github.prepkit.base;

import io.github.prepkit.data.Schema;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Test doubles: fitted models made of a lambda (their estimator), with an empty schema, for tests of what holds models. */
public final class LambdaModels {

    private static final Schema NONE = Schema.of(List.of(), List.of());

    private LambdaModels() {
    }

    /** A predictor model whose predictions are {@code predict}'s. */
    public static PredictorModel predictor(Function<Table, Column<?>> predict) {
        return new PredictorModel() {
            @Override
            public Column<?> predict(Table features) {
                return predict.apply(features);
            }

            @Override
            public Object estimator() {
                return predict;
            }

            @Override
            public Schema schema() {
                return NONE;
            }
        };
    }

    /** A transformer model whose output is {@code transform}'s. */
    public static TransformerModel transformer(UnaryOperator<Table> transform) {
        return new TransformerModel() {
            @Override
            public Table transform(Table table) {
                return transform.apply(table);
            }

            @Override
            public Object estimator() {
                return transform;
            }

            @Override
            public Schema schema() {
                return NONE;
            }
        };
    }
}
