"""Writes the reference cases of scikit-learn 1.2.1's MaxAbsScaler, Normalizer, Binarizer, PolynomialFeatures and
FunctionTransformer: scale/maxabs_*, scale/normalizer_* and transform/*.

Run it from anywhere with Debian's Python (python3-sklearn 1.2.1, python3-numpy, python3-pandas):

    /usr/bin/python3 src/test/resources/reference/generate_transforms.py

Each case is a folder in the layout of the other cases (see README.md): input.csv (an empty field is a missing value),
params.json (the class, its parameters under scikit-learn's names, and for PolynomialFeatures the output names in
order, get_feature_names_out of the input's column names) and expected.csv (fit_transform of the input, columns named
as scikit-learn names them; an infinite value is written Infinity, which Java reads). A FunctionTransformer case also
writes inverse.csv, inverse_transform of expected.csv. The data are drawn from a seeded generator and rounded to a few
decimals, with awkward columns and rows added by hand: a column of zeros, one below ten machine epsilons (scikit-learn
scales it by 1), missing values, ties at the threshold, a zero row, values whose squares overflow.
"""
import json
import os

import numpy as np
import pandas as pd
from sklearn.preprocessing import (Binarizer, FunctionTransformer, MaxAbsScaler, Normalizer,
                                   PolynomialFeatures)

HERE = os.path.dirname(os.path.abspath(__file__))


def write_case(area, name, data, params, expected, extra=None):
    folder = os.path.join(HERE, area, name)
    os.makedirs(folder, exist_ok=True)
    data.to_csv(os.path.join(folder, "input.csv"), index=False)
    with open(os.path.join(folder, "params.json"), "w") as out:
        json.dump(params, out, indent=2, sort_keys=True)
        out.write("\n")
    write_table(expected, os.path.join(folder, "expected.csv"))
    for file, table in (extra or {}).items():
        write_table(table, os.path.join(folder, file))


def write_table(table, path):
    text = table.to_csv(index=False)
    lines = [",".join("Infinity" if f == "inf" else "-Infinity" if f == "-inf" else f for f in line.split(","))
             for line in text.splitlines()]
    with open(path, "w") as out:
        out.write("\n".join(lines) + "\n")


def frame(columns, rows=12, seed=0, low=-5.0, high=5.0, decimals=3):
    rng = np.random.default_rng(seed)
    return pd.DataFrame(np.round(rng.uniform(low, high, (rows, len(columns))), decimals), columns=columns)


def maxabs_cases():
    data = frame(["a", "b", "c"], seed=1)
    write_case("scale", "maxabs", data, {"class": "MaxAbsScaler", "defaults": True},
               pd.DataFrame(MaxAbsScaler().fit_transform(data), columns=data.columns))
    awkward = frame(["mixed", "negative", "zeros", "tiny", "ties"], rows=8, seed=2)
    awkward["negative"] = -awkward["negative"].abs()
    awkward["zeros"] = 0.0
    awkward["tiny"] = [1e-16, -2e-16, 0.0, 3e-16, np.nan, 1e-17, -1e-16, 2e-16]
    awkward["ties"] = [-4.0, 4.0, 2.0, -4.0, 1.0, 4.0, 0.0, -1.0]
    awkward.loc[[1, 5], "mixed"] = np.nan
    awkward.loc[3, "negative"] = np.nan
    write_case("scale", "maxabs_awkward", awkward,
               {"class": "MaxAbsScaler", "defaults": True,
                "note": "zeros: scale 1; tiny: max abs below 10 machine epsilons, scale 1; NaN ignored and kept"},
               pd.DataFrame(MaxAbsScaler().fit_transform(awkward), columns=awkward.columns))


def normalizer_cases():
    data = frame(["a", "b", "c", "d"], rows=10, seed=3)
    data.loc[2] = [0.0, 0.0, 0.0, 0.0]
    data.loc[5] = [1e-17, -1e-17, 0.0, 2e-17]
    data.loc[7] = [3.0, -3.0, 3.0, -3.0]
    data.loc[8] = [0.0, -2.5, 0.0, 0.0]
    for norm in ("l2", "l1", "max"):
        write_case("scale", "normalizer_" + norm, data,
                   {"class": "Normalizer", "norm": norm,
                    "note": "row 2 all zero stays zero; row 5's norm is below 10 machine epsilons: kept as it is"},
                   pd.DataFrame(Normalizer(norm=norm).fit_transform(data), columns=data.columns))


def binarizer_cases():
    data = frame(["a", "b", "c"], rows=10, seed=4, decimals=1)
    data.loc[1] = [0.0, -0.0, 1.5]
    data.loc[6] = [1.5, 1.4, 1.6]
    for name, threshold in (("binarizer", 0.0), ("binarizer_threshold", 1.5), ("binarizer_negative", -2.0)):
        write_case("transform", name, data, {"class": "Binarizer", "threshold": threshold,
                                             "note": "values > threshold become 1, ties at the threshold 0"},
                   pd.DataFrame(Binarizer(threshold=threshold).fit_transform(data), columns=data.columns))


def polynomial_cases():
    two = frame(["a", "b"], rows=8, seed=5)
    three = frame(["x", "y", "z"], rows=8, seed=6)
    three.loc[3] = [0.0, -1.0, 2.0]
    huge = pd.DataFrame({"p": [1e200, -1e200, 1.0, 0.0], "q": [2.0, 1e200, -3.0, 1e-200]})
    cases = [
        ("polynomial", two, {}),
        ("polynomial_degree3", three, {"degree": 3}),
        ("polynomial_interaction_only", three, {"degree": 3, "interaction_only": True}),
        ("polynomial_no_bias", three, {"include_bias": False}),
        ("polynomial_degree1", two, {"degree": 1}),
        ("polynomial_degree0", two, {"degree": 0}),
        ("polynomial_single_column", three[["y"]], {"degree": 4, "include_bias": False}),
        ("polynomial_overflow", huge, {}),
    ]
    for name, data, params in cases:
        poly = PolynomialFeatures(**params)
        out = poly.fit_transform(data)
        names = list(poly.get_feature_names_out(list(data.columns)))
        write_case("transform", name, data,
                   dict(params, **{"class": "PolynomialFeatures", "feature_names_out": names,
                                   "note": "column order as feature_names_out; a product beyond the double range is"
                                           " inf in scikit-learn"}),
                   pd.DataFrame(out, columns=names))


def function_cases():
    data = frame(["a", "b"], rows=8, seed=7, low=0.0, high=50.0)
    data.loc[2, "b"] = np.nan
    data.loc[4, "a"] = 0.0
    ft = FunctionTransformer(np.log1p, inverse_func=np.expm1)
    out = pd.DataFrame(ft.fit_transform(data), columns=data.columns)
    write_case("transform", "function_log1p", data,
               {"class": "FunctionTransformer", "func": "log1p", "inverse_func": "expm1",
                "note": "element-wise numpy functions; NaN maps to NaN; inverse.csv is inverse_transform(expected)"},
               out, {"inverse.csv": pd.DataFrame(ft.inverse_transform(out), columns=data.columns)})


if __name__ == "__main__":
    maxabs_cases()
    normalizer_cases()
    binarizer_cases()
    polynomial_cases()
    function_cases()
