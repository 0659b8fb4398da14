"""Writes the cleaning under-sampler reference cases under resample/ (imbalanced-learn 0.10.0, scikit-learn 1.2.1).

Run it from anywhere with Debian's Python (python3-imblearn 0.10.0, python3-sklearn 1.2.1, python3-pandas):

    /usr/bin/python3 src/test/resources/reference/generate_cleaning.py

Each case is a folder resample/<sampler>_<data>_<variant>/ (see README.md): input.csv (numeric features and the
target), params.json (the class, its parameters under imbalanced-learn's names, the target column and the tie
diagnosis below) and expected.json: "sample_indices", imbalanced-learn's sample_indices_ sorted ascending (the rows
kept, to compare as a set), and "class_counts_after".

The cases: TomekLinks, EditedNearestNeighbours, RepeatedEditedNearestNeighbours, AllKNN and NeighbourhoodCleaningRule,
each with its defaults and with other parameters, on breast_cancer (standardised with StandardScaler and written
standardised, or raw), iris, wine and a synthetic 3-class set (three overlapping Gaussian blobs of 150, 70 and 30
rows in 4 columns, classes 0, 1, 2). NeighbourhoodCleaningRule's default kind_sel="all" fails on text classes in
imbalanced-learn 0.10 (it takes np.all of the labels themselves), so its "all" cases use integer classes
(breast_cancer's diagnosis as 0 = malignant, 1 = benign, as scikit-learn's load_breast_cancer codes it).

SMOTEENN and SMOTETomek (smoteenn_*, smotetomek_*): SMOTE's draws come from NumPy's generator, which prepkit does
not reproduce, so expected.json holds the class counts before and after with random_state=0 and seeds 1..20 (their
range), and the test checks the law (the result is ENN / Tomek applied to prepkit's own SMOTE output) and that
prepkit's counts fall near that range.

Ties: scikit-learn picks a k-d tree for fewer than 16 columns (iris, wine, synthetic) and brute force otherwise
(breast_cancer); neither promises which of several equally distant rows comes first, while prepkit takes the earlier
row. params.json records "boundary_ties": the number of rows whose distances (computed exactly, by differences) to
their k-th and (k+1)-th nearest other rows are equal for a k the sampler uses; where it is 0 the neighbour sets, and
so the kept rows, cannot depend on the tie order. Iris (values to one decimal, two identical rows) has such ties;
cases record whether imbalanced-learn's result stays the same when the rows are shuffled ("order_invariant", 20
shuffles). Where it does, the expected rows are imbalanced-learn's. Where it does not (the *_ties cases, on a small
integer grid made to have ties), the tie order decides, so the expected rows are imbalanced-learn's own code run with
a stable neighbour search (StableNeighbors: exact distances, equal distances to the earlier row, what prepkit does),
patched into the modules that build its NearestNeighbors; the stock result is kept beside it
("stock_sample_indices"). The grid drops identical rows of different classes: there imbalanced-learn's "drop the
first neighbour found" and prepkit's "drop the row itself" differ by design.
"""
import contextlib
import json
import os
import shutil

import numpy as np
import pandas as pd
from imblearn.combine import SMOTEENN, SMOTETomek
from imblearn.under_sampling import (AllKNN, EditedNearestNeighbours, NeighbourhoodCleaningRule,
                                     RepeatedEditedNearestNeighbours, TomekLinks)
from scipy.spatial.distance import cdist
from imblearn.under_sampling._prototype_selection import _tomek_links
from imblearn.utils import _validation
from sklearn.neighbors import NearestNeighbors
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
DATASETS = os.path.join(HERE, "..", "..", "..", "..", "datasets")
RESAMPLE = os.path.join(HERE, "resample")

SAMPLERS = {
    "TomekLinks": TomekLinks,
    "EditedNearestNeighbours": EditedNearestNeighbours,
    "RepeatedEditedNearestNeighbours": RepeatedEditedNearestNeighbours,
    "AllKNN": AllKNN,
    "NeighbourhoodCleaningRule": NeighbourhoodCleaningRule,
}


def dataset(name, target):
    data = pd.read_csv(os.path.join(DATASETS, name + ".csv"))
    return data.drop(columns=[target]), data[target]


def standardised(x):
    return pd.DataFrame(StandardScaler().fit_transform(x), columns=x.columns)


def cancer_codes(y):
    return (y == "benign").astype(int)


def synthetic(seed=11):
    """Three overlapping Gaussian blobs, 150, 70 and 30 rows, 4 columns, classes 0, 1 and 2."""
    rng = np.random.default_rng(seed)
    centres = np.array([[0.0, 0.0, 0.0, 0.0], [1.2, 0.8, -0.5, 0.3], [-0.6, 1.1, 0.9, -0.8]])
    sizes = [150, 70, 30]
    x = np.vstack([rng.standard_normal((n, 4)) + c for n, c in zip(sizes, centres)])
    y = np.repeat([0, 1, 2], sizes)
    order = rng.permutation(len(y))
    return pd.DataFrame(x[order], columns=["x0", "x1", "x2", "x3"]), pd.Series(y[order], name="label")


def ties(seed=5):
    """Rows on a 7 x 7 integer grid, classes 0, 1, 2 drawn 50, 28, 12: many equal distances, identical rows within a
    class; a point drawn in two classes is dropped from all but the first, so no identical rows differ in class."""
    rng = np.random.default_rng(seed)
    sizes = [50, 28, 12]
    centres = np.array([[2.0, 2.0], [4.0, 3.0], [3.0, 5.0]])
    x = np.vstack([np.clip(np.rint(rng.normal(c, 1.2, (n, 2))), 0, 6) for n, c in zip(sizes, centres)])
    y = np.repeat([0, 1, 2], sizes)
    order = rng.permutation(len(y))
    x, y = x[order], y[order]
    owner = {}
    keep = [owner.setdefault(tuple(point), label) == label for point, label in zip(x, y)]
    return pd.DataFrame(x[keep], columns=["u", "v"]), pd.Series(y[keep], name="label")


class StableNeighbors(NearestNeighbors):
    """scikit-learn's NearestNeighbors with exact distances (by differences) and equal distances to the earlier row,
    the search prepkit documents, to run imbalanced-learn's own code with it where the tie order decides."""

    def fit(self, X, y=None):
        super().fit(X, y)
        self.points_ = np.asarray(X, dtype=float)
        return self

    def kneighbors(self, X=None, n_neighbors=None, return_distance=True):
        k = n_neighbors or self.n_neighbors
        distances = cdist(np.asarray(X, dtype=float), self.points_)
        found = np.argsort(distances, axis=1, kind="stable")[:, :k]
        return (np.take_along_axis(distances, found, axis=1), found) if return_distance else found


@contextlib.contextmanager
def stable_search():
    """imbalanced-learn's samplers searching with StableNeighbors (the modules that build a NearestNeighbors)."""
    saved = _validation.NearestNeighbors, _tomek_links.NearestNeighbors
    _validation.NearestNeighbors = _tomek_links.NearestNeighbors = StableNeighbors
    try:
        yield
    finally:
        _validation.NearestNeighbors, _tomek_links.NearestNeighbors = saved


def neighbour_counts(cls, params):
    """The k a sampler's neighbour searches use (each row itself left out)."""
    k = params.get("n_neighbors", 3)
    if cls == "TomekLinks":
        return [1]
    if cls == "AllKNN":
        return list(range(1, k + 1))
    return [k]


def boundary_ties(x, ks):
    distances = cdist(x, x)
    np.fill_diagonal(distances, np.inf)
    distances.sort(axis=1)
    tied = np.zeros(len(x), dtype=bool)
    for k in ks:
        tied |= distances[:, k - 1] == distances[:, k]
    return int(tied.sum())


def indices(cls, params, x, y):
    sampler = SAMPLERS[cls](**params)
    sampler.fit_resample(x, y)
    return np.sort(sampler.sample_indices_)


def order_invariant(cls, params, x, y, expected, shuffles=20):
    rng = np.random.default_rng(0)
    for _ in range(shuffles):
        order = rng.permutation(len(y))
        kept = indices(cls, params, x.iloc[order].reset_index(drop=True), y.iloc[order].reset_index(drop=True))
        if not np.array_equal(np.sort(order[kept]), expected):
            return False
    return True


def write(name, x, y, params_json, expected):
    folder = os.path.join(RESAMPLE, name)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    pd.concat([x.reset_index(drop=True), y.reset_index(drop=True)], axis=1).to_csv(
        os.path.join(folder, "input.csv"), index=False)
    with open(os.path.join(folder, "params.json"), "w") as f:
        json.dump(params_json, f, indent=2, sort_keys=True)
    with open(os.path.join(folder, "expected.json"), "w") as f:
        json.dump(expected, f, indent=2, sort_keys=True)


def counts(y):
    return {str(k): int(v) for k, v in sorted(pd.Series(y).value_counts().items())}


def cleaning_case(name, cls, params, x, y, note):
    kept = indices(cls, params, x, y)
    ties = boundary_ties(x.to_numpy(), neighbour_counts(cls, params))
    invariant = order_invariant(cls, params, x, y, kept) if ties else True
    params_json = {"class": cls, "params": params, "target": y.name, "boundary_ties": ties, "note": note,
                   "order_invariant": invariant, "neighbour_search": "scikit-learn's"}
    expected = {"sample_indices": kept.tolist(), "class_counts_after": counts(y.to_numpy()[kept])}
    if not invariant:
        with stable_search():
            stable = indices(cls, params, x, y)
        params_json["neighbour_search"] = "stable: exact, equal distances to the earlier row"
        params_json["note"] = ("scikit-learn's tie order decides these rows: sample_indices is imbalanced-learn's"
                               " result with the stable search; its stock result is stock_sample_indices")
        expected = {"sample_indices": stable.tolist(), "class_counts_after": counts(y.to_numpy()[stable]),
                    "stock_sample_indices": kept.tolist(),
                    "rows_differing_from_stock": len(set(stable) ^ set(kept))}
    write(name, x, y, params_json, expected)
    print(name, len(y), "->", len(kept), "ties", ties, "invariant", invariant,
          "" if invariant else "differ %d" % expected["rows_differing_from_stock"])


def combined_case(name, cls, x, y):
    runs = {}
    for seed in range(0, 21):
        _, resampled = cls(random_state=seed).fit_resample(x, y)
        runs[seed] = counts(resampled)
    classes = runs[0].keys()
    expected = {"class_counts_before": counts(y), "class_counts_after": runs[0],
                "class_counts_min": {c: min(r[c] for r in runs.values()) for c in classes},
                "class_counts_max": {c: max(r[c] for r in runs.values()) for c in classes}}
    params_json = {"class": cls.__name__, "params": {}, "target": y.name,
                   "note": "SMOTE's draws differ from NumPy's: test the law and compare counts with the range over"
                           " random_state 0..20"}
    write(name, x, y, params_json, expected)
    print(name, expected)


def main():
    x_cancer, y_cancer = dataset("breast_cancer", "diagnosis")
    cancer_std = standardised(x_cancer)
    cancer_int = cancer_codes(y_cancer).rename("diagnosis")
    x_iris, y_iris = dataset("iris", "species")
    x_wine, y_wine = dataset("wine", "cultivar")
    wine_std = standardised(x_wine)
    x_syn, y_syn = synthetic()
    x_ties, y_ties = ties()

    cases = [
        ("tomek_cancer_std_defaults", "TomekLinks", {}, cancer_std, y_cancer),
        ("tomek_cancer_raw_all", "TomekLinks", {"sampling_strategy": "all"}, x_cancer, y_cancer),
        ("tomek_wine_std_defaults", "TomekLinks", {}, wine_std, y_wine),
        ("tomek_synthetic_majority", "TomekLinks", {"sampling_strategy": "majority"}, x_syn, y_syn),
        ("enn_cancer_std_defaults", "EditedNearestNeighbours", {}, cancer_std, y_cancer),
        ("enn_cancer_raw_mode_k5", "EditedNearestNeighbours", {"n_neighbors": 5, "kind_sel": "mode"}, x_cancer,
         y_cancer),
        ("enn_iris_defaults", "EditedNearestNeighbours", {}, x_iris, y_iris),
        ("enn_wine_raw_mode", "EditedNearestNeighbours", {"kind_sel": "mode"}, x_wine, y_wine),
        ("enn_synthetic_defaults", "EditedNearestNeighbours", {}, x_syn, y_syn),
        ("enn_synthetic_all_k4", "EditedNearestNeighbours", {"sampling_strategy": "all", "n_neighbors": 4},
         x_syn, y_syn),
        ("renn_cancer_std_defaults", "RepeatedEditedNearestNeighbours", {}, cancer_std, y_cancer),
        ("renn_cancer_std_mode_k5_iter2", "RepeatedEditedNearestNeighbours",
         {"n_neighbors": 5, "kind_sel": "mode", "max_iter": 2}, cancer_std, y_cancer),
        ("renn_wine_std_defaults", "RepeatedEditedNearestNeighbours", {}, wine_std, y_wine),
        ("renn_iris_defaults", "RepeatedEditedNearestNeighbours", {}, x_iris, y_iris),
        ("renn_synthetic_defaults", "RepeatedEditedNearestNeighbours", {}, x_syn, y_syn),
        ("renn_synthetic_all_mode", "RepeatedEditedNearestNeighbours",
         {"sampling_strategy": "all", "kind_sel": "mode"}, x_syn, y_syn),
        ("allknn_cancer_std_defaults", "AllKNN", {}, cancer_std, y_cancer),
        ("allknn_cancer_raw_k5_allow", "AllKNN", {"n_neighbors": 5, "allow_minority": True}, x_cancer, y_cancer),
        ("allknn_wine_std_mode", "AllKNN", {"kind_sel": "mode"}, wine_std, y_wine),
        ("allknn_iris_defaults", "AllKNN", {}, x_iris, y_iris),
        ("allknn_synthetic_defaults", "AllKNN", {}, x_syn, y_syn),
        ("allknn_synthetic_k6_allow", "AllKNN", {"n_neighbors": 6, "allow_minority": True}, x_syn, y_syn),
        ("ncr_cancer_std_int_defaults", "NeighbourhoodCleaningRule", {}, cancer_std, cancer_int),
        ("ncr_cancer_std_mode_k5", "NeighbourhoodCleaningRule", {"n_neighbors": 5, "kind_sel": "mode"},
         cancer_std, y_cancer),
        ("ncr_wine_std_mode_threshold", "NeighbourhoodCleaningRule",
         {"kind_sel": "mode", "threshold_cleaning": 0.3}, wine_std, y_wine),
        ("ncr_iris_mode", "NeighbourhoodCleaningRule", {"kind_sel": "mode"}, x_iris, y_iris),
        ("ncr_synthetic_defaults", "NeighbourhoodCleaningRule", {}, x_syn, y_syn),
        ("ncr_synthetic_mode_threshold", "NeighbourhoodCleaningRule",
         {"kind_sel": "mode", "threshold_cleaning": 0.1, "sampling_strategy": "all"}, x_syn, y_syn),
        ("tomek_ties_defaults", "TomekLinks", {}, x_ties, y_ties),
        ("enn_ties_defaults", "EditedNearestNeighbours", {}, x_ties, y_ties),
        ("enn_ties_mode", "EditedNearestNeighbours", {"kind_sel": "mode"}, x_ties, y_ties),
        ("renn_ties_defaults", "RepeatedEditedNearestNeighbours", {}, x_ties, y_ties),
        ("allknn_ties_defaults", "AllKNN", {}, x_ties, y_ties),
        ("ncr_ties_defaults", "NeighbourhoodCleaningRule", {}, x_ties, y_ties),
    ]
    for name, cls, params, x, y in cases:
        cleaning_case(name, cls, params, x, y, "compare sample_indices as a sorted set")
    combined_case("smoteenn_cancer_std", SMOTEENN, cancer_std, y_cancer)
    combined_case("smotetomek_cancer_std", SMOTETomek, cancer_std, y_cancer)
    combined_case("smoteenn_synthetic", SMOTEENN, x_syn, y_syn)
    combined_case("smotetomek_synthetic", SMOTETomek, x_syn, y_syn)


if __name__ == "__main__":
    main()
