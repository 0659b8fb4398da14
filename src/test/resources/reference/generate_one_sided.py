"""Writes the OneSidedSelection reference cases under resample/ (imbalanced-learn 0.10.0, scikit-learn 1.2.1).

Run it from anywhere with Debian's Python (python3-imblearn 0.10.0, python3-sklearn 1.2.1, python3-pandas):

    /usr/bin/python3 src/test/resources/reference/generate_one_sided.py

Each case is a folder resample/oss_<data>_<variant>/ (see README.md): input.csv (numeric features and the target),
params.json and expected.json: "sample_indices", imbalanced-learn's sample_indices_ sorted ascending (the rows kept, to
compare as a set), and "class_counts_after".

The seeds: OneSidedSelection draws n_seeds_S rows of each cleaned class with NumPy's random_state.randint, which
prepkit does not reproduce (it draws from a SplittableRandom). So this script chooses the seeds itself (distinct
positions in the class, from default_rng(case number)) and patches imbalanced-learn's random state to return them,
class by class in class order; params.json records them as "seed_rows" (class name -> table rows, in drawn order)
and prepkit's test gives the same rows to its package-private hook. What is compared is then the rule itself: the
1-NN (or k-NN) classification on C = minority + seeds, and the Tomek links on the rows kept.

The cases, with imbalanced-learn's defaults and with other parameters: iris (raw: three classes of 50, so the
minority is the class of the first row), wine and breast_cancer (standardised with StandardScaler and written
standardised), the synthetic 3-class set of generate_cleaning.py (Gaussian blobs of 150, 70 and 30 rows), also with
sampling_strategy "all" (the minority itself cleaned) and "majority", and its integer grid with many ties.

Ties: scikit-learn picks a k-d tree for fewer than 16 columns and brute force otherwise; neither promises which of
several equally distant rows comes first, while prepkit takes the earlier one (in C: minority rows in row order,
then the seeds; in the Tomek step: imbalanced-learn's order of the kept rows). Each case is run twice, stock and with
a stable search (StableNeighbors of generate_cleaning.py, exact distances, equal distances to the earlier row,
patched into the KNeighborsClassifier that classifies and the NearestNeighbors of TomekLinks). Where the two agree,
"neighbour_search" is "scikit-learn's"; where they differ, expected.json holds the stable result and the stock one as
"stock_sample_indices".
"""
import contextlib
import os
import sys
from unittest import mock

import numpy as np
from imblearn.under_sampling import OneSidedSelection
from imblearn.under_sampling._prototype_selection import _one_sided_selection, _tomek_links
from sklearn.neighbors import KNeighborsClassifier

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate_cleaning import StableNeighbors, counts, dataset, standardised, synthetic, ties, write  # noqa: E402


class StableClassifier(KNeighborsClassifier):
    """scikit-learn's KNeighborsClassifier whose neighbours are StableNeighbors': its vote unchanged."""

    def fit(self, X, y):
        super().fit(X, y)
        self.points_ = np.asarray(X, dtype=float)
        return self

    def kneighbors(self, X=None, n_neighbors=None, return_distance=True):
        return StableNeighbors.kneighbors(self, X, n_neighbors, return_distance)


class GivenSeeds:
    """A random state whose randint gives the seed positions of each cleaned class in turn."""

    def __init__(self, positions):
        self.positions = list(positions)

    def randint(self, low, high, size):
        chosen = np.asarray(self.positions.pop(0))
        assert len(chosen) == size and chosen.max() < high, (chosen, size, high)
        return chosen


@contextlib.contextmanager
def stable_search():
    with mock.patch.object(_one_sided_selection, "KNeighborsClassifier", StableClassifier), \
            mock.patch.object(_tomek_links, "NearestNeighbors", StableNeighbors):
        yield


def cleaned_classes(params, y):
    """The classes imbalanced-learn's sampling_strategy_ cleans, in class order."""
    probe = OneSidedSelection(**params)
    probe.fit_resample(np.zeros((len(y), 1)), y.to_numpy())
    return sorted(probe.sampling_strategy_.keys())


def run(params, x, y, positions):
    sampler = OneSidedSelection(**params)
    with mock.patch.object(_one_sided_selection, "check_random_state", lambda _: GivenSeeds(positions)):
        sampler.fit_resample(x, y)
    return np.sort(sampler.sample_indices_)


def case(number, name, params, x, y):
    rng = np.random.default_rng(number)
    labels = y.to_numpy()
    n_seeds = params.get("n_seeds_S", 1)
    positions, seed_rows = [], {}
    for label in cleaned_classes(params, y):
        members = np.flatnonzero(labels == label)
        chosen = rng.choice(len(members), size=n_seeds, replace=False)
        positions.append(chosen)
        seed_rows[str(label)] = members[chosen].tolist()
    stock = run(params, x, y, positions)
    with stable_search():
        stable = run(params, x, y, positions)
    assert len(set(stable.tolist())) == len(stable)
    params_json = {"class": "OneSidedSelection", "params": params, "target": y.name, "seed_rows": seed_rows,
                   "neighbour_search": "scikit-learn's",
                   "note": "compare sample_indices as a sorted set, prepkit given seed_rows as the seeds"}
    expected = {"sample_indices": stable.tolist(), "class_counts_after": counts(labels[stable])}
    if not np.array_equal(stock, stable):
        params_json["neighbour_search"] = "stable: exact, equal distances to the earlier row"
        params_json["note"] = ("scikit-learn's tie order decides these rows: sample_indices is imbalanced-learn's"
                               " result with the stable search; its stock result is stock_sample_indices")
        expected["stock_sample_indices"] = stock.tolist()
        expected["rows_differing_from_stock"] = len(set(stable) ^ set(stock))
    write(name, x, y, params_json, expected)
    print(name, len(y), "->", len(stable), params_json["neighbour_search"])


def main():
    def scaled(name, target):
        x, y = dataset(name, target)
        return standardised(x), y

    cancer_std, y_cancer = scaled("breast_cancer", "diagnosis")
    wine_std, y_wine = scaled("wine", "cultivar")
    (x_iris, y_iris), (x_syn, y_syn), (x_ties, y_ties) = dataset("iris", "species"), synthetic(), ties()
    cases = [
        ("oss_iris_defaults", {}, x_iris, y_iris),
        ("oss_iris_seeds3", {"n_seeds_S": 3}, x_iris, y_iris),
        ("oss_wine_std_defaults", {}, wine_std, y_wine),
        ("oss_wine_std_k3_seeds5", {"n_neighbors": 3, "n_seeds_S": 5}, wine_std, y_wine),
        ("oss_cancer_std_defaults", {}, cancer_std, y_cancer),
        ("oss_cancer_std_seeds10", {"n_seeds_S": 10}, cancer_std, y_cancer),
        ("oss_synthetic_defaults", {}, x_syn, y_syn),
        ("oss_synthetic_all_seeds4", {"sampling_strategy": "all", "n_seeds_S": 4}, x_syn, y_syn),
        ("oss_synthetic_majority_k3", {"sampling_strategy": "majority", "n_neighbors": 3}, x_syn, y_syn),
        ("oss_ties_defaults", {}, x_ties, y_ties),
        ("oss_ties_k2_seeds3", {"n_neighbors": 2, "n_seeds_S": 3}, x_ties, y_ties),
    ]
    for number, (name, params, x, y) in enumerate(cases):
        case(number, name, params, x, y)


if __name__ == "__main__":
    main()
