package io.github.prepkit.resample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.data.Datasets;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class SMOTEENNTest {

    @Test
    void defaultsAreImbalancedLearns() {
        assertEquals(new SMOTE(), new SMOTEENN().smote());
        assertEquals(SamplingStrategy.ALL, new SMOTEENN().enn().samplingStrategy());
        assertEquals(7, new SMOTEENN().seed(7).smote().seed());
        assertEquals(2, new SMOTEENN().nJobs(2).enn().nJobs());
        assertThrows(IllegalArgumentException.class, () -> new SMOTEENN(null, new EditedNearestNeighbours()));
    }

    @Test
    void isEditedNearestNeighboursOnSmotesOutput() {
        Table cancer = Datasets.load("breast_cancer").selectColumns("mean_radius", "mean_texture", "diagnosis");
        Table smoted = new SMOTE().seed(3).fitResample(cancer, "diagnosis");
        Table expected = new EditedNearestNeighbours().samplingStrategy(SamplingStrategy.ALL).fitResample(smoted, "diagnosis");
        assertEquals(expected.toString(), new SMOTEENN().seed(3).nJobs(1).fitResample(cancer, "diagnosis").toString());
    }
}
