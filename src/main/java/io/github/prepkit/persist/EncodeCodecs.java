package io.github.prepkit.persist;

import io.github.prepkit.encode.Binarizer;
import io.github.prepkit.encode.BinarizerModel;
import io.github.prepkit.encode.HandleUnknown;
import io.github.prepkit.encode.KBinsDiscretizer;
import io.github.prepkit.encode.KBinsDiscretizerModel;
import io.github.prepkit.encode.OneHotEncoder;
import io.github.prepkit.encode.OneHotEncoderModel;
import io.github.prepkit.encode.OrdinalEncoder;
import io.github.prepkit.encode.OrdinalEncoderModel;
import io.github.prepkit.encode.TargetEncoder;
import io.github.prepkit.encode.TargetEncoderModel;
import io.github.prepkit.encode.TargetType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The codecs of {@code io.github.prepkit.encode}. */
final class EncodeCodecs {

    static final List<Codec<?>> ALL = List.of(
            Codec.parameters("Binarizer", Binarizer.class,
                    (binarizer, p) -> p.number("threshold", binarizer.threshold()).strings("columns", binarizer.columns()),
                    p -> new Binarizer(p.number("threshold"), p.strings("columns"))),
            Codec.model("BinarizerModel", BinarizerModel.class, Binarizer.class,
                    (model, s) -> s.strings("columns", model.columns()),
                    (binarizer, schema, s) -> BinarizerModel.of(binarizer, schema, s.strings("columns"))),
            Codec.parameters("OneHotEncoder", OneHotEncoder.class,
                    (encoder, p) -> p.strings("columns", encoder.columns()).bool("dropFirst", encoder.dropFirst())
                            .bool("dummyNa", encoder.dummyNa()).choice("handleUnknown", encoder.handleUnknown())
                            .number("minFrequency", encoder.minFrequency()),
                    p -> new OneHotEncoder(p.strings("columns"), p.bool("dropFirst"), p.bool("dummyNa"),
                            p.choice("handleUnknown", HandleUnknown.values()), p.number("minFrequency"))),
            Codec.model("OneHotEncoderModel", OneHotEncoderModel.class, OneHotEncoder.class,
                    (model, s) -> s.objects("columns", List.copyOf(model.categories().keySet()), (column, c) -> c
                            .string("name", column).strings("levels", model.categories().get(column))
                            .strings("infrequentLevels", model.infrequentLevels().get(column))),
                    (encoder, schema, s) -> {
                        List<NodeReader> columns = s.objects("columns");
                        return OneHotEncoderModel.of(encoder, schema, byName(columns, "levels"),
                                byName(columns, "infrequentLevels"));
                    }),
            Codec.parameters("OrdinalEncoder", OrdinalEncoder.class,
                    (encoder, p) -> p.strings("columns", encoder.columns())
                            .objects("categories", List.copyOf(encoder.categories().keySet()), (column, c) -> c
                                    .string("name", column).strings("categories", encoder.categories().get(column)))
                            .choice("handleUnknown", encoder.handleUnknown())
                            .optional("unknownValue", encoder.unknownValue())
                            .optional("encodedMissingValue", encoder.encodedMissingValue()),
                    p -> new OrdinalEncoder(p.strings("columns"), byName(p.objects("categories"), "categories"),
                            p.choice("handleUnknown", HandleUnknown.values()), p.optionalNumber("unknownValue"),
                            p.optionalNumber("encodedMissingValue"))),
            Codec.model("OrdinalEncoderModel", OrdinalEncoderModel.class, OrdinalEncoder.class,
                    (model, s) -> s.objects("columns", model.columns(), (column, c) -> c
                            .string("name", column).strings("categories", model.categories(column))),
                    (encoder, schema, s) -> OrdinalEncoderModel.of(encoder, schema, byName(s.objects("columns"), "categories"))),
            Codec.parameters("TargetEncoder", TargetEncoder.class,
                    (encoder, p) -> p.strings("columns", encoder.columns())
                            .objects("categories", List.copyOf(encoder.categories().keySet()), (column, c) -> c
                                    .string("name", column).strings("categories", encoder.categories().get(column)))
                            .choice("targetType", encoder.targetType()).optional("smooth", encoder.smooth())
                            .integer("cv", encoder.cv()).bool("shuffle", encoder.shuffle())
                            .integer("seed", encoder.seed()),
                    p -> new TargetEncoder(p.strings("columns"), byName(p.objects("categories"), "categories"),
                            p.choice("targetType", TargetType.values()), p.optionalNumber("smooth"), p.intValue("cv"),
                            p.bool("shuffle"), p.integer("seed"))),
            Codec.model("TargetEncoderModel", TargetEncoderModel.class, TargetEncoder.class,
                    (model, s) -> s.choice("targetType", model.targetType()).strings("classes", model.classes())
                            .doubles("targetMean", model.targetMean())
                            .objects("columns", model.columns(), (column, c) -> c.string("name", column)
                                    .strings("categories", model.categories().get(column))
                                    .matrix("encodings", model.encodings(column))),
                    (encoder, schema, s) -> {
                        Map<String, double[][]> encodings = new LinkedHashMap<>();
                        List<NodeReader> columns = s.objects("columns");
                        for (NodeReader column : columns) {
                            encodings.put(column.string("name"), column.matrix("encodings"));
                        }
                        return TargetEncoderModel.of(encoder, schema, byName(columns, "categories"),
                                s.choice("targetType", TargetType.values()), s.strings("classes"),
                                s.doubles("targetMean"), encodings);
                    }),
            Codec.parameters("KBinsDiscretizer", KBinsDiscretizer.class,
                    (discretizer, p) -> p.integer("nBins", discretizer.nBins())
                            .counts("nBinsPerColumn", discretizer.nBinsPerColumn())
                            .choice("encode", discretizer.encode()).choice("strategy", discretizer.strategy())
                            .optional("subsample", discretizer.subsample()).integer("seed", discretizer.seed())
                            .strings("columns", discretizer.columns()),
                    p -> new KBinsDiscretizer(p.intValue("nBins"), p.counts("nBinsPerColumn"),
                            p.choice("encode", KBinsDiscretizer.Encode.values()),
                            p.choice("strategy", KBinsDiscretizer.Strategy.values()), p.optionalInt("subsample"),
                            p.integer("seed"), p.strings("columns"))),
            Codec.model("KBinsDiscretizerModel", KBinsDiscretizerModel.class, KBinsDiscretizer.class,
                    (model, s) -> s.objects("columns", model.columns(), (column, c) -> c
                            .string("name", column).doubles("binEdges", model.binEdges(column))),
                    (discretizer, schema, s) -> {
                        List<String> columns = new ArrayList<>();
                        List<double[]> edges = new ArrayList<>();
                        for (NodeReader column : s.objects("columns")) {
                            columns.add(column.string("name"));
                            edges.add(column.doubles("binEdges"));
                        }
                        return KBinsDiscretizerModel.of(discretizer, schema, columns, edges);
                    }));

    /** Each object's list of strings {@code key} by its {@code name}, in order; a name twice fails. */
    private static Map<String, List<String>> byName(List<NodeReader> columns, String key) {
        Map<String, List<String>> categories = new LinkedHashMap<>();
        for (NodeReader column : columns) {
            String name = column.string("name");
            if (categories.put(name, column.strings(key)) != null) {
                throw new ModelFileException(Archive.MODEL + " at " + column.path() + "/name: column '" + name
                        + "' appears twice");
            }
        }
        return categories;
    }

    private EncodeCodecs() {
    }
}
