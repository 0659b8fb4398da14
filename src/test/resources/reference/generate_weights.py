"""Writes the reference cases of class weights and sample weights under weights/.

Run it from anywhere with Debian's Python (python3-sklearn 1.2.1, python3-numpy, python3-pandas):

    /usr/bin/python3 src/test/resources/reference/generate_weights.py

Classes are text ("a", "b", ...), so that a dict class_weight is keyed by the class names prepkit uses. Each case is a
folder weights/<estimator>_<name>/ holding:
- input.csv: the features, the target "label" and, where the case has sample weights, their column "weight";
- query.csv: rows to predict, the same features;
- params.json: "class", "params" (scikit-learn's names, the others its defaults; "class_weight" is "balanced",
  "balanced_subsample" or a dict by class name), "target", "weight" (the weight column or null) and a "note";
- expected.csv: predict_proba of the query rows, one column per class named after it;
- expected.json (logistic and linear regression): "classes" (classifiers), "coef" (one row per binary model or class;
  one row for linear regression) and "intercept" (a list).
Regression cases name their target "y" and hold the predictions of the query rows in expected.csv, column
"prediction".

The estimators and how the cases are made comparable:
- logistic_*: LogisticRegression on standard normal features, classes drawn from a softmax model (overlapping, so
  every fit has an optimum), solver newton-cg at tol 1e-10 and max_iter 10000, as generate_logistic.py, so that the
  expected numbers are the optimum of scikit-learn's objective (weighted log-loss plus ||W||^2 / (2 C)) to rounding;
- tree_* and gradient_boosting_*: DecisionTreeClassifier and GradientBoostingClassifier on make_classification's rows
  moved to odd multiples of 1/128 (scikit-learn's float32 copy of X holds them exactly, as generate_weighted_tree.py
  explains); a case's data are the first of make_classification's random_state seed, seed + 1000, ... whose fit is
  the same for random_state 0..19 (trees: the same splits, values to 1e-13; boosting: predict_proba to 1e-12), so no
  exact tie between features decides it;
- linear_*: LinearRegression (weighted least squares) on standard normal features, coefficients and predictions;
- regression_tree_* and regression_gradient_boosting_*: DecisionTreeRegressor and GradientBoostingRegressor with sample
  weights on grid features (make_regression's, moved to the grid as above), refused unless the same for random_state
  0..19; their expected.csv holds the predictions of the query rows, column "prediction";
- random_forest_*: RandomForestClassifier's trees depend on numpy's random stream, so these are seed-spread cases
  written by seed_spread.py (its layout: the test balanced accuracy for random_state 0..9 on a stratified split of its
  imbalanced three-class data set).
"""
import json
import os
import sys
import warnings

import numpy as np
import pandas as pd
from sklearn.datasets import make_classification
from sklearn.datasets import make_regression
from sklearn.ensemble import GradientBoostingClassifier, GradientBoostingRegressor, RandomForestClassifier
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor
from sklearn.utils.class_weight import compute_sample_weight

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from seed_spread import synthetic, write_case as write_spread  # noqa: E402

WEIGHTS = os.path.join(HERE, "weights")
NAMES = np.array(["a", "b", "c", "d"])
SEEDS = range(20)


def softmax_data(rows, classes, seed, intercepts):
    """Standard normal features x0..x3 and classes drawn from a softmax model with the given intercepts."""
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((rows, 4))
    w = rng.normal(0, 0.8, (classes, 4))
    eta = x @ w.T + np.array(intercepts)
    p = np.exp(eta - eta.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    labels = np.array([rng.choice(classes, p=row) for row in p])
    data = pd.DataFrame(x, columns=[f"x{j}" for j in range(4)])
    data["label"] = NAMES[labels]
    return data


def grid_data(rows, features, classes, seed, shares=None):
    """make_classification's rows, every value moved to the nearest odd multiple of 1/128, target "label"."""
    x, y = make_classification(n_samples=rows, n_features=features, n_informative=min(features, 4), n_redundant=0,
                               n_classes=classes, n_clusters_per_class=1, flip_y=0.05, weights=shares,
                               random_state=seed)
    x = (np.floor(x * 64) + 0.5) / 64
    data = pd.DataFrame(x, columns=[f"x{j}" for j in range(features)])
    data["label"] = NAMES[y]
    return data


def dump(path, value):
    with open(path, "w") as f:
        json.dump(value, f, indent=2)
        f.write("\n")


def write(name, estimator, params, data, weights, query, note, extra=None, class_name=None):
    """Fits estimator(**params) on data (with weights, if not None), writes the case and, with extra, more of it."""
    x = data.drop(columns=["label"])
    model = estimator(**params).fit(x, data["label"], sample_weight=weights)
    folder = os.path.join(WEIGHTS, name)
    os.makedirs(folder, exist_ok=True)
    (data if weights is None else data.assign(weight=weights)).to_csv(os.path.join(folder, "input.csv"), index=False,
                                                                      float_format="%.17g")
    query.to_csv(os.path.join(folder, "query.csv"), index=False, float_format="%.17g")
    pd.DataFrame(model.predict_proba(query), columns=list(model.classes_)).to_csv(
        os.path.join(folder, "expected.csv"), index=False, float_format="%.17g")
    dump(os.path.join(folder, "params.json"), {"class": class_name or estimator.__name__, "params": params,
                                               "target": "label", "weight": None if weights is None else "weight",
                                               "note": note})
    if extra is not None:
        extra(model, folder)
    print(name, "written")
    return model


def logistic(name, data, weights, params, note):
    """A LogisticRegression case solved to rounding, with its coefficients in expected.json."""
    def coefficients(model, folder):
        dump(os.path.join(folder, "expected.json"), {"classes": list(model.classes_), "coef": model.coef_.tolist(),
                                                     "intercept": model.intercept_.tolist()})

    def exact(**kw):
        return LogisticRegression(solver="newton-cg", tol=1e-10, max_iter=10000, **kw)
    exact.__name__ = "LogisticRegression"
    train, query = data.iloc[:-50].reset_index(drop=True), data.iloc[-50:].drop(columns=["label"]).reset_index(drop=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # newton-cg at tol 1e-10 may warn that it reached rounding
        write("logistic_" + name, exact, params, train, None if weights is None else weights(len(train)), query, note,
              coefficients)


def same_tree_for_every_seed(fit):
    """Whether some random_state grows another tree (the same splits, values to 1e-13): an exact tie."""
    first = fit(0).tree_
    for seed in SEEDS:
        tree = fit(seed).tree_
        if not (np.array_equal(tree.feature, first.feature) and np.array_equal(tree.threshold, first.threshold)
                and np.allclose(tree.value, first.value, rtol=1e-13, atol=0)):
            return True
    return False


def same_boosting_for_every_seed(fit, query):
    """Whether some random_state boosts other trees (predict_proba of the query rows beyond 1e-12): an exact tie."""
    first = fit(0).predict_proba(query)
    return any(not np.allclose(fit(seed).predict_proba(query), first, rtol=0, atol=1e-12) for seed in SEEDS)


def grid_case(prefix, estimator, name, rows, features, classes, seed, shares, weights, params, note):
    """A case on grid data, from the first of seed, seed + 1000, ... whose fit no exact tie decides. Gradient boosting
    has no class_weight in scikit-learn: a class_weight in params is passed as
    sample_weight=compute_sample_weight(class_weight, y) (times the sample weights), and recorded in params.json for
    prepkit's classWeight, the weight column holding the sample weights alone."""
    fit_params = dict(params)
    class_weight = fit_params.pop("class_weight", None) if estimator is GradientBoostingClassifier else None
    for data_seed in range(seed, seed + 20000, 1000):
        data = grid_data(rows + 100, features, classes, data_seed, shares)
        train = data.iloc[:rows].reset_index(drop=True)
        query = data.iloc[rows:].drop(columns=["label"]).reset_index(drop=True)
        w = None if weights is None else weights(np.random.RandomState(data_seed), rows)
        fit_weights = w if class_weight is None else compute_sample_weight(class_weight, train["label"]) * (
            1 if w is None else w)
        x = train.drop(columns=["label"])

        def fit(random_state):
            return estimator(random_state=random_state, **fit_params).fit(x, train["label"], sample_weight=fit_weights)
        tied = same_tree_for_every_seed(fit) if estimator is DecisionTreeClassifier else \
            same_boosting_for_every_seed(fit, query)
        if not tied:
            break
    else:
        raise SystemExit(prefix + name + ": every data seed has an exact tie")
    note += f" (make_classification random_state {data_seed})"
    model = write(prefix + name, estimator, fit_params, train, w, query, note)
    if class_weight is not None:
        expected = pd.DataFrame(fit(0).predict_proba(query), columns=list(model.classes_))
        expected.to_csv(os.path.join(WEIGHTS, prefix + name, "expected.csv"), index=False, float_format="%.17g")
        path = os.path.join(WEIGHTS, prefix + name, "params.json")
        with open(path) as f:
            recorded = json.load(f)
        recorded["params"] = params
        dump(path, recorded)


def regression_case(name, estimator, params, x, y, weights, query, note, coefficients=False):
    """A regression case: the fit of y on x with weights, its predictions of query and, for a linear model, its
    coefficients."""
    model = estimator(**params).fit(x, y, sample_weight=weights)
    folder = os.path.join(WEIGHTS, name)
    os.makedirs(folder, exist_ok=True)
    x.assign(y=y, weight=weights).to_csv(os.path.join(folder, "input.csv"), index=False, float_format="%.17g")
    query.to_csv(os.path.join(folder, "query.csv"), index=False, float_format="%.17g")
    pd.DataFrame({"prediction": model.predict(query)}).to_csv(os.path.join(folder, "expected.csv"), index=False,
                                                               float_format="%.17g")
    dump(os.path.join(folder, "params.json"), {"class": estimator.__name__, "params": params, "target": "y",
                                               "weight": "weight", "note": note})
    if coefficients:
        dump(os.path.join(folder, "expected.json"), {"coef": [model.coef_.tolist()],
                                                     "intercept": [float(model.intercept_)]})
    print(name, "written")


def linear(name, weights, params, note):
    rng = np.random.default_rng(61)
    x = pd.DataFrame(rng.standard_normal((230, 3)), columns=["x0", "x1", "x2"])
    y = 1.5 * x["x0"] - 2.0 * x["x1"] + 0.5 * x["x2"] + 3.0 + rng.standard_normal(230) * (1 + x["x0"].abs())
    regression_case("linear_" + name, LinearRegression, params, x.iloc[:200].reset_index(drop=True),
                    y.iloc[:200].reset_index(drop=True), weights(rng, 200), x.iloc[200:].reset_index(drop=True), note,
                    coefficients=True)


def grid_regression(name, estimator, seed, weights, params, note):
    """A tree regression case on grid features, from the first of seed, seed + 1000, ... no exact tie decides."""
    for data_seed in range(seed, seed + 20000, 1000):
        x, y = make_regression(n_samples=350, n_features=4, n_informative=3, noise=5.0, random_state=data_seed)
        x = pd.DataFrame((np.floor(x * 64) + 0.5) / 64, columns=[f"x{j}" for j in range(4)])
        train, query, target = x.iloc[:300].reset_index(drop=True), x.iloc[300:].reset_index(drop=True), y[:300]
        w = weights(np.random.RandomState(data_seed), 300)

        def fit(random_state):
            return estimator(random_state=random_state, **params).fit(train, target, sample_weight=w)
        first = fit(0).predict(query)
        if all(np.allclose(fit(s).predict(query), first, rtol=0, atol=1e-12) for s in SEEDS):
            break
    else:
        raise SystemExit(name + ": every data seed has an exact tie")
    regression_case(name, estimator, params, train, target, w, query,
                    note + f" (make_regression random_state {data_seed})")


def main():
    rng = np.random.default_rng(5)
    binary = softmax_data(450, 2, 21, [1.3, -0.4])
    three = softmax_data(500, 3, 22, [1.0, 0.0, -0.8])
    logistic("balanced_binary", binary, None, {"class_weight": "balanced"},
             "two classes (about 3:1), class_weight balanced, C 1")
    logistic("dict_multinomial", three, None, {"class_weight": {"b": 3.0, "c": 0.5}, "C": 0.5},
             "three classes, multinomial, class_weight {b: 3, c: 0.5} (a left out weighs 1), C 0.5")
    logistic("balanced_ovr", three, None, {"class_weight": "balanced", "multi_class": "ovr"},
             "three classes one-vs-rest, class_weight balanced: each binary model balances its class and the rest")
    logistic("integer_weights", binary, lambda n: rng.integers(0, 4, n).astype(float), {"C": 2.0},
             "two classes, integer sample weights 0..3 (about a quarter 0), C 2")
    logistic("fractional_weights_balanced", three, lambda n: rng.uniform(0.1, 2.0, n),
             {"class_weight": "balanced"},
             "three classes, multinomial, fractional sample weights in [0.1, 2] times balanced class weights")
    logistic("zero_weights_no_intercept", three,
             lambda n: np.where(rng.uniform(size=n) < 0.3, 0.0, rng.exponential(1.0, n)),
             {"fit_intercept": False, "class_weight": {"a": 2.0}},
             "three classes, multinomial, no intercept, exponential sample weights with 30 % exactly 0, a weighs 2")

    grid_case("tree_", DecisionTreeClassifier, "balanced", 300, 5, 2, 31, [0.8, 0.2], None,
              {"class_weight": "balanced", "max_depth": 4, "min_samples_leaf": 5},
              "two classes 80/20 %, class_weight balanced, depth 4, at least 5 rows a leaf")
    grid_case("tree_", DecisionTreeClassifier, "dict_three_classes", 360, 6, 3, 32, None, None,
              {"class_weight": {"a": 2.0, "c": 0.5}, "criterion": "entropy", "max_depth": 4},
              "three classes, class_weight {a: 2, c: 0.5}, entropy, depth 4")
    grid_case("tree_", DecisionTreeClassifier, "balanced_fractional_weights", 320, 5, 3, 33, [0.6, 0.3, 0.1],
              lambda r, n: np.round(r.uniform(0.2, 3.0, n), 3),
              {"class_weight": "balanced", "max_depth": 5, "min_samples_split": 10},
              "three classes 60/30/10 %, sample weights uniform in [0.2, 3] times balanced class weights, depth 5")
    grid_case("tree_", DecisionTreeClassifier, "integer_zero_weights", 300, 5, 2, 34, None,
              lambda r, n: r.randint(0, 4, n).astype(float),
              {"class_weight": {"b": 1.5}, "max_depth": 4, "min_samples_leaf": 3},
              "two classes, integer sample weights 0..3 (a quarter 0) times class_weight {b: 1.5}, depth 4")

    grid_case("gradient_boosting_", GradientBoostingClassifier, "balanced_binary", 300, 5, 2, 41, [0.8, 0.2], None,
              {"class_weight": "balanced", "n_estimators": 20, "max_depth": 2},
              "two classes 80/20 %, no class_weight in scikit-learn: sample_weight=compute_sample_weight('balanced',"
              " y) is passed; prepkit's classWeight(BALANCED) must match it. 20 stages of depth 2")
    grid_case("gradient_boosting_", GradientBoostingClassifier, "fractional_weights_three_classes", 330, 5, 3, 42,
              None, lambda r, n: np.round(r.uniform(0.2, 3.0, n), 3),
              {"class_weight": {"a": 2.0, "c": 0.5}, "n_estimators": 15, "max_depth": 2},
              "three classes, sample weights uniform in [0.2, 3] times class_weight {a: 2, c: 0.5} (passed to"
              " scikit-learn as compute_sample_weight), 15 stages of depth 2")
    grid_case("gradient_boosting_", GradientBoostingClassifier, "integer_zero_weights", 300, 5, 2, 43, None,
              lambda r, n: r.randint(0, 4, n).astype(float), {"n_estimators": 20, "max_depth": 3},
              "two classes, integer sample weights 0..3 (a quarter 0), 20 stages of depth 3")

    linear("fractional_weights", lambda r, n: r.uniform(0.1, 3.0, n), {},
           "three features, noise growing with |x0|, sample weights uniform in [0.1, 3]")
    linear("integer_zero_weights", lambda r, n: r.integers(0, 4, n).astype(float), {},
           "integer sample weights 0..3, about a quarter 0")
    linear("no_intercept", lambda r, n: r.exponential(1.0, n), {"fit_intercept": False},
           "no intercept (the true one is 3), exponential sample weights")
    grid_regression("regression_tree_fractional_weights", DecisionTreeRegressor, 51,
                    lambda r, n: np.round(r.uniform(0.2, 3.0, n), 3), {"max_depth": 4, "min_samples_leaf": 5},
                    "sample weights uniform in [0.2, 3], depth 4, at least 5 rows a leaf")
    grid_regression("regression_tree_integer_zero_weights", DecisionTreeRegressor, 52,
                    lambda r, n: r.randint(0, 4, n).astype(float), {"max_depth": 5},
                    "integer sample weights 0..3 (a quarter 0), depth 5")
    grid_regression("regression_gradient_boosting_fractional_weights", GradientBoostingRegressor, 53,
                    lambda r, n: np.round(r.uniform(0.2, 3.0, n), 3), {"n_estimators": 20, "max_depth": 2},
                    "sample weights uniform in [0.2, 3], 20 stages of depth 2")
    grid_regression("regression_gradient_boosting_integer_zero_weights", GradientBoostingRegressor, 54,
                    lambda r, n: r.randint(0, 4, n).astype(float), {"n_estimators": 20, "max_depth": 3},
                    "integer sample weights 0..3 (a quarter 0), 20 stages of depth 3")

    data = synthetic()
    write_spread(WEIGHTS, RandomForestClassifier, "random_forest_balanced", data, "label",
                 {"class_weight": "balanced", "n_estimators": 50, "min_samples_leaf": 3},
                 "classes 70/20/10 %, class_weight balanced, 50 trees, at least 3 rows a leaf")
    write_spread(WEIGHTS, RandomForestClassifier, "random_forest_balanced_subsample", data, "label",
                 {"class_weight": "balanced_subsample", "n_estimators": 50, "min_samples_leaf": 3},
                 "classes 70/20/10 %, class_weight balanced_subsample (weights of each bootstrap draw), 50 trees")
    write_spread(WEIGHTS, RandomForestClassifier, "random_forest_dict", data, "label",
                 {"class_weight": {"mid": 3.0, "small": 6.0}, "n_estimators": 50, "max_depth": 6},
                 "classes 70/20/10 %, class_weight {mid: 3, small: 6}, 50 trees of depth 6")


if __name__ == "__main__":
    main()
