package io.github.prepkit.persist;

import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Datasets;
import io.github.prepkit.scale.MinMaxScaler;
import io.github.prepkit.scale.MinMaxScalerModel;
import io.github.prepkit.scale.RobustScaler;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.scale.StandardScalerModel;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class ModelFilesTest {

    @TempDir
    Path folder;

    private static Table wine() {
        return Datasets.load("wine").removeColumns("cultivar");
    }

    @Test
    void aSavedModelLoadsAndTransformsBitForBit() throws IOException {
        StandardScalerModel model = new StandardScaler().fit(wine());
        Path file = folder.resolve("scaler.prepkit");
        ModelFiles.save(model, file);
        StandardScalerModel loaded = ModelFiles.load(file, StandardScalerModel.class);
        assertTableIdentical(model.transform(wine()), loaded.transform(wine()));
        assertEquals(model.estimator(), loaded.estimator());
        assertEquals(model.schema(), loaded.schema());
    }

    @Test
    void savingALoadedModelWritesTheSameBytes() {
        MinMaxScalerModel model = new MinMaxScaler().featureRange(-1, 2).clip(true).fit(wine());
        byte[] bytes = ModelFiles.toBytes(model);
        assertArrayEquals(bytes, ModelFiles.toBytes(ModelFiles.fromBytes(bytes, MinMaxScalerModel.class)));
        assertArrayEquals(bytes, ModelFiles.toBytes(new MinMaxScaler().featureRange(-1, 2).clip(true).fit(wine())));
    }

    @Test
    void aModelOfAnotherTypeIsRefusedNamingBoth() {
        byte[] bytes = ModelFiles.toBytes(new RobustScaler().fit(wine()));
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> ModelFiles.fromBytes(bytes, StandardScalerModel.class));
        assertEquals("model.json at : expected StandardScalerModel, found RobustScalerModel", e.getMessage());
    }

    @Test
    void inspectDescribesTheFileWithoutBuildingIt() throws IOException {
        Path file = folder.resolve("scaler.prepkit");
        ModelFiles.save(new StandardScaler().columns("alcohol", "proline").fit(wine()), file);
        String text = ModelFiles.inspect(file);
        assertTrue(text.startsWith("scaler.prepkit: prepkit-model format 1, written by prepkit "), text);
        assertTrue(text.contains("StandardScalerModel on [alcohol: DOUBLE"), text);
        assertTrue(text.contains("fitted by StandardScaler {withMean=true, withStd=true, columns=[alcohol, proline]}"), text);
    }
}
