package io.github.prepkit.persist;

import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.Model;
import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.encode.HandleUnknown;
import io.github.prepkit.encode.KBinsDiscretizer;
import io.github.prepkit.encode.OneHotEncoder;
import io.github.prepkit.encode.OrdinalEncoder;
import io.github.prepkit.encode.OrdinalEncoderModel;
import io.github.prepkit.encode.TargetEncoder;
import io.github.prepkit.encode.TargetEncoderModel;
import io.github.prepkit.encode.TargetType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The encoders' models, with their parameters off their defaults, saved and loaded bit for bit. */
class EncodeCodecsTest {

    private static Table table() {
        return Table.create("t",
                StringColumn.create("color", "red", "blue", "", "green", "red", "blue"),
                IntColumn.create("k", 3, 1, 2, 3, 1, 40),
                DoubleColumn.create("x", 0.5, -1.25, 3, 7.5, 2, 2),
                DoubleColumn.create("flat", 4, 4, 4, 4, 4, 4));
    }

    private static void roundTrip(TransformerModel model) {
        byte[] bytes = ModelFiles.toBytes(model);
        TransformerModel loaded = ModelFiles.fromBytes(bytes, TransformerModel.class);
        assertEquals(model.getClass(), loaded.getClass());
        assertEquals(((Model) model).schema(), loaded.schema());
        assertTableIdentical(model.transform(table()), loaded.transform(table()));
        assertArrayEquals(bytes, ModelFiles.toBytes(loaded));
    }

    @Test
    void ordinalEncodersRoundTrip() {
        roundTrip(new OrdinalEncoder().fit(table()));
        roundTrip(new OrdinalEncoder().columns("color", "k").categories("color", "red", "green", "blue", "")
                .categories("k", "1", "2", "3", "40").unknownValue(Double.NaN).encodedMissingValue(-2).fit(table()));
        roundTrip(new OrdinalEncoder().columns("x", "color").unknownValue(-1).fit(table()));
    }

    @Test
    void targetEncodersRoundTrip() {
        Table features = table();
        roundTrip(new TargetEncoder().fit(features, IntColumn.create("y", 0, 1, 1, 0, 1, 0)));
        roundTrip(new TargetEncoder().columns("color", "k").smooth(0.75).cv(2).shuffle(false).seed(4)
                .categories("k", "1", "3", "40").fit(features, StringColumn.create("y", "p", "q", "r", "p", "q", "r")));
        roundTrip(new TargetEncoder().targetType(TargetType.CONTINUOUS).columns("x", "color")
                .fit(features, DoubleColumn.create("y", 0.1, 1e-300, -3, 2e5, 7, 7)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTargetEncoderModelWithEncodingsOfTheWrongShapeIsRefused() {
        byte[] bytes = ModelFiles.toBytes(new TargetEncoder().fit(table(), IntColumn.create("y", 0, 1, 1, 0, 1, 0)));
        Map<String, Object> root = (Map<String, Object>) Json.parse(Archive.read(bytes).entries().get(Archive.MODEL),
                Archive.MODEL);
        ((Map<String, Object>) root.get("state")).put("classes", new ArrayList<>(List.of("0", "1", "2")));
        byte[] damaged = Archive.write(Json.write(root), List.of(), "a test");
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> ModelFiles.fromBytes(damaged, TargetEncoderModel.class));
        assertTrue(e.getMessage().contains("classes"), e.getMessage());
    }

    @Test
    void discretizersRoundTrip() {
        roundTrip(new KBinsDiscretizer().nBins(3).fit(table()));
        roundTrip(new KBinsDiscretizer().nBins(2).nBins("x", 4).encode(KBinsDiscretizer.Encode.ORDINAL)
                .strategy(KBinsDiscretizer.Strategy.KMEANS).columns("x", "k", "flat").fit(table()));
        roundTrip(new KBinsDiscretizer().strategy(KBinsDiscretizer.Strategy.QUANTILE).subsample(4).seed(9)
                .fit(table()));
        roundTrip(new KBinsDiscretizer().strategy(KBinsDiscretizer.Strategy.UNIFORM).fit(table()));
    }

    @Test
    void aOneHotEncoderKeepsItsFileFormat() {
        byte[] bytes = ModelFiles.toBytes(new OneHotEncoder().handleUnknown(HandleUnknown.IGNORE).fit(table()));
        String json = new String(Archive.read(bytes).entries().get(Archive.MODEL), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"handleUnknown\" : \"IGNORE\""), json);
    }

    @Test
    @SuppressWarnings("unchecked")
    void categoriesNotAsFitLearnsThemAreRefusedNamingTheColumn() {
        byte[] bytes = ModelFiles.toBytes(new OrdinalEncoder().fit(table()));
        Map<String, Object> root = (Map<String, Object>) Json.parse(Archive.read(bytes).entries().get(Archive.MODEL),
                Archive.MODEL);
        List<Map<String, Object>> columns = (List<Map<String, Object>>) ((Map<String, Object>) root.get("state"))
                .get("columns");
        columns.get(0).put("categories", new ArrayList<>(List.of("red", "blue")));
        byte[] damaged = Archive.write(Json.write(root), List.of(), "a test");
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> ModelFiles.fromBytes(damaged, OrdinalEncoderModel.class));
        assertTrue(e.getMessage().contains("column 'color'"), e.getMessage());
    }
}
