package io.github.prepkit.spark;

import io.github.prepkit.base.Transformer;
import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.encode.OneHotEncoder;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.scale.MinMaxScaler;
import io.github.prepkit.scale.RobustScaler;
import io.github.prepkit.scale.StandardScaler;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The transformers fitted on the cluster from exact aggregates, each to the model its local fit gives, bit for bit;
 * empty for the others, which {@link PrepkitSpark} fits on the driver.
 */
final class ClusterFits {

    private ClusterFits() {
    }

    static Optional<TransformerModel> fit(Transformer<?> estimator, Dataset<Row> data) {
        if (estimator instanceof MinMaxScaler scaler) {
            return Optional.of(MinMaxOnSpark.fit(scaler, data));
        }
        if (estimator instanceof OneHotEncoder encoder && OneHotOnSpark.fits(encoder)) {
            return Optional.of(OneHotOnSpark.fit(encoder, data));
        }
        if (estimator instanceof SimpleImputer imputer && SimpleImputerOnSpark.fits(imputer)) {
            return Optional.of(SimpleImputerOnSpark.fit(imputer, data));
        }
        if (estimator instanceof SimpleImputer imputer && CentralImputerOnSpark.fits(imputer)) {
            return Optional.of(CentralImputerOnSpark.fit(imputer, data));
        }
        if (estimator instanceof StandardScaler scaler) {
            return Optional.of(StandardScalerOnSpark.fit(scaler, data));
        }
        if (estimator instanceof RobustScaler scaler) {
            return Optional.of(RobustScalerOnSpark.fit(scaler, data));
        }
        return Optional.empty();
    }
}
