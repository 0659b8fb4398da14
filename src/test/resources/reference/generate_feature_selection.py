"""Writes the reference cases of scikit-learn 1.2.1's feature selection: feature_selection/*.

Run it from anywhere with Debian's Python (python3-sklearn 1.2.1, python3-scipy 1.10.1, python3-numpy, python3-pandas):

    /usr/bin/python3 src/test/resources/reference/generate_feature_selection.py

Each case is a folder in the layout of the other cases (see README.md): input.csv (the features and, but for the
VarianceThreshold cases, the target column "y"; an empty field is a missing value), params.json (the class or score
function, its parameters under scikit-learn's names) and expected.json:
- score functions (f_classif, f_regression, chi2): "scores" and "pvalues" of the function on the features (NaN written
  as null), and the supports of SelectKBest for each k in "k" ("all" included) and of SelectPercentile for each
  percentile in "percentile" (lists of booleans, in column order);
- VarianceThreshold: "variances" (variances_) and "support";
- mutual information: "mi_noise_off", sklearn's _compute_mi_cd called directly on each column scaled as
  mutual_info_classif scales it (scale(X, with_mean=False)) but without its noise, and "mi_noise_on",
  mutual_info_classif(X, y, random_state=0), whose noise our seeded generator cannot reproduce.
The data are drawn from a seeded generator and rounded to a few decimals, with awkward columns added by hand: constant
columns, duplicated columns (tied scores), an all-zero column for chi2, missing values for VarianceThreshold.
"""
import json
import math
import os

import numpy as np
import pandas as pd
from sklearn.feature_selection import (SelectKBest, SelectPercentile, VarianceThreshold, chi2, f_classif,
                                       f_regression, mutual_info_classif)
from sklearn.feature_selection._mutual_info import _compute_mi_cd
from sklearn.preprocessing import scale

HERE = os.path.dirname(os.path.abspath(__file__))
AREA = "feature_selection"


def clean(value):
    if isinstance(value, (list, tuple, np.ndarray)):
        return [clean(v) for v in value]
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (float, np.floating)):
        return None if math.isnan(value) else float(value)
    return value


def write_case(name, data, params, expected):
    folder = os.path.join(HERE, AREA, name)
    os.makedirs(folder, exist_ok=True)
    data.to_csv(os.path.join(folder, "input.csv"), index=False)
    for file, content in (("params.json", params), ("expected.json", clean_dict(expected))):
        with open(os.path.join(folder, file), "w") as out:
            json.dump(content, out, indent=2, sort_keys=True)
            out.write("\n")


def clean_dict(d):
    return {k: clean_dict(v) if isinstance(v, dict) else clean(v) for k, v in d.items()}


def frame(columns, rows, seed, low=-5.0, high=5.0, decimals=3):
    rng = np.random.default_rng(seed)
    return pd.DataFrame(np.round(rng.uniform(low, high, (rows, len(columns))), decimals), columns=columns)


def score_case(name, function, params, data, y, ks, percentiles):
    X = data.to_numpy(dtype=float)
    scores, pvalues = function(X, y)
    expected = {"scores": scores, "pvalues": pvalues, "k": {}, "percentile": {}}
    for k in ks:
        expected["k"][str(k)] = SelectKBest(function, k=k).fit(X, y).get_support()
    for p in percentiles:
        expected["percentile"][repr(float(p))] = SelectPercentile(function, percentile=p).fit(X, y).get_support()
    out = data.copy()
    out["y"] = y
    write_case(name, out, dict(params, k=[str(k) for k in ks], percentile=[float(p) for p in percentiles]), expected)


def classification_data(seed, rows=60, classes=3):
    data = frame(["a", "b", "c", "d", "e"], rows, seed)
    rng = np.random.default_rng(seed + 100)
    y = rng.integers(0, classes, rows)
    data["a"] = np.round(data["a"] + 2.0 * y, 3)  # informative
    data["b"] = np.round(data["b"] - 0.7 * y, 3)  # somewhat informative
    data["constant"] = 2.5  # f_classif NaN: ranked lowest
    data["a_copy"] = data["a"]  # tied with a
    data["c_copy"] = data["c"]  # tied with c
    return data, y


def f_classif_cases():
    data, y = classification_data(1)
    score_case("f_classif_ties", f_classif, {"function": "f_classif"}, data, y,
               [0, 1, 2, 3, 4, 6, "all"], [0, 10, 25, 40, 50, 70, 100])
    data, y = classification_data(2, rows=40, classes=2)
    data["big"] = np.round(data["e"] * 1e6 + 3e8, 0)
    score_case("f_classif_binary", f_classif, {"function": "f_classif"}, data, y, [1, 5, "all"], [10, 33.3, 90])


def f_regression_cases():
    data = frame(["a", "b", "c", "d"], 50, 3)
    rng = np.random.default_rng(33)
    y = np.round(3 * data["a"].to_numpy() - data["b"].to_numpy() + rng.normal(0, 2, 50), 3)
    data["constant"] = -1.0
    data["perfect"] = np.round(2 * y + 1, 3)  # r = 1: f forced to the largest double, p 0
    # no duplicated column here: scikit-learn's y @ X (BLAS) may round two equal columns' sums differently, so its tie
    # break would follow rounding; ties are in the f_classif and chi2 cases, whose sums are numpy's.
    for center in (True, False):
        function = lambda X, y, c=center: f_regression(X, y, center=c)
        score_case("f_regression_center_" + str(center).lower(), function,
                   {"function": "f_regression", "center": center}, data, y, [1, 2, 3, "all"], [20, 50])


def chi2_cases():
    rng = np.random.default_rng(4)
    rows = 45
    y = rng.integers(0, 3, rows)
    data = pd.DataFrame({
        "count_a": rng.poisson(3 + 2 * y),
        "count_b": rng.poisson(4, rows),
        "zeros": np.zeros(rows),  # 0 / 0: NaN score and p-value
        "freq": np.round(rng.uniform(0, 1, rows) + 0.3 * y, 4),
        "count_b_copy": None,
    })
    data["count_b_copy"] = data["count_b"]
    score_case("chi2_three_classes", chi2, {"function": "chi2"}, data.astype(float), y, [1, 2, 3, "all"], [25, 50, 75])
    yb = np.array(["no", "yes"])[rng.integers(0, 2, rows)]
    data2 = data.copy()
    data2["count_a"] = rng.poisson(np.where(yb == "yes", 6, 2))
    score_case("chi2_binary_strings", chi2, {"function": "chi2"}, data2.astype(float), yb, [2, "all"], [40])


def variance_cases():
    data = frame(["a", "b", "c"], 20, 5)
    data["constant"] = 7.25
    data["tiny"] = np.round(data["c"] * 1e-4, 7)
    data["gaps"] = data["b"]
    data.loc[[2, 5, 11], "gaps"] = np.nan
    data["constant_gaps"] = 3.0
    data.loc[[0, 4], "constant_gaps"] = np.nan
    data["small"] = np.round(data["a"] / 10, 4)
    for threshold in (0.0, 0.5, 1e-6):
        selector = VarianceThreshold(threshold=threshold).fit(data.to_numpy())
        write_case("variance_threshold_" + repr(threshold).replace(".", "_").replace("-", "m"), data,
                   {"class": "VarianceThreshold", "threshold": threshold},
                   {"variances": selector.variances_, "support": selector.get_support()})


def mutual_info_cases():
    for seed, classes, neighbors in ((6, 3, 3), (7, 2, 5), (8, 4, 1)):
        rows = 80
        rng = np.random.default_rng(seed)
        y = rng.integers(0, classes, rows)
        data = pd.DataFrame({
            "informative": np.round(rng.normal(0, 1, rows) + y, 6),
            "noise": np.round(rng.normal(5, 3, rows), 6),
            "weak": np.round(rng.uniform(-1, 1, rows) + 0.2 * y, 6),
            "large": np.round(rng.normal(1e4, 2e3, rows) - 3e3 * y, 3),
        })
        X = data.to_numpy(dtype=float)
        scaled = scale(X, with_mean=False)
        off = [_compute_mi_cd(scaled[:, j], y, neighbors) for j in range(X.shape[1])]
        on = mutual_info_classif(X, y, n_neighbors=neighbors, random_state=0)
        out = data.copy()
        out["y"] = y
        write_case("mutual_info_%d_classes_%d_neighbors" % (classes, neighbors), out,
                   {"function": "mutual_info_classif", "n_neighbors": neighbors},
                   {"mi_noise_off": off, "mi_noise_on": on})


if __name__ == "__main__":
    f_classif_cases()
    f_regression_cases()
    chi2_cases()
    variance_cases()
    mutual_info_cases()
