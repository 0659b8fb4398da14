package io.github.prepkit.featureselection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.persist.ModelFiles;
import io.github.prepkit.pipeline.ClassifierPipelineModel;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.scale.StandardScaler;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** SelectKBest between a scaler and a logistic regression: fitted with the target, saved and loaded. */
class SelectionPipelineTest {

    @Test
    void theClassifierLearnsFromTheSelectedColumnsAndTheFileKeepsThem() {
        Table wine = Datasets.load("wine");
        Table features = Columns.without(wine, "cultivar");
        ClassifierPipelineModel model = Pipeline.steps().transform("scale", new StandardScaler())
                .transform("select", new SelectKBest().k(4)).classifier("logistic", new LogisticRegression().nJobs(1))
                .fit(wine, "cultivar");
        Table scaled = new StandardScaler().fit(features).transform(features);
        SelectKBestModel selector = new SelectKBest().k(4).fit(scaled, wine.column("cultivar"));
        Table selected = selector.transform(scaled);
        assertEquals(4, selected.columnCount());
        var byHand = new LogisticRegression().nJobs(1).fit(selected, wine.column("cultivar"));
        assertEquals(byHand.predict(selected).asList(), model.predict(features).asList());
        ClassifierPipelineModel loaded = ModelFiles.fromBytes(ModelFiles.toBytes(model), ClassifierPipelineModel.class);
        assertEquals(model.predict(features).asList(), loaded.predict(features).asList());
        assertEquals(selector.selected(), loaded.step("select", SelectKBestModel.class).selected());
    }
}
