"""Writes the reference cases of scikit-learn 1.2.1's OrdinalEncoder and KBinsDiscretizer under encode/.

Run it from anywhere with Debian's Python (python3-sklearn 1.2.1, python3-numpy, python3-pandas):

    /usr/bin/python3 src/test/resources/reference/generate_encoders.py

Each case is a folder encode/ordinal_<name>/ or encode/kbins_<name>/ holding:
- input.csv: the table fitted (an empty field is a missing value); string columns hold letters only, so that Tablesaw
  reads them as text, and whole-number columns are written without a fraction, so that it reads them as integers;
- query.csv: the rows transformed (when absent, input.csv is transformed);
- params.json: "class", "columns" (the columns given to scikit-learn, in order), the parameters under scikit-learn's
  names (the others are its defaults: np.nan is written "nan") and a "note";
- expected.csv: transform of the query rows, only the encoded columns (an ordinal code, or a dummy column
  <column>_<bin> for KBinsDiscretizer's one-hot encodings); an empty field is NaN;
- inverse.csv: inverse_transform of expected.csv, the encoded columns (an empty field is NaN or None);
- expected.json: for KBinsDiscretizer, "bin_edges" and "n_bins" by column (an infinite edge written as the string
  "Infinity" or "-Infinity"), and "inverse_error" where inverse_transform raises (a column left with no bin: then
  there is no inverse.csv); for a case where scikit-learn raises, {"error": <stage>, "message": <its message>}
  (then there is no expected.csv).
"""
import json
import os
import shutil

import numpy as np
import pandas as pd
from sklearn.preprocessing import KBinsDiscretizer, OrdinalEncoder

HERE = os.path.dirname(os.path.abspath(__file__))
ENCODE = os.path.join(HERE, "encode")


def folder(name):
    path = os.path.join(ENCODE, name)
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


def write_csv(frame, path):
    frame.to_csv(path, index=False, float_format="%.17g")


def write_json(value, path):
    with open(path, "w") as out:
        json.dump(value, out, indent=2, sort_keys=True, allow_nan=False)
        out.write("\n")


def json_number(value):
    if isinstance(value, float) and np.isnan(value):
        return "nan"
    return value


def ordinal_case(name, data, columns, query=None, note="", **params):
    path = folder("ordinal_" + name)
    write_csv(data, os.path.join(path, "input.csv"))
    if query is not None:
        write_csv(query, os.path.join(path, "query.csv"))
    written = {key: json_number(value) for key, value in params.items()}
    if "categories" in params:
        written["categories"] = {column: [json_number(level) for level in levels]
                                 for column, levels in zip(columns, params["categories"])}
    write_json({"class": "OrdinalEncoder", "columns": columns, **written,
                "note": "codes by column name; an empty field is NaN; " + note}, os.path.join(path, "params.json"))
    encoder = OrdinalEncoder(**params)
    try:
        encoder.fit(data[columns])
    except ValueError as error:
        write_json({"error": "fit", "message": str(error)}, os.path.join(path, "expected.json"))
        return
    rows = data if query is None else query
    try:
        codes = encoder.transform(rows[columns])
    except ValueError as error:
        write_json({"error": "transform", "message": str(error)}, os.path.join(path, "expected.json"))
        return
    expected = pd.DataFrame(codes, columns=columns)
    write_csv(expected, os.path.join(path, "expected.csv"))
    inverse = pd.DataFrame(encoder.inverse_transform(expected.to_numpy()), columns=columns)
    for column in columns:
        if pd.api.types.is_integer_dtype(data[column]):
            inverse[column] = inverse[column].astype("Int64")
    write_csv(inverse, os.path.join(path, "inverse.csv"))


def edge(value):
    return value if np.isfinite(value) else ("Infinity" if value > 0 else "-Infinity")


def kbins_case(name, data, columns, query=None, note="", **params):
    path = folder("kbins_" + name)
    write_csv(data, os.path.join(path, "input.csv"))
    if query is not None:
        write_csv(query, os.path.join(path, "query.csv"))
    write_json({"class": "KBinsDiscretizer", "columns": columns, **params,
                "note": "bin edges 1e-9; codes and dummies exact; dummy columns <column>_<bin>; " + note},
               os.path.join(path, "params.json"))
    discretizer = KBinsDiscretizer(**params)
    try:
        discretizer.fit(data[columns])
    except ValueError as error:
        write_json({"error": "fit", "message": str(error)}, os.path.join(path, "expected.json"))
        return
    state = {"bin_edges": {column: [edge(float(v)) for v in discretizer.bin_edges_[j]]
                           for j, column in enumerate(columns)},
             "n_bins": {column: int(discretizer.n_bins_[j]) for j, column in enumerate(columns)}}
    rows = data if query is None else query
    out = discretizer.transform(rows[columns])
    try:
        inverse = pd.DataFrame(discretizer.inverse_transform(out), columns=columns)
    except IndexError as error:
        state["inverse_error"] = str(error)
        inverse = None
    write_json(state, os.path.join(path, "expected.json"))
    if hasattr(out, "toarray"):
        out = out.toarray()
    if params.get("encode", "onehot") == "ordinal":
        names = columns
    else:
        names = [f"{column}_{b}" for j, column in enumerate(columns) for b in range(discretizer.n_bins_[j])]
    expected = pd.DataFrame(out, columns=names).astype(int)
    write_csv(expected, os.path.join(path, "expected.csv"))
    if inverse is not None:
        write_csv(inverse, os.path.join(path, "inverse.csv"))


def ordinal_cases():
    nan = np.nan
    data = pd.DataFrame({
        "color": ["red", "green", "blue", "green", "red", "yellow", "blue", "red"],
        "size": ["M", "S", "L", "XL", "M", "S", "S", "L"],
        "weight": [1.5, 2.0, -3.25, 4.0, 0.5, 2.0, 7.0, 1.0],
    })
    ordinal_case("strings", data, ["color", "size"], note="weight is not encoded")

    numbers = pd.DataFrame({
        "count": [3, -1, 10, 2, 3, 10, 2, 0],
        "ratio": [2.5, -0.5, 10.0, 2.0, 2.5, 1e-3, 100.0, -0.5],
        "label": ["b", "a", "c", "a", "b", "a", "c", "b"],
    })
    ordinal_case("numbers", numbers, ["count", "ratio", "label"],
                 note="numbers sort numerically: 2 before 10")

    missing = pd.DataFrame({
        "color": ["red", nan, "blue", "green", nan, "red", "blue", "green"],
        "level": [1.0, 2.0, nan, 3.0, 1.0, nan, 2.0, 3.0],
    })
    query = pd.DataFrame({
        "color": [nan, "green", "red", "blue"],
        "level": [nan, 3.0, 1.0, nan],
    })
    ordinal_case("missing", missing, ["color", "level"], query,
                 note="a missing value is a category of its own, last, encoded as encoded_missing_value")
    ordinal_case("missing_encoded", missing, ["color", "level"], query, encoded_missing_value=-1)
    ordinal_case("missing_encoded_high", missing, ["color", "level"], query, encoded_missing_value=7)
    ordinal_case("missing_encoded_collides", missing, ["color", "level"], query, encoded_missing_value=1,
                 note="the missing category's own index (3 for color) counts as used too")
    ordinal_case("missing_encoded_own_index", missing, ["color"], query, encoded_missing_value=3,
                 note="color's categories are blue, green, red, nan: 3 is nan's index")

    train = pd.DataFrame({
        "color": ["red", "green", "blue", "green", "red", "blue"],
        "level": [1, 2, 3, 1, 2, 3],
    })
    unseen = pd.DataFrame({
        "color": ["purple", "green", nan, "red", "aqua", "blue"],
        "level": [4, 2, 1, np.nan, 0, 3],
    })
    unseen["level"] = unseen["level"].astype("Int64")
    unseen_float = unseen.assign(level=unseen["level"].astype(float))
    ordinal_case("unknown_error", train, ["color", "level"], unseen_float,
                 note="an unseen level fails transform")
    ordinal_case("unknown_encoded", train, ["color", "level"], unseen_float, handle_unknown="use_encoded_value",
                 unknown_value=-1, note="a missing value not seen at fit is unknown")
    ordinal_case("unknown_encoded_nan", train, ["color", "level"], unseen_float, handle_unknown="use_encoded_value",
                 unknown_value=nan)
    ordinal_case("unknown_encoded_high", train, ["color", "level"], unseen_float, handle_unknown="use_encoded_value",
                 unknown_value=3, note="3 is past every column's codes 0..2")
    ordinal_case("unknown_value_collides", train, ["color", "level"], unseen_float,
                 handle_unknown="use_encoded_value", unknown_value=2)
    ordinal_case("unknown_value_collides_missing", missing, ["color"], query,
                 handle_unknown="use_encoded_value", unknown_value=3,
                 note="color's categories are blue, green, red, nan: 3 is nan's index")
    ordinal_case("unknown_with_missing", missing, ["color", "level"], pd.DataFrame({
        "color": ["pink", nan, "red"], "level": [9.0, nan, 2.0]}), handle_unknown="use_encoded_value",
                 unknown_value=-2, encoded_missing_value=-1)
    ordinal_case("unknown_equals_missing", missing, ["color", "level"], pd.DataFrame({
        "color": ["pink", nan, "red"], "level": [9.0, nan, 2.0]}), handle_unknown="use_encoded_value",
                 unknown_value=-1, encoded_missing_value=-1,
                 note="scikit-learn 1.2.1 lets them be equal; inverse_transform gives the missing value")

    sizes = pd.DataFrame({
        "size": ["M", "S", "L", "M", "S", "L"],
        "level": [1, 2, 5, 1, 2, 5],
    })
    ordinal_case("given_categories", sizes, ["size", "level"],
                 pd.DataFrame({"size": ["L", "M", "S"], "level": [3, 5, 1]}),
                 categories=[["S", "M", "L", "XL"], [1, 2, 3, 5]],
                 note="string categories keep the given order; numbers must be sorted")
    ordinal_case("given_categories_unseen_at_fit", sizes, ["size", "level"],
                 categories=[["S", "M"], [1, 2, 5]], note="L is not a category")
    ordinal_case("given_categories_unseen_at_fit_encoded", sizes, ["size", "level"],
                 categories=[["S", "M"], [1, 2, 5]], handle_unknown="use_encoded_value", unknown_value=-1)
    ordinal_case("given_categories_unsorted_numbers", sizes, ["level"], categories=[[5, 1, 2]])
    ordinal_case("given_categories_with_missing", missing, ["color", "level"], query,
                 categories=[["red", "green", "blue", nan], [1.0, 2.0, 3.0, nan]], encoded_missing_value=-1)
    ordinal_case("given_categories_without_missing", missing, ["color"], query,
                 categories=[["red", "green", "blue"]], note="a missing value at fit is unknown")

    constant = pd.DataFrame({"kind": ["x", "x", "x", "x"], "flag": [0, 0, 0, 0]})
    ordinal_case("constant", constant, ["kind", "flag"], note="one category each")


def kbins_cases():
    rng = np.random.RandomState(0)
    normal = pd.DataFrame({
        "a": np.round(rng.normal(0, 1, 40), 6),
        "b": np.round(rng.exponential(3, 40), 6),
        "name": ["n%d" % (i % 3) for i in range(40)],
    })
    query = pd.DataFrame({"a": [-10.0, -0.5, 0.0, 0.5, 10.0, normal["a"].min(), normal["a"].max()],
                          "b": [-1.0, 0.5, 1.0, 2.0, 100.0, normal["b"].min(), normal["b"].max()]})
    for strategy in ["uniform", "quantile", "kmeans"]:
        kbins_case(strategy + "_ordinal", normal, ["a", "b"], query, n_bins=4, encode="ordinal", strategy=strategy)
        kbins_case(strategy + "_onehot", normal, ["a", "b"], query, strategy=strategy,
                   note="default n_bins 5 and encode onehot")
        kbins_case(strategy + "_per_column", normal, ["a", "b"], query, n_bins=[3, 7], encode="onehot-dense",
                   strategy=strategy)
    kbins_case("default", normal, ["a", "b"], note="quantile, 5 bins, onehot")

    ties = pd.DataFrame({
        "t": [1, 1, 1, 1, 1, 1, 2, 2, 3, 10, 1, 1, 2, 3, 3, 1],
        "u": [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 7.25, 0.5],
    })
    for strategy in ["uniform", "quantile", "kmeans"]:
        kbins_case(strategy + "_ties", ties, ["t", "u"], n_bins=5, encode="ordinal", strategy=strategy,
                   note="narrow bins (<= 1e-8) removed for quantile and kmeans")

    few = pd.DataFrame({"f": [0.0, 1.0, 2.0, 0.0, 1.0, 2.0, 0.0, 1.0, 2.0, 2.0],
                        "g": [5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0],
                        "h": [-1e6, 1e6, 0.0, 3.0, -2.0, 5e5, 1.0, 2.0, 3.0, 4.0]})
    for strategy in ["uniform", "quantile", "kmeans"]:
        kbins_case(strategy + "_few_distinct", few, ["f", "g", "h"], n_bins=6, encode="ordinal", strategy=strategy,
                   note="g is constant: one bin (-inf, inf), inverse NaN")
        kbins_case(strategy + "_few_distinct_onehot", few, ["f", "g", "h"], n_bins=6, encode="onehot-dense",
                   strategy=strategy)

    clusters = pd.DataFrame({"c": np.round(np.concatenate([rng.normal(-5, 0.5, 15), rng.normal(0, 0.2, 10),
                                                           rng.normal(8, 1, 20)]), 5)})
    kbins_case("kmeans_clusters", clusters, ["c"], n_bins=3, encode="ordinal", strategy="kmeans")
    kbins_case("kmeans_clusters_many", clusters, ["c"], n_bins=8, encode="ordinal", strategy="kmeans",
               note="empty clusters relocated as KMeans does")
    kbins_case("quantile_clusters", clusters, ["c"], n_bins=10, encode="ordinal", strategy="quantile")
    kbins_case("quantile_subsample_above_rows", clusters, ["c"], n_bins=4, encode="ordinal", strategy="quantile",
               subsample=1000, random_state=0, note="subsample above the row count draws nothing")

    big = pd.DataFrame({"x": [-1e300, 1e300, 0.0, 5e299, -5e299, 1.0],
                        "y": [1e-300, 2e-300, 3e-300, 4e-300, 5e-300, 6e-300]})
    kbins_case("uniform_extreme", big, ["x", "y"], n_bins=3, encode="ordinal", strategy="uniform")
    kbins_case("quantile_extreme", big, ["x", "y"], n_bins=3, encode="ordinal", strategy="quantile",
               note="y's bins are all narrower than 1e-8: one bin left")

    skewed = pd.DataFrame({"ln": np.round(rng.lognormal(0, 1, 60), 6), "ex": np.round(rng.exponential(2, 60), 6)})
    kbins_case("kmeans_skewed", skewed, ["ln", "ex"], n_bins=6, encode="ordinal", strategy="kmeans",
               note="an empty cluster at the first step: its point is the minimum or the maximum, equally far")
    kbins_case("kmeans_skewed_onehot", skewed, ["ln", "ex"], n_bins=[4, 9], strategy="kmeans")
    many = pd.DataFrame({"m": np.round(rng.exponential(3, 600), 4), "g": np.round(rng.normal(5, 2, 600), 4)})
    kbins_case("kmeans_many_rows", many, ["m", "g"], n_bins=7, encode="ordinal", strategy="kmeans",
               note="more than 256 rows: scikit-learn sums in chunks")
    kbins_case("quantile_many_rows", many, ["m", "g"], n_bins=10, encode="ordinal", strategy="quantile")
    kbins_case("uniform_many_rows", many, ["m", "g"], n_bins=8, encode="ordinal", strategy="uniform")
    repeated = pd.DataFrame({"r": [0.0] * 5 + [1.0] * 5 + [10.0] * 3,
                             "s": [2.0, -1.0, 2.0, -1.0, 2.0, 2.0, 9.0, 9.0, 9.0, 2.0, -1.0, 9.0, 2.0]})
    kbins_case("kmeans_repeated_values", repeated, ["r", "s"], n_bins=4, encode="ordinal", strategy="kmeans",
               note="two empty clusters at the first step, their points among equally far repeated values")
    kbins_case("quantile_repeated_values", repeated, ["r", "s"], n_bins=4, encode="onehot", strategy="quantile")

    tiny = pd.DataFrame({"s": [3.0, 1.0]})
    kbins_case("kmeans_fewer_rows_than_bins", tiny, ["s"], n_bins=3, encode="ordinal", strategy="kmeans")
    kbins_case("quantile_two_rows", tiny, ["s"], n_bins=3, encode="ordinal", strategy="quantile")


if __name__ == "__main__":
    ordinal_cases()
    kbins_cases()
