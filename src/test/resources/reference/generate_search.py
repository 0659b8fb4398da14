"""Writes the reference cases of scikit-learn 1.2.1's multi-metric GridSearchCV and of the schedules of
HalvingGridSearchCV / HalvingRandomSearchCV: search/grid_* and search/halving_*.

Run it from anywhere with Debian's Python (python3-sklearn 1.2.1, python3-numpy, python3-pandas, python3-scipy):

    /usr/bin/python3 src/test/resources/reference/generate_search.py

A grid case (search/grid_<name>/) is a deterministic estimator (k nearest neighbours on continuous data drawn from a
seeded generator, so no distance ties) searched with several scorers at once on unshuffled KFold folds: input.csv
(the features and the target `y`), params.json (the estimator, the grid under scikit-learn's names in prepkit's axis
order, the scorers, refit and the number of folds), expected.csv (cv_results_ without the times and the params
column: param_*, split<k>_test_<name>, mean_test_<name>, std_test_<name>, rank_test_<name>, one row per candidate,
the candidates in prepkit's order, which is scikit-learn's here since the grid's keys are given sorted) and
expected.json (best_index_, best_score_, best_params_).

A halving case (search/halving_<name>/) records the schedule only (n_iterations_, n_resources_, n_candidates_,
n_required_iterations_, n_possible_iterations_, min_resources_, max_resources_, n_remaining_candidates_) for a number
of rows, candidates, classes, folds, factor, min_resources, max_resources and aggressive_elimination, in
params.json and expected.json. The data are `x` = the row number and `y` = row % classes (a classifier; classes 0
means a regressor); the estimator is a Dummy one whose `constant` parameter, ignored by its strategy, makes the
candidates. Which rows a round subsamples is not compared: scikit-learn draws them with numpy, prepkit with its own
stream.
"""
import json
import os

import numpy as np
import pandas as pd
from scipy.stats import randint
from sklearn.dummy import DummyClassifier, DummyRegressor
from sklearn.experimental import enable_halving_search_cv  # noqa: F401
from sklearn.model_selection import (GridSearchCV, HalvingGridSearchCV, HalvingRandomSearchCV, KFold,
                                     StratifiedKFold)
from sklearn.neighbors import KNeighborsClassifier, KNeighborsRegressor

HERE = os.path.dirname(os.path.abspath(__file__))


def folder(name):
    path = os.path.join(HERE, "search", name)
    os.makedirs(path, exist_ok=True)
    return path


def write_json(path, value):
    with open(path, "w") as out:
        json.dump(value, out, indent=2, sort_keys=True)
        out.write("\n")


def grid_case(name, estimator, data, grid, scoring, refit, n_splits):
    X = data.drop(columns="y")
    y = data["y"]
    search = GridSearchCV(estimator, grid, scoring=scoring, refit=refit, cv=KFold(n_splits)).fit(X, y)
    results = search.cv_results_
    columns = {}
    for key in grid:
        columns["param_" + key] = [v for v in results["param_" + key]]
    for scorer in scoring:
        for k in range(n_splits):
            columns["split%d_test_%s" % (k, scorer)] = results["split%d_test_%s" % (k, scorer)]
        for stat in ("mean", "std", "rank"):
            columns["%s_test_%s" % (stat, scorer)] = results["%s_test_%s" % (stat, scorer)]
    path = folder("grid_" + name)
    data.to_csv(os.path.join(path, "input.csv"), index=False)
    write_json(os.path.join(path, "params.json"), {
        "class": "GridSearchCV", "estimator": type(estimator).__name__, "estimator_params": estimator.get_params(),
        "grid": grid, "scoring": scoring, "refit": refit, "cv": "KFold(n_splits=%d)" % n_splits,
        "n_splits": n_splits, "columns_in_order": list(columns)})
    pd.DataFrame(columns).to_csv(os.path.join(path, "expected.csv"), index=False, float_format="%.17g")
    write_json(os.path.join(path, "expected.json"), {
        "best_index_": int(search.best_index_), "best_score_": float(search.best_score_),
        "best_params_": {k: (v.item() if hasattr(v, "item") else v) for k, v in search.best_params_.items()}})


def grid_cases():
    rng = np.random.default_rng(14)
    x = rng.normal(size=(40, 3))
    labels = np.where(x[:, 0] + 0.5 * x[:, 1] + rng.normal(scale=0.8, size=40) > 0, 1, 0)
    labels[::7] = 2  # a third, small class
    data = pd.DataFrame(np.round(x, 4), columns=["a", "b", "c"])
    data["y"] = labels
    grid_case("knn_classifier", KNeighborsClassifier(algorithm="brute"), data,
              {"n_neighbors": [1, 3, 5, 7], "weights": ["uniform", "distance"]},
              ["accuracy", "f1_macro", "balanced_accuracy"], "f1_macro", 4)
    # few rows: many equal means, so the ranks tie
    grid_case("knn_classifier_ties", KNeighborsClassifier(algorithm="brute"), data.head(12),
              {"n_neighbors": [1, 2, 3, 4, 5]}, ["accuracy", "f1_weighted"], "accuracy", 3)
    reg = pd.DataFrame(np.round(rng.uniform(-3, 3, size=(30, 2)), 4), columns=["a", "b"])
    reg["y"] = np.round(reg["a"] ** 2 - reg["b"] + rng.normal(scale=0.3, size=30), 4)
    # no n_neighbors=1: with distance weights its prediction y * w / w equals the uniform one's y or not depending on
    # the last bit of the distance, which two kNN implementations need not share, and that would decide a tie
    grid_case("knn_regressor", KNeighborsRegressor(algorithm="brute"), reg,
              {"n_neighbors": [2, 3, 5, 8], "weights": ["uniform", "distance"]},
              ["r2", "neg_mean_squared_error", "neg_mean_absolute_error"], "neg_mean_absolute_error", 5)


def halving_case(name, rows, classes, candidates, n_splits, random=False, **params):
    X = np.arange(rows, dtype=float).reshape(-1, 1)
    if classes:
        y = np.arange(rows) % classes
        estimator = DummyClassifier(strategy="prior")
        cv = StratifiedKFold(n_splits)
    else:
        y = np.arange(rows, dtype=float)
        estimator = DummyRegressor(strategy="mean")
        cv = KFold(n_splits)
    if random:
        space = {"constant": randint(0, 1000)}
        search = HalvingRandomSearchCV(estimator, space, cv=cv, random_state=0, **params)
        if candidates is not None:
            search.set_params(n_candidates=candidates)
    else:
        search = HalvingGridSearchCV(estimator, {"constant": list(range(candidates))}, cv=cv, **params)
    search.fit(X, y)
    path = folder("halving_" + name)
    write_json(os.path.join(path, "params.json"), dict(
        {"class": type(search).__name__, "rows": rows, "classes": classes, "n_splits": n_splits,
         "candidates": "exhaust" if candidates is None else candidates}, **params))
    write_json(os.path.join(path, "expected.json"), {
        "n_iterations_": int(search.n_iterations_),
        "n_resources_": [int(v) for v in search.n_resources_],
        "n_candidates_": [int(v) for v in search.n_candidates_],
        "n_required_iterations_": int(search.n_required_iterations_),
        "n_possible_iterations_": int(search.n_possible_iterations_),
        "min_resources_": int(search.min_resources_),
        "max_resources_": int(search.max_resources_),
        "n_remaining_candidates_": int(search.n_remaining_candidates_)})


def halving_cases():
    halving_case("defaults_regressor", 1000, 0, 30, 5)
    halving_case("defaults_classifier", 600, 3, 50, 5)
    halving_case("power_of_factor", 2000, 0, 243, 5)
    halving_case("power_of_factor_81", 900, 0, 81, 3)
    halving_case("smallest", 500, 2, 40, 4, min_resources="smallest")
    halving_case("count", 700, 0, 20, 5, min_resources=25, factor=2)
    halving_case("max_resources", 1000, 0, 60, 5, min_resources="smallest", max_resources=400)
    halving_case("aggressive", 200, 0, 100, 5, min_resources=20, aggressive_elimination=True)
    halving_case("not_aggressive", 200, 0, 100, 5, min_resources=20)
    halving_case("float_factor", 800, 0, 37, 4, factor=1.5)
    halving_case("float_factor_exhaust", 777, 2, 25, 3, factor=2.5)
    halving_case("one_candidate", 100, 0, 1, 5)
    halving_case("few_rows", 31, 0, 10, 3, factor=4)
    halving_case("random_exhaust", 900, 0, None, 5, random=True)
    halving_case("random_exhaust_classifier", 640, 4, None, 4, random=True, factor=2)
    halving_case("random_count", 500, 0, 12, 5, random=True, min_resources="exhaust")


if __name__ == "__main__":
    grid_cases()
    halving_cases()
