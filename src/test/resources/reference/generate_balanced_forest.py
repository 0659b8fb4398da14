"""Writes the reference cases of imbalanced-learn's BalancedRandomForestClassifier under ensemble/balanced_forest/.

Run it from anywhere with Debian's Python (python3-imblearn 0.10.0, python3-sklearn 1.2.1, python3-pandas):

    /usr/bin/python3 src/test/resources/reference/generate_balanced_forest.py

A forest's trees depend on the random stream, and prepkit's (Java's SplittableRandom) is not numpy's, so the cases
record a distribution, not trees: imbalanced-learn's test balanced accuracy for random_state 0..9. prepkit's mean
over its seeds 0..9 must lie within imbalanced-learn's [min, max].

Each case is a folder ensemble/balanced_forest/<name>/ holding:
- input.csv: the training rows (features and the target), a stratified 75 % of the data
  (sklearn.model_selection.train_test_split(test_size=0.25, stratify=y, random_state=42));
- query.csv: the test rows, the same columns;
- params.json: "class", the estimator's parameters under imbalanced-learn's names (the others are its defaults),
  "target", the target column, "seeds", the random_state values, and a "note";
- expected.json: "balanced_accuracy", the test balanced accuracy per seed in order, and its "min", "max" and "mean".

The cases:
- breast_cancer: the 30 features, diagnosis (212 malignant, 357 benign), default parameters;
- wine: the 13 features, cultivar (59 / 71 / 48), default parameters;
- synthetic_three_classes: 1200 rows of make_classification (6 features, 4 informative, classes 70 / 20 / 10 %,
  random_state 3), rounded to one decimal so that many values tie, classes named "big", "mid" and "small";
  default parameters;
- breast_cancer_replacement: breast_cancer with replacement=True, bootstrap=False (each tree grows on its balanced
  subset drawn with replacement), max_depth 4.
"""
import json
import os

import numpy as np
import pandas as pd
from imblearn.ensemble import BalancedRandomForestClassifier
from sklearn.datasets import make_classification
from sklearn.metrics import balanced_accuracy_score
from sklearn.model_selection import train_test_split

HERE = os.path.dirname(os.path.abspath(__file__))
DATASETS = os.path.join(HERE, "..", "..", "..", "..", "datasets")
SEEDS = list(range(10))


def synthetic():
    x, y = make_classification(n_samples=1200, n_features=6, n_informative=4, n_redundant=0, n_classes=3,
                               n_clusters_per_class=1, weights=[0.7, 0.2, 0.1], random_state=3)
    data = pd.DataFrame(np.round(x, 1), columns=[f"x{j}" for j in range(6)])
    data["label"] = np.array(["big", "mid", "small"])[y]
    return data


def write_case(name, data, target, params, note, estimator=BalancedRandomForestClassifier, area="balanced_forest"):
    """Fits estimator(random_state=seed, **params) for every seed and writes the case under ensemble/<area>/<name>/."""
    train, test = train_test_split(data, test_size=0.25, stratify=data[target], random_state=42)
    scores = []
    for seed in SEEDS:
        model = estimator(random_state=seed, **params)
        model.fit(train.drop(columns=[target]), train[target])
        scores.append(float(balanced_accuracy_score(test[target], model.predict(test.drop(columns=[target])))))
    folder = os.path.join(HERE, "ensemble", area, name)
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


def main():
    cancer = pd.read_csv(os.path.join(DATASETS, "breast_cancer.csv"))
    wine = pd.read_csv(os.path.join(DATASETS, "wine.csv"))
    write_case("breast_cancer", cancer, "diagnosis", {}, "default parameters; test balanced accuracy per seed")
    write_case("wine", wine, "cultivar", {}, "default parameters; test balanced accuracy per seed")
    write_case("synthetic_three_classes", synthetic(), "label", {},
               "imbalanced 70/20/10 % classes, values rounded to one decimal (ties); default parameters")
    write_case("breast_cancer_replacement", cancer, "diagnosis",
               {"replacement": True, "bootstrap": False, "max_depth": 4},
               "subsets drawn with replacement, no bootstrap, depth 4")


if __name__ == "__main__":
    main()
