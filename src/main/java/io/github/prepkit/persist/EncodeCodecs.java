package io.github.prepkit.persist;

import io.github.prepkit.encode.HandleUnknown;
import io.github.prepkit.encode.OneHotEncoder;
import io.github.prepkit.encode.OneHotEncoderModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The codecs of {@code io.github.prepkit.encode}. */
final class EncodeCodecs {

    static final List<Codec<?>> ALL = List.of(
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
                        Map<String, List<String>> levels = new LinkedHashMap<>();
                        Map<String, List<String>> infrequent = new LinkedHashMap<>();
                        for (NodeReader column : s.objects("columns")) {
                            String name = column.string("name");
                            if (levels.put(name, column.strings("levels")) != null) {
                                throw new ModelFileException(Archive.MODEL + " at " + column.path() + "/name: column '"
                                        + name + "' appears twice");
                            }
                            infrequent.put(name, column.strings("infrequentLevels"));
                        }
                        return OneHotEncoderModel.of(encoder, schema, levels, infrequent);
                    }));

    private EncodeCodecs() {
    }
}
