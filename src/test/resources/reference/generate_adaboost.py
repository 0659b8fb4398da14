"""Writes the reference cases of scikit-learn's AdaBoostClassifier under ensemble/adaboost/.

Run it from anywhere with Debian's Python (python3-sklearn 1.2.1, python3-numpy, python3-pandas):

    /usr/bin/python3 src/test/resources/reference/generate_adaboost.py

The data are generate_weighted_tree.py's (values on a grid that scikit-learn's float32 copy holds exactly, never a whole
number), and the script checks that no exact tie between features decides a member: every member's split features
and thresholds must be the same for random_state 0..9 (the decision function within 1e-12, its sums taken in another
order), else it refuses the case. Then the boosting is the same whatever the members' random streams, so prepkit
must give scikit-learn's numbers.

Each case is a folder ensemble/adaboost/<name>/ holding:
- input.csv: the features x0.., the target "label" (whole-number classes) and, where the fit has them, the starting
  sample weights "weight";
- query.csv: rows to predict, the same features;
- params.json: "class", the parameters under scikit-learn's names (the others are its defaults; "estimator_max_depth"
  is the max_depth of the DecisionTreeClassifier member, 1 by default), "target", "weight" (the weight column or null)
  and a "note";
- expected.csv: for the query rows, the prediction ("prediction"), the decision function ("decision" for two classes,
  else "decision_<class>") and predict_proba ("proba_<class>");
- expected.json: estimator_weights_, estimator_errors_ and the number of fitted members.
"""
import json
import os

import numpy as np
import pandas as pd
from sklearn.ensemble import AdaBoostClassifier
from sklearn.tree import DecisionTreeClassifier

from generate_weighted_tree import grid_data

HERE = os.path.dirname(os.path.abspath(__file__))
ADABOOST = os.path.join(HERE, "ensemble", "adaboost")
SEEDS = range(10)


def boosting(params, seed):
    params = dict(params)
    depth = params.pop("estimator_max_depth", 1)
    return AdaBoostClassifier(estimator=DecisionTreeClassifier(max_depth=depth), random_state=seed, **params)


def write_case(name, data, query, params, note, weights=None):
    x = data.drop(columns=["label"])
    fitted = [boosting(params, seed).fit(x, data["label"], sample_weight=weights) for seed in SEEDS]
    model = fitted[0]
    for other in fitted[1:]:
        same_members = len(other.estimators_) == len(model.estimators_) and all(
            np.array_equal(a.tree_.feature, b.tree_.feature) and np.array_equal(a.tree_.threshold, b.tree_.threshold)
            for a, b in zip(other.estimators_, model.estimators_))
        if not (same_members and np.allclose(other.decision_function(query), model.decision_function(query),
                                             rtol=1e-12, atol=1e-12)):
            raise SystemExit(f"{name}: another random_state boosts otherwise: the case has an exact tie")
    decision = model.decision_function(query)
    proba = model.predict_proba(query)
    expected = pd.DataFrame({"prediction": model.predict(query)})
    if decision.ndim == 1:
        expected["decision"] = decision
    else:
        for k, c in enumerate(model.classes_):
            expected[f"decision_{c}"] = decision[:, k]
    for k, c in enumerate(model.classes_):
        expected[f"proba_{c}"] = proba[:, k]
    folder = os.path.join(ADABOOST, name)
    os.makedirs(folder, exist_ok=True)
    (data if weights is None else data.assign(weight=weights)).to_csv(os.path.join(folder, "input.csv"), index=False)
    query.to_csv(os.path.join(folder, "query.csv"), index=False)
    expected.to_csv(os.path.join(folder, "expected.csv"), index=False, float_format="%.17g")
    with open(os.path.join(folder, "params.json"), "w") as f:
        json.dump({"class": "AdaBoostClassifier", "params": params, "target": "label",
                   "weight": None if weights is None else "weight", "note": note}, f, indent=2)
        f.write("\n")
    with open(os.path.join(folder, "expected.json"), "w") as f:
        json.dump({"estimator_weights": [float(w) for w in model.estimator_weights_],
                   "estimator_errors": [float(e) for e in model.estimator_errors_],
                   "members": len(model.estimators_)}, f, indent=2)
        f.write("\n")
    print(name, "members", len(model.estimators_), "last error", model.estimator_errors_[len(model.estimators_) - 1])


def case(name, rows, features, classes, seed, params, note, weighted=False):
    data = grid_data(rows + 100, features, classes, seed, min(features, 4))
    train = data.iloc[:rows].reset_index(drop=True)
    query = data.iloc[rows:].drop(columns=["label"]).reset_index(drop=True)
    weights = np.round(np.random.RandomState(seed).uniform(0.5, 2.0, rows), 4) if weighted else None
    write_case(name, train, query, params, note, weights)


def separable():
    """Two classes split by x0 alone, so that the first stump is perfect and boosting stops at once."""
    data = grid_data(200, 3, 2, 31, 3)
    data["label"] = (data["x0"] > 0).astype(int)
    return data.iloc[:150].reset_index(drop=True), data.iloc[150:].drop(columns=["label"]).reset_index(drop=True)


def main():
    case("binary_samme_r", 300, 5, 2, 21, {}, "scikit-learn's defaults: 50 stumps, SAMME.R, learning rate 1")
    case("binary_samme_rate_half", 300, 5, 2, 22, {"algorithm": "SAMME", "learning_rate": 0.5, "n_estimators": 40},
         "SAMME, learning rate 0.5, 40 stumps")
    case("three_classes_samme_r_depth2", 360, 6, 3, 25,
         {"estimator_max_depth": 2, "learning_rate": 0.7, "n_estimators": 30},
         "SAMME.R, trees of depth 2, learning rate 0.7, 30 rounds")
    case("four_classes_samme_depth2", 400, 5, 4, 24,
         {"algorithm": "SAMME", "estimator_max_depth": 2, "learning_rate": 1.5, "n_estimators": 25},
         "SAMME, trees of depth 2, learning rate 1.5, 25 rounds")
    case("three_classes_weighted", 300, 4, 3, 25, {"learning_rate": 0.8, "n_estimators": 30},
         "SAMME.R, learning rate 0.8, 30 stumps, from sample weights uniform in [0.5, 2]", weighted=True)
    train, query = separable()
    write_case("separable_samme", train, query, {"algorithm": "SAMME"},
               "SAMME on classes x0 separates: the first stump is perfect (weight 1, error 0) and boosting stops")


if __name__ == "__main__":
    main()
