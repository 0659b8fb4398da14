package io.github.prepkit.persist;

import io.github.prepkit.outliers.IqrDetector;
import io.github.prepkit.outliers.IqrDetectorModel;
import io.github.prepkit.outliers.MahalanobisDetector;
import io.github.prepkit.outliers.MahalanobisDetectorModel;
import io.github.prepkit.outliers.ZScoreDetector;
import io.github.prepkit.outliers.ZScoreDetectorModel;
import java.util.List;

/** The codecs of {@code io.github.prepkit.outliers}. */
final class OutlierCodecs {

    static final List<Codec<?>> ALL = List.of(
            Codec.parameters("ZScoreDetector", ZScoreDetector.class,
                    (detector, p) -> p.number("threshold", detector.threshold()).strings("columns", detector.columns()),
                    p -> new ZScoreDetector(p.number("threshold"), p.strings("columns"))),
            Codec.model("ZScoreDetectorModel", ZScoreDetectorModel.class, ZScoreDetector.class,
                    (model, s) -> s.strings("columns", model.columns()).doubles("mean", model.mean())
                            .doubles("std", model.std()),
                    (detector, schema, s) -> ZScoreDetectorModel.of(detector, schema, s.strings("columns"),
                            s.doubles("mean"), s.doubles("std"))),
            Codec.parameters("IqrDetector", IqrDetector.class,
                    (detector, p) -> p.number("threshold", detector.threshold()).strings("columns", detector.columns()),
                    p -> new IqrDetector(p.number("threshold"), p.strings("columns"))),
            Codec.model("IqrDetectorModel", IqrDetectorModel.class, IqrDetector.class,
                    (model, s) -> s.strings("columns", model.columns()).doubles("q1", model.q1())
                            .doubles("q3", model.q3()),
                    (detector, schema, s) -> IqrDetectorModel.of(detector, schema, s.strings("columns"), s.doubles("q1"),
                            s.doubles("q3"))),
            Codec.parameters("MahalanobisDetector", MahalanobisDetector.class,
                    (detector, p) -> p.optional("threshold", detector.threshold()).strings("columns", detector.columns()),
                    p -> new MahalanobisDetector(p.optionalNumber("threshold"), p.strings("columns"))),
            Codec.model("MahalanobisDetectorModel", MahalanobisDetectorModel.class, MahalanobisDetector.class,
                    (model, s) -> s.strings("columns", model.columns()).doubles("mean", model.mean())
                            .matrix("covariance", model.covariance()),
                    (detector, schema, s) -> MahalanobisDetectorModel.of(detector, schema, s.strings("columns"),
                            s.doubles("mean"), s.matrix("covariance"))));

    private OutlierCodecs() {
    }
}
