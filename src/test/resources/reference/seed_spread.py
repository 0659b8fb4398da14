"""What the seed-spread generators share (generate_balanced_forest.py, generate_balanced_bagging.py,
generate_easy_ensemble.py): the synthetic three-class data set and the writing of one case.

A random ensemble's members depend on the random stream, and prepkit's (Java's SplittableRandom) is not numpy's, so a
seed-spread case records a distribution, not members: the peer's test balanced accuracy for random_state 0..9 on a
fixed stratified split. prepkit's mean over its seeds 0..9 must lie within the peer's [min, max] (SeedSpread.java).

Each case is a folder <root>/<name>/ holding:
- input.csv: the training rows (features and the target), a stratified 75 % of the data
  (sklearn.model_selection.train_test_split(test_size=0.25, stratify=y, random_state=42));
- query.csv: the test rows, the same columns;
- params.json: "class", the estimator's class name, "params", its parameters under the peer's names (the others are
  its defaults), "target", the target column, "seeds", the random_state values, and a "note";
- expected.json: "balanced_accuracy", the test balanced accuracy per seed in order, and its "min", "max" and "mean".
"""
import json
import os

import numpy as np
import pandas as pd
from sklearn.datasets import make_classification
from sklearn.metrics import balanced_accuracy_score
from sklearn.model_selection import train_test_split

HERE = os.path.dirname(os.path.abspath(__file__))
DATASETS = os.path.join(HERE, "..", "..", "..", "..", "datasets")
SEEDS = list(range(10))


def dataset(name):
    """A bundled data set of datasets/, by file name without .csv."""
    return pd.read_csv(os.path.join(DATASETS, name + ".csv"))


def synthetic():
    """1200 rows of make_classification (6 features, 4 informative, classes 70 / 20 / 10 %, random_state 3), rounded
    to one decimal so that many values tie, classes named "big", "mid" and "small"."""
    x, y = make_classification(n_samples=1200, n_features=6, n_informative=4, n_redundant=0, n_classes=3,
                               n_clusters_per_class=1, weights=[0.7, 0.2, 0.1], random_state=3)
    data = pd.DataFrame(np.round(x, 1), columns=[f"x{j}" for j in range(6)])
    data["label"] = np.array(["big", "mid", "small"])[y]
    return data


def write_case(root, estimator, name, data, target, params, note):
    """Fits estimator(random_state=seed, **params) for each seed on the training part of data and writes the case
    folder root/name."""
    train, test = train_test_split(data, test_size=0.25, stratify=data[target], random_state=42)
    scores = []
    for seed in SEEDS:
        model = estimator(random_state=seed, **params)
        model.fit(train.drop(columns=[target]), train[target])
        scores.append(float(balanced_accuracy_score(test[target], model.predict(test.drop(columns=[target])))))
    folder = os.path.join(root, name)
    os.makedirs(folder, exist_ok=True)
    train.to_csv(os.path.join(folder, "input.csv"), index=False)
    test.to_csv(os.path.join(folder, "query.csv"), index=False)
    with open(os.path.join(folder, "params.json"), "w") as f:
        json.dump({"class": estimator.__name__, "params": params, "target": target, "seeds": SEEDS,
                   "note": note}, f, indent=2)
        f.write("\n")
    with open(os.path.join(folder, "expected.json"), "w") as f:
        json.dump({"balanced_accuracy": scores, "min": min(scores), "max": max(scores),
                   "mean": float(np.mean(scores))}, f, indent=2)
        f.write("\n")
    print(name, "min", min(scores), "max", max(scores), "mean", np.mean(scores))
