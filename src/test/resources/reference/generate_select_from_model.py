"""Writes the reference cases of scikit-learn 1.2.1's SelectFromModel and RFE: feature_selection/sfm_* and rfe_*.

Run it from anywhere with Debian's Python (python3-sklearn 1.2.1, python3-numpy 1.24, python3-pandas):

    /usr/bin/python3 src/test/resources/reference/generate_select_from_model.py

Each case is a folder in the layout of the other feature_selection cases: input.csv (the features and the target "y"),
params.json and expected.json.
- sfm_*: params "class" SelectFromModel, "estimator" (its class and parameters under scikit-learn's names) and
  "selections", each a "threshold" (a number, "mean", "median" or "<scale>*mean|median", numbers written as text,
  "-inf" included) and a "max_features" (or null); expected "weights" (the estimator's coef_ as SelectFromModel reads
  it: absolute values, one row per class summed) and per selection "threshold" (threshold_), "support" and "names"
  (get_feature_names_out()).
- rfe_*: params "class" RFE, "estimator" and "runs", each an "n_features_to_select" (a count, a fraction or null)
  and a "step" (a count or a fraction); expected per run "ranking" (ranking_), "support" and "names".
- rfe_argsort_ties: params "class" argsort; expected "arrays" and "argsort", numpy's np.argsort (its default
  quicksort, not stable beyond 16 values) of arrays full of ties, which RFE's elimination order follows.
The linear and logistic cases are drawn from a seeded generator, and the script refuses a case whose weights lie
within a relative 1e-6 of a threshold or of the cut of an elimination round (prepkit's solvers agree to about 1e-8, so
such a case would test rounding, not selection). The tree cases use the weighted tree cases' grid (every value an odd
multiple of 1/128, which scikit-learn's float32 copy holds exactly) and are refused unless random_state 0..19 give the
same tree (SelectFromModel) or the same ranking (RFE): the data seeds of a fixed range are tried in turn and the first
valid one is written, so every run writes the same cases. Their many importances of exactly 0 make RFE's ties.
"""
import json
import math
import os
import warnings

import numpy as np
import pandas as pd
from sklearn.datasets import make_classification
from sklearn.feature_selection import RFE, SelectFromModel
from sklearn.feature_selection._base import _get_feature_importances
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor

HERE = os.path.dirname(os.path.abspath(__file__))
AREA = "feature_selection"
MARGIN = 1e-6
SEEDS = range(20)


def clean(value):
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, np.ndarray)):
        return [clean(v) for v in value]
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"  # as text: JSON has no infinity
        return None if math.isnan(value) else float(value)
    return value


def write_case(name, data, params, expected):
    folder = os.path.join(HERE, AREA, name)
    os.makedirs(folder, exist_ok=True)
    if data is not None:
        data.to_csv(os.path.join(folder, "input.csv"), index=False)
    for file, content in (("params.json", params), ("expected.json", clean(expected))):
        with open(os.path.join(folder, file), "w") as out:
            json.dump(content, out, indent=2, sort_keys=True)
            out.write("\n")


def make(spec, seed=0):
    kind = spec["class"]
    params = dict(spec["params"])
    if kind == "LinearRegression":
        return LinearRegression(**params)
    if kind == "LogisticRegression":
        return LogisticRegression(**params)
    if kind == "DecisionTreeClassifier":
        return DecisionTreeClassifier(random_state=seed, **params)
    if kind == "DecisionTreeRegressor":
        return DecisionTreeRegressor(random_state=seed, **params)
    raise SystemExit("no estimator " + kind)


def sk_threshold(text):
    try:
        return float(text)
    except ValueError:
        return text


def with_target(x, y):
    out = x.copy()
    out["y"] = y
    return out


def sfm_case(name, x, y, spec, selections, note, tree=False):
    expected = {"selections": []}
    for threshold, max_features in selections:
        selector = SelectFromModel(make(spec), threshold=sk_threshold(threshold), max_features=max_features).fit(x, y)
        weights = _get_feature_importances(selector.estimator_, "auto", transform_func="norm", norm_order=1)
        if tree:
            for seed in SEEDS:
                other = SelectFromModel(make(spec, seed), threshold=sk_threshold(threshold),
                                        max_features=max_features).fit(x, y)
                if not np.array_equal(other.estimator_.feature_importances_, weights):
                    raise SystemExit(f"{name}: random_state {seed} grows another tree")
        limit = selector.threshold_
        near = [w for w in weights if w != limit and abs(w - limit) <= MARGIN * max(weights)]
        if near and math.isfinite(limit):
            raise SystemExit(f"{name}: weights {near} within {MARGIN} of the threshold {limit}")
        expected["selections"].append({"threshold": limit, "support": selector.get_support(),
                                       "names": list(selector.get_feature_names_out())})
    expected["weights"] = weights
    write_case(name, with_target(x, y), {"class": "SelectFromModel", "estimator": spec, "target": "y",
                                         "selections": [{"threshold": t, "max_features": m} for t, m in selections],
                                         "note": note}, expected)


def rfe_rounds(x, y, spec, n_select, step):
    """RFE's loop written out, to check each round's cut for near ties; returns the ranking."""
    n = x.shape[1]
    keep = n // 2 if n_select is None else n_select if isinstance(n_select, int) else int(n * n_select)
    per_round = int(max(1, step * n)) if 0 < step < 1 else int(step)
    support = np.ones(n, dtype=bool)
    ranking = np.ones(n, dtype=int)
    while support.sum() > keep:
        features = np.arange(n)[support]
        estimator = make(spec).fit(x.iloc[:, features], y)
        importances = _get_feature_importances(estimator, "auto", transform_func="square")
        ranks = np.argsort(importances)
        cut = min(per_round, support.sum() - keep)
        low, high = importances[ranks[cut - 1]], importances[ranks[cut]]
        if low != high and high - low <= MARGIN * importances.max():
            raise SystemExit(f"near tie at an elimination cut: {low} and {high}")
        support[features[ranks][:cut]] = False
        ranking[np.logical_not(support)] += 1
    return ranking


def rfe_case(name, x, y, spec, runs, note, tree=False):
    expected = {"runs": []}
    for n_select, step in runs:
        selector = RFE(make(spec), n_features_to_select=n_select, step=step).fit(x, y)
        if tree:
            for seed in SEEDS:
                other = RFE(make(spec, seed), n_features_to_select=n_select, step=step).fit(x, y)
                if not np.array_equal(other.ranking_, selector.ranking_):
                    raise SystemExit(f"{name}: random_state {seed} ranks otherwise")
        else:
            if not np.array_equal(rfe_rounds(x, y, spec, n_select, step), selector.ranking_):
                raise SystemExit(f"{name}: the loop written out ranks otherwise than RFE")
        expected["runs"].append({"ranking": selector.ranking_, "support": selector.support_,
                                 "names": list(selector.get_feature_names_out())})
    write_case(name, with_target(x, y), {"class": "RFE", "estimator": spec, "target": "y",
                                         "runs": [{"n_features_to_select": n, "step": s} for n, s in runs],
                                         "note": note}, expected)


def normal_frame(rows, columns, seed, scales):
    rng = np.random.default_rng(seed)
    values = rng.normal(0, 1, (rows, columns)) * np.asarray(scales)
    return pd.DataFrame(np.round(values, 4), columns=[f"x{j}" for j in range(columns)]), rng


def regression_data(seed):
    x, rng = normal_frame(80, 8, seed, [1, 2, 0.5, 1, 3, 1, 0.2, 1])
    beta = np.array([2.0, -0.7, 3.0, 0.05, 0.4, -1.5, 6.0, 0.0])
    y = np.round(x.to_numpy() @ beta + rng.normal(0, 0.5, 80), 4)
    return x, y


def classification_data(seed, classes):
    x, rng = normal_frame(150, 7, seed, [1, 1, 2, 0.5, 1, 1.5, 1])
    beta = rng.normal(0, 1.2, (7, classes))
    beta[3] = 0.02  # a column of little weight for every class
    logits = x.to_numpy() @ beta + rng.gumbel(0, 1, (150, classes))
    return x, logits.argmax(axis=1)


def grid_data(rows, features, classes, seed, informative):
    """make_classification's rows, every value moved to the nearest odd multiple of 1/128 (as generate_weighted_tree)."""
    x, y = make_classification(n_samples=rows, n_features=features, n_informative=informative, n_redundant=0,
                               n_classes=classes, n_clusters_per_class=1, flip_y=0.05, random_state=seed)
    x = (np.floor(x * 64) + 0.5) / 64
    return pd.DataFrame(x, columns=[f"x{j}" for j in range(features)]), y


SFM_SELECTIONS = [("mean", None), ("median", None), ("1.25*mean", None), ("0.5*median", None), ("mean", 2),
                  ("-inf", 3), ("median", 0), ("0.75*mean", 4)]


def sfm_cases():
    x, y = regression_data(21)
    sfm_case("sfm_linear_regression", x, y, {"class": "LinearRegression", "params": {}},
             SFM_SELECTIONS + [("1.0", None), ("0.3", 5)], "LinearRegression: |coef_|")
    logistic = {"class": "LogisticRegression", "params": {"solver": "newton-cg", "tol": 1e-10, "max_iter": 10000}}
    x, y = classification_data(22, 2)
    sfm_case("sfm_logistic_binary", x, y, logistic, SFM_SELECTIONS + [("0.5", None)],
             "LogisticRegression newton-cg tol 1e-10, two classes: |coef_| of the one row")
    x, y = classification_data(23, 3)
    sfm_case("sfm_logistic_three_classes", x, y, logistic, SFM_SELECTIONS + [("1.5", 2)],
             "LogisticRegression newton-cg tol 1e-10, three classes (multinomial): the L1 norm of coef_'s columns")
    first_valid(lambda seed: sfm_case(
        "sfm_tree_classifier", *grid_data(300, 12, 3, seed, 4),
        {"class": "DecisionTreeClassifier", "params": {"max_depth": 4}}, SFM_SELECTIONS + [("0.05", None), ("0", 6)],
        "DecisionTreeClassifier max_depth 4 on grid data: feature_importances_, many exactly 0", tree=True),
        range(24, 64))

    def regression_tree(seed):
        x, _ = grid_data(250, 9, 2, seed, 5)
        y = 3 * x["x0"] - 2 * x["x3"] + x["x5"] * x["x6"]  # sums of multiples of 1/16384: exact
        sfm_case("sfm_tree_regressor", x, y, {"class": "DecisionTreeRegressor", "params": {"max_depth": 3}},
                 SFM_SELECTIONS, "DecisionTreeRegressor max_depth 3 on grid data", tree=True)

    first_valid(regression_tree, range(25, 65))


def rfe_cases():
    x, y = regression_data(31)
    linear = {"class": "LinearRegression", "params": {}}
    rfe_case("rfe_linear_regression", x, y, linear,
             [(None, 1), (3, 2), (0.5, 0.3), (0.25, 1), (5, 0.3), (1, 3), (8, 1), (1.0, 1)],
             "LinearRegression: coef_ squared")
    logistic = {"class": "LogisticRegression", "params": {"solver": "newton-cg", "tol": 1e-10, "max_iter": 10000}}
    x, y = classification_data(32, 2)
    rfe_case("rfe_logistic_binary", x, y, logistic, [(None, 1), (2, 2), (0.4, 0.3), (1, 0.5)],
             "LogisticRegression newton-cg tol 1e-10, two classes")
    x, y = classification_data(33, 3)
    rfe_case("rfe_logistic_three_classes", x, y, logistic, [(None, 1), (3, 0.3), (2, 2)],
             "LogisticRegression newton-cg tol 1e-10, three classes: coef_ squared and summed over the classes")
    tree = {"class": "DecisionTreeClassifier", "params": {"max_depth": 3}}
    first_valid(lambda seed: rfe_case(
        "rfe_tree_classifier_ties", *grid_data(300, 24, 2, seed, 4), tree,
        [(5, 1), (0.3, 2), (4, 0.3), (None, 3), (2, 0.1)],
        "DecisionTreeClassifier max_depth 3 on 24 grid columns: importances of exactly 0 tie", tree=True),
        range(34, 74))
    first_valid(lambda seed: rfe_case(
        "rfe_tree_classifier_40_columns", *grid_data(300, 40, 3, seed, 6),
        {"class": "DecisionTreeClassifier", "params": {"max_depth": 2}}, [(3, 1), (0.2, 0.25), (None, 7)],
        "DecisionTreeClassifier max_depth 2 on 40 grid columns: most importances 0, numpy's quicksort orders them",
        tree=True),
        range(35, 75))


def argsort_case():
    rng = np.random.default_rng(36)
    arrays = []
    for n in (5, 16, 17, 18, 19, 24, 33, 40, 64, 100, 257, 600):
        arrays.append(rng.integers(0, 3, n).astype(float))
        arrays.append(np.where(rng.uniform(size=n) < 0.7, 0.0, np.round(rng.uniform(0, 1, n), 2)))
    arrays.append(np.zeros(50))
    arrays.append(np.arange(40, dtype=float)[::-1] % 4)
    write_case("rfe_argsort_ties", None, {"class": "argsort",
                                          "note": "np.argsort(a) (kind quicksort) of arrays with many ties"},
               {"arrays": arrays, "argsort": [np.argsort(a) for a in arrays]})


def first_valid(write, seeds):
    """Calls write(seed) for each seed in turn until one writes a case (the others refuse theirs)."""
    for seed in seeds:
        try:
            write(seed)
            print("data seed", seed)
            return
        except SystemExit as refused:
            print(refused)
    raise SystemExit("no seed gives a valid case")


if __name__ == "__main__":
    warnings.simplefilter("ignore")  # newton-cg at tol 1e-10 may warn that it reached rounding, as generate_weights.py
    sfm_cases()
    rfe_cases()
    argsort_case()
