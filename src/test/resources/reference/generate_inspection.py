"""Writes the reference cases of scikit-learn 1.2.1's cross_val_predict, learning_curve and validation_curve:
inspection/*.

Run it from anywhere with Debian's Python (python3-sklearn 1.2.1, python3-numpy, python3-pandas):

    /usr/bin/python3 src/test/resources/reference/generate_inspection.py

The estimators are deterministic (LinearRegression, LogisticRegression with newton-cg at tol 1e-10, k-nearest
neighbours) and the folds unshuffled KFold or StratifiedKFold (or cv=5, scikit-learn's default), so the results are
exact up to the estimators' own tolerances. Each case is a folder in the layout of the other cases (see README.md):
input.csv (the features and the target column y), params.json (the function, the estimator's class and parameters,
the folds, the scoring, the training sizes or the hyperparameter's values, all under scikit-learn's names) and
  - cross_val_predict: expected.csv, the predictions as column y (method predict) or one probability column per
    class named by the class (method predict_proba);
  - learning_curve: expected.json with train_sizes_abs, train_scores and test_scores ([size][fold]);
  - validation_curve: expected.json with train_scores and test_scores ([value][fold]).
A score scikit-learn gives as NaN (a fit that failed: error_score=np.nan) is written null.
The data are drawn from a seeded generator and rounded to a few decimals, with a constant column, negative values,
repeated target values, string classes, a class missing from a fold's training rows and fits that fail.
"""
import json
import math
import os
import warnings

import numpy as np
import pandas as pd
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.model_selection import (KFold, StratifiedKFold, cross_val_predict, learning_curve,
                                     validation_curve)
from sklearn.neighbors import KNeighborsClassifier, KNeighborsRegressor

HERE = os.path.dirname(os.path.abspath(__file__))
LOGISTIC = {"solver": "newton-cg", "tol": 1e-10, "max_iter": 10000}


def estimator(spec):
    classes = {"LinearRegression": LinearRegression, "LogisticRegression": LogisticRegression,
               "KNeighborsClassifier": KNeighborsClassifier, "KNeighborsRegressor": KNeighborsRegressor}
    return classes[spec["class"]](**spec.get("params", {}))


def folds(spec):
    if spec["class"] == "default":
        return spec["n_splits"]
    return {"KFold": KFold, "StratifiedKFold": StratifiedKFold}[spec["class"]](n_splits=spec["n_splits"])


def write_case(name, data, params, expected_csv=None, expected_json=None):
    folder = os.path.join(HERE, "inspection", name)
    os.makedirs(folder, exist_ok=True)
    data.to_csv(os.path.join(folder, "input.csv"), index=False)
    with open(os.path.join(folder, "params.json"), "w") as out:
        json.dump(params, out, indent=2, sort_keys=True)
        out.write("\n")
    if expected_csv is not None:
        expected_csv.to_csv(os.path.join(folder, "expected.csv"), index=False, float_format="%.17g")
    if expected_json is not None:
        with open(os.path.join(folder, "expected.json"), "w") as out:
            json.dump(nulls(expected_json), out, indent=2, sort_keys=True, allow_nan=False)
            out.write("\n")


def nulls(value):
    """value with every NaN as None, for JSON."""
    if isinstance(value, dict):
        return {key: nulls(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, np.ndarray)):
        return [nulls(item) for item in value]
    if isinstance(value, (float, np.floating)):
        return None if math.isnan(value) else float(value)
    if isinstance(value, np.integer):
        return int(value)
    return value


def regression(rows, seed, constant=False):
    rng = np.random.default_rng(seed)
    data = pd.DataFrame(np.round(rng.uniform(-5, 5, (rows, 3)), 2), columns=["a", "b", "c"])
    if constant:
        data["const"] = 2.5
    data["y"] = np.round(1.5 * data["a"] - 2 * data["b"] + 0.5 * data["c"] + rng.normal(0, 1, rows), 1)
    return data


def classification(rows, seed, labels=(0, 1, 2), sort=False):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, len(labels), rows)
    if sort:
        y = np.sort(y)
    centres = rng.uniform(-2, 2, (len(labels), 3))
    x = centres[y] + rng.normal(0, 1.2, (rows, 3))
    data = pd.DataFrame(np.round(x, 3), columns=["a", "b", "c"])
    data["y"] = [labels[k] for k in y]
    return data


def features_target(data):
    return data.drop(columns="y"), data["y"].to_numpy()


def cross_val_predict_case(name, data, spec, cv, method):
    X, y = features_target(data)
    result = cross_val_predict(estimator(spec), X, y, cv=folds(cv), method=method)
    if method == "predict":
        expected = pd.DataFrame({"y": result})
    else:
        expected = pd.DataFrame(result, columns=[str(c) for c in np.unique(y)])
    write_case(name, data, {"function": "cross_val_predict", "estimator": spec, "cv": cv, "method": method,
                            "target": "y"}, expected_csv=expected)


def learning_curve_case(name, data, spec, cv, scoring, train_sizes):
    X, y = features_target(data)
    sizes, train, test = learning_curve(estimator(spec), X, y, cv=folds(cv), scoring=scoring,
                                        train_sizes=train_sizes)
    kind = "fractions" if isinstance(train_sizes[0], float) else "counts"
    write_case(name, data, {"function": "learning_curve", "estimator": spec, "cv": cv, "scoring": scoring,
                            "train_sizes": train_sizes, "train_sizes_kind": kind, "target": "y"},
               expected_json={"train_sizes_abs": sizes, "train_scores": train, "test_scores": test})


def validation_curve_case(name, data, spec, cv, scoring, param_name, param_range):
    X, y = features_target(data)
    train, test = validation_curve(estimator(spec), X, y, param_name=param_name, param_range=param_range,
                                   cv=folds(cv), scoring=scoring)
    write_case(name, data, {"function": "validation_curve", "estimator": spec, "cv": cv, "scoring": scoring,
                            "param_name": param_name, "param_range": param_range, "target": "y"},
               expected_json={"train_scores": train, "test_scores": test})


def main():
    linear = {"class": "LinearRegression"}
    logistic = {"class": "LogisticRegression", "params": LOGISTIC}
    knn = {"class": "KNeighborsClassifier", "params": {"n_neighbors": 5}}

    cross_val_predict_case("cvp_linear_kfold3_constant", regression(30, 1, constant=True), linear,
                           {"class": "KFold", "n_splits": 3}, "predict")
    cross_val_predict_case("cvp_linear_default_cv", regression(23, 2), linear,
                           {"class": "default", "n_splits": 5}, "predict")
    cross_val_predict_case("cvp_logistic_proba_stratified", classification(40, 3), logistic,
                           {"class": "StratifiedKFold", "n_splits": 4}, "predict_proba")
    cross_val_predict_case("cvp_logistic_predict_stratified", classification(40, 3), logistic,
                           {"class": "StratifiedKFold", "n_splits": 4}, "predict")
    # sorted classes cut into 3 consecutive folds: each fold's training rows lack a class, filled in as 0
    cross_val_predict_case("cvp_logistic_proba_missing_class", classification(36, 4, sort=True), logistic,
                           {"class": "KFold", "n_splits": 3}, "predict_proba")
    cross_val_predict_case("cvp_knn_default_cv_strings", classification(45, 5, labels=("cat", "dog", "eel")), knn,
                           {"class": "default", "n_splits": 5}, "predict")
    cross_val_predict_case("cvp_knn_proba_strings", classification(45, 5, labels=("cat", "dog", "eel")), knn,
                           {"class": "StratifiedKFold", "n_splits": 3}, "predict_proba")

    learning_curve_case("lc_linear_default", regression(100, 6, constant=True), linear,
                        {"class": "default", "n_splits": 5}, None, [0.1, 0.325, 0.55, 0.775, 1.0])
    learning_curve_case("lc_linear_counts_mse", regression(60, 7), linear, {"class": "KFold", "n_splits": 4},
                        "neg_mean_squared_error", [10, 25, 25, 45])
    learning_curve_case("lc_knn_counts_stratified", classification(60, 8), {"class": "KNeighborsClassifier",
                        "params": {"n_neighbors": 3}}, {"class": "StratifiedKFold", "n_splits": 4}, "accuracy",
                        [10, 20, 20, 30])
    learning_curve_case("lc_logistic_fractions_log_loss", classification(60, 9), logistic,
                        {"class": "StratifiedKFold", "n_splits": 3}, "neg_log_loss", [0.3, 0.6, 0.6, 1.0])
    # sorted classes: the first 5 training rows of every fold hold one class, the fit fails and scores NaN
    learning_curve_case("lc_logistic_failed_fits", classification(45, 10, sort=True), logistic,
                        {"class": "StratifiedKFold", "n_splits": 3}, "accuracy", [5, 30])

    validation_curve_case("vc_knn_neighbors", classification(50, 11), {"class": "KNeighborsClassifier"},
                          {"class": "default", "n_splits": 5}, None, "n_neighbors", [1, 3, 5, 9])
    validation_curve_case("vc_logistic_c_log_loss", classification(45, 12), logistic,
                          {"class": "StratifiedKFold", "n_splits": 3}, "neg_log_loss", "C", [0.01, 1.0, 100.0])
    validation_curve_case("vc_linear_fit_intercept_mse", regression(40, 13), linear,
                          {"class": "KFold", "n_splits": 4}, "neg_mean_squared_error", "fit_intercept",
                          [True, False])
    validation_curve_case("vc_knn_regressor_r2", regression(36, 14), {"class": "KNeighborsRegressor"},
                          {"class": "KFold", "n_splits": 3}, "r2", "n_neighbors", [1, 2, 7])


if __name__ == "__main__":
    warnings.filterwarnings("ignore")
    main()
