package io.github.prepkit.resample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.data.Datasets;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class SMOTETomekTest {

    @Test
    void defaultsAreImbalancedLearns() {
        assertEquals(new SMOTE(), new SMOTETomek().smote());
        assertEquals(SamplingStrategy.ALL, new SMOTETomek().tomek().samplingStrategy());
        assertEquals(7, new SMOTETomek().seed(7).smote().seed());
        assertEquals(2, new SMOTETomek().nJobs(2).tomek().nJobs());
        assertThrows(IllegalArgumentException.class, () -> new SMOTETomek(null, new TomekLinks()));
    }

    @Test
    void isTomekLinksOnSmotesOutput() {
        Table cancer = Datasets.load("breast_cancer").selectColumns("mean_radius", "mean_texture", "diagnosis");
        Table smoted = new SMOTE().seed(3).fitResample(cancer, "diagnosis");
        Table expected = new TomekLinks().samplingStrategy(SamplingStrategy.ALL).fitResample(smoted, "diagnosis");
        assertEquals(expected.toString(), new SMOTETomek().seed(3).nJobs(1).fitResample(cancer, "diagnosis").toString());
    }
}
