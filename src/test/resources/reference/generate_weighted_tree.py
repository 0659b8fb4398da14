"""Writes the reference cases of scikit-learn's DecisionTreeClassifier fitted with sample weights under tree/weighted/.

Run it from anywhere with Debian's Python (python3-sklearn 1.2.1, python3-numpy, python3-pandas):

    /usr/bin/python3 src/test/resources/reference/generate_weighted_tree.py

The data are made so that the tree is scikit-learn's whatever the random feature order, and so prepkit's too:
- every feature value is an odd multiple of 1/128 (make_classification's values rounded to that grid), so that
  scikit-learn's float32 copy of X holds them exactly, a threshold (the midpoint of two values) is exact in both
  libraries, and no value is a whole number (Tablesaw reads every column as doubles);
- the weights are drawn at random (some exactly 0 in one case), so that two splits almost never improve the impurity
  by the same amount; the script checks it: the fitted tree (features and thresholds; node values to 1e-13, as the
  order of their sums changes) must be the same for random_state 0..19, else it refuses the case.

Each case is a folder tree/weighted/<name>/ holding:
- input.csv: the features x0.., the target "label" (whole-number classes) and the weight of each row, "weight";
- query.csv: rows to predict, the same features;
- params.json: "class", the parameters under scikit-learn's names (the others are its defaults), "target",
  "weight" (the weight column) and a "note";
- expected.csv: predict_proba of the query rows, one column per class named after it.
"""
import json
import os

import numpy as np
import pandas as pd
from sklearn.datasets import make_classification
from sklearn.tree import DecisionTreeClassifier

HERE = os.path.dirname(os.path.abspath(__file__))
WEIGHTED = os.path.join(HERE, "tree", "weighted")
SEEDS = range(20)


def grid_data(rows, features, classes, seed, informative):
    """make_classification's rows, every value moved to the nearest odd multiple of 1/128, target "label"."""
    x, y = make_classification(n_samples=rows, n_features=features, n_informative=informative, n_redundant=0,
                               n_classes=classes, n_clusters_per_class=1, flip_y=0.05, random_state=seed)
    x = (np.floor(x * 64) + 0.5) / 64
    data = pd.DataFrame(x, columns=[f"x{j}" for j in range(features)])
    data["label"] = y
    return data


def same_for_every_seed(fit):
    """Fails unless fit(random_state) gives the same tree for every seed: no exact tie between features decides."""
    first = fit(0).tree_
    for seed in SEEDS:
        tree = fit(seed).tree_
        if not (np.array_equal(tree.feature, first.feature) and np.array_equal(tree.threshold, first.threshold)
                and np.allclose(tree.value, first.value, rtol=1e-13, atol=0)):
            raise SystemExit(f"random_state {seed} grows another tree: the case has an exact tie")


def write_case(name, data, weights, query, params, note):
    x = data.drop(columns=["label"])

    def fit(seed):
        return DecisionTreeClassifier(random_state=seed, **params).fit(x, data["label"], sample_weight=weights)

    same_for_every_seed(fit)
    tree = fit(0)
    proba = tree.predict_proba(query)
    folder = os.path.join(WEIGHTED, name)
    os.makedirs(folder, exist_ok=True)
    data.assign(weight=weights).to_csv(os.path.join(folder, "input.csv"), index=False)
    query.to_csv(os.path.join(folder, "query.csv"), index=False)
    pd.DataFrame(proba, columns=[str(c) for c in tree.classes_]).to_csv(os.path.join(folder, "expected.csv"),
                                                                         index=False, float_format="%.17g")
    with open(os.path.join(folder, "params.json"), "w") as f:
        json.dump({"class": "DecisionTreeClassifier", "params": params, "target": "label", "weight": "weight",
                   "note": note}, f, indent=2)
        f.write("\n")
    print(name, "nodes", tree.tree_.node_count, "depth", tree.get_depth())


def case(name, rows, features, classes, seed, informative, weights, params, note):
    data = grid_data(rows + 100, features, classes, seed, informative)
    write_case(name, data.iloc[:rows].reset_index(drop=True), weights(np.random.RandomState(seed), rows),
               data.iloc[rows:].drop(columns=["label"]).reset_index(drop=True), params, note)


def main():
    case("binary_gini", 300, 5, 2, 11, 3, lambda rng, n: np.round(rng.uniform(0.2, 3.0, n), 3),
         {"max_depth": 3, "min_samples_leaf": 10},
         "two classes, Gini, depth 3, at least 10 rows a leaf; weights uniform in [0.2, 3]")
    case("three_classes_entropy_zero_weights", 360, 6, 3, 12, 4,
         lambda rng, n: np.where(rng.uniform(size=n) < 0.15, 0.0, rng.exponential(1.0, n)),
         {"criterion": "entropy", "max_depth": 4, "min_samples_leaf": 5},
         "three classes, entropy, depth 4, at least 5 rows a leaf; weights exponential, 15 % of them exactly 0")
    case("four_classes_min_split", 400, 5, 4, 13, 4, lambda rng, n: rng.uniform(0.5, 2.5, n),
         {"max_depth": 5, "min_samples_split": 20, "min_samples_leaf": 6},
         "four classes, Gini, depth 5, at least 20 rows to split a node and 6 a leaf; weights uniform in [0.5, 2.5]")


if __name__ == "__main__":
    main()
