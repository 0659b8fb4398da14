"""Writes the reference cases of scikit-learn 1.2.1's PowerTransformer and QuantileTransformer under transform/.

Run it from anywhere with Debian's Python (python3-sklearn 1.2.1, python3-scipy 1.10.1, python3-numpy 1.24, pandas):

    /usr/bin/python3 src/test/resources/reference/generate_power_quantile.py

Each case is a folder transform/power/<name>/ or transform/quantile/<name>/ holding:
- input.csv: the table fitted on (an empty field is a missing value);
- params.json: "class", the parameters under scikit-learn's names (the others are its defaults) and a "note";
- expected.csv: fit_transform of input.csv;
- expected.json: the fitted state: "lambdas" (PowerTransformer's lambdas_), "mean" and "scale" (its StandardScaler's,
  null without standardize); "quantiles" (QuantileTransformer's quantiles_, one list per column) and "references";
- query.csv and query_expected.csv: other rows (values outside the fitted range among them) and their transform;
- inverse_expected.csv: inverse_transform of query_expected.csv.
The tables have fewer rows than QuantileTransformer's subsample (10,000), so no row is drawn at random: prepkit's
generator cannot repeat numpy's draws.
"""
import json
import os

import numpy as np
import pandas as pd
from sklearn.preprocessing import PowerTransformer, QuantileTransformer

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "transform")


def frame(columns):
    return pd.DataFrame({name: np.asarray(values, dtype=float) for name, values in columns.items()})


def write_table(path, data):
    data.to_csv(path, index=False, float_format="%.17g")


def nulls(values):
    return [None if np.isnan(v) else float(v) for v in values]


def write_case(area, name, estimator, params, data, query, note):
    folder = os.path.join(ROOT, area, name)
    os.makedirs(folder, exist_ok=True)
    write_table(os.path.join(folder, "input.csv"), data)
    write_table(os.path.join(folder, "query.csv"), query)
    out = estimator.fit_transform(data.to_numpy())
    write_table(os.path.join(folder, "expected.csv"), pd.DataFrame(out, columns=data.columns))
    query_out = estimator.transform(query.to_numpy())
    write_table(os.path.join(folder, "query_expected.csv"), pd.DataFrame(query_out, columns=data.columns))
    inverse = estimator.inverse_transform(query_out.copy())
    write_table(os.path.join(folder, "inverse_expected.csv"), pd.DataFrame(inverse, columns=data.columns))
    if isinstance(estimator, PowerTransformer):
        scaler = getattr(estimator, "_scaler", None)
        state = {"lambdas": nulls(estimator.lambdas_),
                 "mean": nulls(scaler.mean_) if scaler is not None else None,
                 "scale": nulls(scaler.scale_) if scaler is not None else None}
    else:
        state = {"quantiles": [nulls(estimator.quantiles_[:, j]) for j in range(data.shape[1])],
                 "references": nulls(estimator.references_)}
    with open(os.path.join(folder, "expected.json"), "w") as f:
        json.dump(state, f, indent=1)
    with open(os.path.join(folder, "params.json"), "w") as f:
        json.dump({"class": type(estimator).__name__, **params, "note": note}, f, indent=2)


def power_cases(rng):
    n = 80
    skewed = frame({"lognormal": rng.lognormal(0.5, 0.8, n), "exponential": rng.exponential(3.0, n),
                    "chi2": rng.chisquare(2, n) + 0.05, "normal": rng.normal(10, 2, n)})
    skewed_query = frame({"lognormal": [0.01, 0.5, 3.0, 40.0], "exponential": [0.001, 1.0, 5.0, 60.0],
                          "chi2": [0.06, 0.7, 4.0, 30.0], "normal": [1.0, 9.0, 11.0, 25.0]})
    negative = frame({"mixed": rng.normal(0, 3, n), "left": -rng.lognormal(1.0, 0.7, n),
                      "right": rng.lognormal(0.0, 1.2, n) - 1.0, "wide": rng.standard_t(3, n) * 50})
    negative_query = frame({"mixed": [-12.0, -0.5, 0.0, 14.0], "left": [-80.0, -3.0, -0.2, 1.0],
                            "right": [-0.99, 0.0, 2.0, 100.0], "wide": [-900.0, -1.0, 3.0, 700.0]})
    ties = np.round(rng.lognormal(0.3, 0.6, n), 1)
    ties[rng.choice(n, 12, replace=False)] = np.nan
    counts = rng.poisson(2.0, n).astype(float) + 0.5
    counts[rng.choice(n, 5, replace=False)] = np.nan
    signed = np.round(rng.normal(0.5, 2.0, n), 0)
    signed[rng.choice(n, 7, replace=False)] = np.nan
    missing = frame({"ties": ties, "counts": counts, "signed": signed})
    missing_query = frame({"ties": [np.nan, 0.4, 1.2, 9.0], "counts": [0.5, np.nan, 3.5, 12.5],
                           "signed": [-9.0, 0.0, np.nan, 8.0]})
    missing_positive = missing.drop(columns=["signed"])
    positive_query = missing_query.drop(columns=["signed"])
    for standardize in (True, False):
        suffix = "" if standardize else "_raw"
        for method, tag in (("yeo-johnson", "yj"), ("box-cox", "bc")):
            params = {"method": method, "standardize": standardize}
            write_case("power", f"{tag}_skewed{suffix}", PowerTransformer(**params), params, skewed, skewed_query,
                       "right-skewed positive columns and one near normal")
            positive = missing_positive if method == "box-cox" else missing
            query = positive_query if method == "box-cox" else missing_query
            write_case("power", f"{tag}_ties_missing{suffix}", PowerTransformer(**params), params, positive, query,
                       "repeated values and missing values (ignored at fit, kept)")
        params = {"method": "yeo-johnson", "standardize": standardize}
        write_case("power", f"yj_negative{suffix}", PowerTransformer(**params), params, negative, negative_query,
                   "negative and mixed-sign values")


def quantile_cases(rng):
    n = 300
    skewed = frame({"lognormal": rng.lognormal(0.0, 1.0, n), "mixed": rng.normal(0, 5, n),
                    "ties": np.round(rng.exponential(2.0, n), 0), "few": rng.integers(0, 4, n) + 0.5})
    skewed["ties"][rng.choice(n, 20, replace=False)] = np.nan
    query = frame({"lognormal": [-1.0, 0.0, 0.3, 1.0, 2.5, 1000.0], "mixed": [-100.0, -3.0, 0.0, 1.5, 4.0, 50.0],
                   "ties": [np.nan, 0.0, 1.0, 1.5, 3.0, 99.0], "few": [0.5, 1.0, 1.5, 2.5, 3.5, 4.0]})
    small = frame({"a": [3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0, 5.0, 3.0, 5.0, np.nan],
                   "b": [-2.5, -2.5, -2.5, 0.5, 0.5, 7.25, 7.25, 7.25, 7.25, 8.0, 8.0, 8.0]})
    small_query = frame({"a": [0.0, 1.0, 2.5, 5.0, 9.0, 10.0, np.nan], "b": [-3.0, -2.5, 0.0, 0.5, 7.5, 8.0, 9.0]})
    for distribution in ("uniform", "normal"):
        for n_quantiles in (1000, 10, 100):
            params = {"n_quantiles": n_quantiles, "output_distribution": distribution}
            estimator = QuantileTransformer(**params)
            write_case("quantile", f"{distribution}_{n_quantiles}", estimator, params, skewed, query,
                       "skewed, mixed-sign, tied and missing values; n_quantiles capped at the rows")
        params = {"n_quantiles": 7, "output_distribution": distribution}
        write_case("quantile", f"{distribution}_small_ties", QuantileTransformer(**params), params, small,
                   small_query, "few rows, many ties: repeated quantiles averaged from both directions")


def main():
    rng = np.random.default_rng(20260414)
    power_cases(rng)
    quantile_cases(rng)


if __name__ == "__main__":
    main()
