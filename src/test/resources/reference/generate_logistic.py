"""Writes the multinomial (softmax) logistic regression reference cases under models/.

Run it from anywhere with Debian's Python (python3-sklearn 1.2.1, python3-numpy, python3-pandas):

    /usr/bin/python3 src/test/resources/reference/generate_logistic.py

Each case is a folder models/logistic_multinomial_<name>/ in the layout of the other model cases (see README.md):
input.csv (features and target), params.json (the call), expected.json (coef_ and intercept_ by class and feature),
query.csv (rows to predict) and expected.csv (the prediction and predict_proba, a column proba_<class> per class).

The solver is newton-cg with tol=1e-10 and max_iter=10000, not lbfgs: scipy's L-BFGS-B also stops on a relative
decrease of the objective below ftol (2.2e-9, which scikit-learn 1.2.1 does not pass on), so lbfgs stops with a
gradient of about 1e-3 whatever tol says, coefficients up to 6e-4 from the optimum on these data sets. newton-cg goes
down to rounding; at tol=1e-10 it may warn that a line search or the iterations could not get further, which is that
floor. So that the expected numbers are the optimum, this script measures the largest component of the gradient of
scikit-learn's objective (log-loss summed over the rows plus ||W||^2 / (2 C), intercepts unpenalised) at the answer,
records it in params.json and refuses to write a case where it exceeds 1e-6.

Wine is standardised first (StandardScaler, written standardised to input.csv): unscaled, every solver needs thousands
of iterations. Penalty none is not fitted on iris or wine: setosa, and on standardised wine every cultivar, is
linearly separable from the rest, so the multinomial likelihood has no maximum (scikit-learn "converges" only because
a solver stops; its coefficients are whatever it stopped at). It is fitted on synthetic overlapping classes instead,
where scikit-learn's answer is the optimum whose coefficients (and intercepts) sum to 0 over the classes: the loss
does not change when the same vector is added to every class, and the solvers start at 0 and move along gradients,
which sum to 0 over the classes.
"""
import json
import os
import warnings

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
DATASETS = os.path.join(HERE, "..", "..", "..", "..", "datasets")
MODELS = os.path.join(HERE, "models")


def dataset(name, target):
    data = pd.read_csv(os.path.join(DATASETS, name + ".csv"))
    return data.drop(columns=[target]), data[target]


def synthetic(rows=300, seed=7):
    """Three overlapping classes drawn from a softmax model on four standard normal features."""
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((rows, 4))
    w = np.array([[0.8, -0.5, 0.3, 0.0], [-0.4, 0.9, 0.0, 0.5], [0.0, 0.0, -0.6, -0.7]])
    eta = x @ w.T + np.array([0.2, -0.1, 0.0])
    p = np.exp(eta - eta.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    labels = np.array([rng.choice(3, p=row) for row in p])
    return pd.DataFrame(x, columns=["x0", "x1", "x2", "x3"]), pd.Series(np.array(["a", "b", "c"])[labels], name="y")


def max_gradient(model, x, y, c):
    """The largest component of the gradient of scikit-learn's summed objective at the fitted model."""
    proba = model.predict_proba(x)
    indicator = (np.asarray(y)[:, None] == model.classes_[None, :]).astype(float)
    if model.coef_.shape[0] == 1 and len(model.classes_) == 2:
        # the two-class multinomial model: softmax of (-eta, eta), coef_ the second class's half, penalised twice
        residual = (proba - indicator)[:, 1]
        grad_w = 2 * residual @ x + (2 * model.coef_[0] / c if c else 0)
        grad_b = 2 * residual.sum()
        return max(np.abs(grad_w).max(), abs(grad_b) if model.fit_intercept else 0)
    residual = proba - indicator
    grad_w = residual.T @ x + (model.coef_ / c if c else 0)
    grad_b = residual.sum(axis=0) if model.fit_intercept else np.zeros(1)
    return max(np.abs(grad_w).max(), np.abs(grad_b).max())


def write_case(name, x, y, query_rows, penalty, c, fit_intercept, multi_class, note):
    folder = os.path.join(MODELS, "logistic_multinomial_" + name)
    os.makedirs(folder, exist_ok=True)
    x = x.reset_index(drop=True)
    y = y.reset_index(drop=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model = LogisticRegression(penalty=penalty, C=c, fit_intercept=fit_intercept, solver="newton-cg", tol=1e-10,
                                   max_iter=10000, multi_class=multi_class).fit(x.to_numpy(), y.to_numpy())
    gradient = max_gradient(model, x.to_numpy(), y.to_numpy(), c if penalty == "l2" else None)
    if gradient > 1e-6:
        raise SystemExit(name + ": the gradient at scikit-learn's answer is " + repr(gradient) + ", not an optimum")
    target = y.name
    pd.concat([x, y], axis=1).to_csv(os.path.join(folder, "input.csv"), index=False)
    query = x.iloc[query_rows].reset_index(drop=True)
    query.to_csv(os.path.join(folder, "query.csv"), index=False)
    expected = pd.DataFrame({"prediction": model.predict(query.to_numpy())})
    for k, label in enumerate(model.classes_):
        expected["proba_" + str(label)] = model.predict_proba(query.to_numpy())[:, k]
    expected.to_csv(os.path.join(folder, "expected.csv"), index=False)
    features = list(x.columns)
    classes = [str(label) for label in model.classes_]
    if model.coef_.shape[0] == 1:
        coef = dict(zip(features, model.coef_[0].tolist()))
        intercept = float(model.intercept_[0]) if fit_intercept else 0.0
    else:
        coef = {label: dict(zip(features, row.tolist())) for label, row in zip(classes, model.coef_)}
        intercept = dict(zip(classes, (model.intercept_ if fit_intercept else np.zeros(len(classes))).tolist()))
    dump(os.path.join(folder, "expected.json"), {"classes": classes, "coef": coef, "intercept": intercept})
    dump(os.path.join(folder, "params.json"), {
        "class": "LogisticRegression", "penalty": penalty or "none", "C": c, "fit_intercept": fit_intercept,
        "multi_class": multi_class, "solver": "newton-cg", "tol": 1e-10, "max_iter": 10000, "target": target,
        "max_gradient_at_answer": gradient, "n_iter": int(model.n_iter_[0]),
        "warnings": sorted({str(w.message).split(".")[0] for w in caught}), "note": note})
    print(name, "gradient", gradient, "iterations", model.n_iter_, "coef sum over classes",
          np.abs(model.coef_.sum(axis=0)).max() if model.coef_.shape[0] > 1 else "-")


def dump(path, value):
    with open(path, "w") as out:
        json.dump(value, out, indent=2, sort_keys=True)
        out.write("\n")


def main():
    iris_x, iris_y = dataset("iris", "species")
    wine_x, wine_y = dataset("wine", "cultivar")
    wine_x = pd.DataFrame(StandardScaler().fit_transform(wine_x), columns=wine_x.columns)
    every_tenth = list(range(0, 150, 10)) + [149]
    for name, x, y, rows, scaled in [("iris", iris_x, iris_y, every_tenth, ""),
                                     ("wine", wine_x, wine_y, list(range(0, 178, 12)) + [177],
                                      "; the features standardised by StandardScaler first")]:
        for c in [1.0, 0.01]:
            for fit_intercept in [True, False]:
                write_case(name + "_c" + repr(c).rstrip("0").rstrip(".") + ("" if fit_intercept else "_no_intercept"),
                           x, y, rows, "l2", c, fit_intercept, "auto",
                           "multinomial (softmax) with L2 at C = " + repr(c) + scaled)
    synthetic_x, synthetic_y = synthetic()
    for fit_intercept in [True, False]:
        write_case("none_synthetic" + ("" if fit_intercept else "_no_intercept"), synthetic_x, synthetic_y,
                   list(range(0, 300, 20)), None, 1.0, fit_intercept, "auto",
                   "no penalty on three overlapping synthetic classes: coefficients and intercepts sum to 0 over the"
                   " classes (scikit-learn's answer among the equivalent optima)")
    cancer_x, cancer_y = dataset("breast_cancer", "diagnosis")
    cancer_x = cancer_x[["mean_radius", "mean_texture", "mean_smoothness", "mean_concavity"]]
    cancer_x = pd.DataFrame(StandardScaler().fit_transform(cancer_x), columns=cancer_x.columns)
    write_case("binary_cancer", cancer_x, cancer_y, list(range(0, 569, 40)), "l2", 1.0, True, "multinomial",
               "multi_class='multinomial' on two classes: softmax of (-eta, eta), so coef_ is half the log-odds"
               " coefficients of a binary fit at 2 C; four features standardised by StandardScaler first")


if __name__ == "__main__":
    main()
