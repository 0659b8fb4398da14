"""Writes the reference cases of imbalanced-learn's prototype under-samplers under resample/.

Run it from anywhere with Debian's Python (python3-imblearn 0.10.0, python3-sklearn 1.2.1, python3-pandas):

    /usr/bin/python3 src/test/resources/reference/generate_prototypes.py

Each case is a folder resample/<name>/ holding input.csv (features and target), params.json (the call) and
expected.json:

- nearmiss_<data>_v<version>: NearMiss(version=...) with its defaults (n_neighbors=3, n_neighbors_ver3=3);
  expected.json holds sample_indices, the kept rows sorted ascending (imbalanced-learn groups them by class). The
  selection is deterministic, so prepkit must keep exactly these rows. Data: iris thinned to 50/30/15 rows (the first
  rows of each species), wine (59/71/48), breast cancer (212/357, 30 features) and a synthetic grid of three classes
  with duplicated points and equal distances, where the stable sort's tie-breaking decides. The neighbour search is
  scikit-learn's KD-tree (passed explicitly where "auto" would pick brute force, above 15 features), whose distances are
  summed directly as prepkit's are; brute force's expansion |x|^2 - 2 x.y + |y|^2 rounds differently, which moves
  exact ties.
- cnn_<data>: CondensedNearestNeighbour with its defaults (n_neighbors=1, n_seeds_S=1) for random_state 0..19; the
  draws are NumPy's, so expected.json holds the class counts after resampling for each seed and their mean, to
  compare prepkit's counts with (the rule, that the kept rows classify the removed ones, is tested in Java).
"""
import json
import os
import warnings

import numpy as np
import pandas as pd
from imblearn.under_sampling import CondensedNearestNeighbour, NearMiss
from sklearn.neighbors import NearestNeighbors

HERE = os.path.dirname(os.path.abspath(__file__))
DATASETS = os.path.join(HERE, "..", "..", "..", "..", "datasets")
RESAMPLE = os.path.join(HERE, "resample")


def dataset(name, target):
    return pd.read_csv(os.path.join(DATASETS, name + ".csv")), target


def thin_iris():
    """Iris with the first 50 setosa, 30 versicolor and 15 virginica rows, so the classes are imbalanced."""
    data = pd.read_csv(os.path.join(DATASETS, "iris.csv"))
    keep = {"setosa": 50, "versicolor": 30, "virginica": 15}
    parts = [data[data.species == name].head(count) for name, count in keep.items()]
    return pd.concat(parts).reset_index(drop=True), "species"


def grid():
    """Three classes on an integer grid: 40 / 25 / 10 rows, duplicated points, many equal distances."""
    rng = np.random.default_rng(11)
    rows = []
    for label, count, centre in (("b", 40, 0), ("a", 25, 2), ("c", 10, 4)):
        for _ in range(count):
            rows.append((int(rng.integers(centre - 3, centre + 3)), int(rng.integers(-2, 3)), label))
    order = rng.permutation(len(rows))
    return pd.DataFrame([rows[i] for i in order], columns=["x", "y", "label"]), "label"


def write(name, data, params, expected):
    folder = os.path.join(RESAMPLE, name)
    os.makedirs(folder, exist_ok=True)
    data.to_csv(os.path.join(folder, "input.csv"), index=False)
    with open(os.path.join(folder, "params.json"), "w") as out:
        json.dump(params, out, indent=2, sort_keys=True)
        out.write("\n")
    with open(os.path.join(folder, "expected.json"), "w") as out:
        json.dump(expected, out, indent=2, sort_keys=True)
        out.write("\n")


def nearmiss(name, data, target):
    x, y = data.drop(columns=[target]).to_numpy(float), data[target].to_numpy()
    for version in (1, 2, 3):
        sampler = NearMiss(version=version, n_neighbors=NearestNeighbors(n_neighbors=3, algorithm="kd_tree"),
                           n_neighbors_ver3=NearestNeighbors(n_neighbors=3, algorithm="kd_tree"))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            sampler.fit_resample(x, y)
        indices = sorted(int(i) for i in sampler.sample_indices_)
        write("nearmiss_%s_v%d" % (name, version), data,
              {"class": "NearMiss", "version": version, "n_neighbors": 3, "n_neighbors_ver3": 3, "target": target,
               "note": "exact: the kept rows, sorted ascending"},
              {"sample_indices": indices})


def cnn(name, data, target):
    x, y = data.drop(columns=[target]).to_numpy(float), data[target].to_numpy()
    by_seed = []
    for seed in range(20):
        _, kept = CondensedNearestNeighbour(random_state=seed).fit_resample(x, y)
        values, counts = np.unique(kept, return_counts=True)
        by_seed.append({str(v): int(c) for v, c in zip(values, counts)})
    classes = sorted(by_seed[0])
    mean = {c: float(np.mean([counts.get(c, 0) for counts in by_seed])) for c in classes}
    write("cnn_" + name, data,
          {"class": "CondensedNearestNeighbour", "n_neighbors": 1, "n_seeds_S": 1, "random_state": list(range(20)),
           "target": target, "note": "random: class counts after resampling per seed and their mean"},
          {"counts_by_seed": by_seed, "mean_counts": mean})


def main():
    cases = {"iris": thin_iris(), "wine": dataset("wine", "cultivar"),
             "cancer": dataset("breast_cancer", "diagnosis"), "grid": grid()}
    for name, (data, target) in cases.items():
        nearmiss(name, data, target)
        cnn(name, data, target)


if __name__ == "__main__":
    main()
