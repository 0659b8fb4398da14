"""Writes the reference cases of imbalanced-learn 0.10.0's over-samplers ADASYN, SMOTEN and RandomOverSampler with
shrinkage under resample/.

Run it from anywhere with Debian's Python (python3-imblearn 0.10.0, python3-sklearn 1.2.1, python3-pandas):

    /usr/bin/python3 src/test/resources/reference/generate_oversampling.py

Each case is a folder resample/<name>/ in the layout of README.md: input.csv (features and target), params.json (the
call) and expected.json. The samplers are random and NumPy's generator is not Java's, so the cases hold what does not
depend on the generator:

- adasyn_<data>: ADASYN(n_neighbors=k, random_state=0) on wine, breast_cancer (target diagnosis) and a small
  synthetic set of three classes on an integer grid (ties in distance, no duplicate rows). expected.json holds the
  class counts after resampling ("class_counts_after", which may miss the target: ADASYN rounds per row) and, per
  growing class, the number of new rows each of its rows makes ("per_row_counts", in row order of the class). The
  per-row counts are imbalanced-learn's own: a second run is given a generator whose uniform draws are 0, so that
  each new row is a copy of its base row, and the copies are counted (the rows of these sets are distinct); the
  script checks that they add up to the class counts of the run with random_state=0.
"""
import json
import os

import numpy as np
import pandas as pd
from imblearn.over_sampling import ADASYN

HERE = os.path.dirname(os.path.abspath(__file__))
DATASETS = os.path.join(HERE, "..", "..", "..", "..", "datasets")
RESAMPLE = os.path.join(HERE, "resample")


def dataset(name, target):
    data = pd.read_csv(os.path.join(DATASETS, name + ".csv"))
    return data.drop(columns=[target]), data[target]


def grid(rows=60, seed=3):
    """Three classes of sizes 36 / 15 / 9 on a 2-D integer grid: many equal distances, no duplicate row."""
    rng = np.random.default_rng(seed)
    cells = rng.choice(12 * 12, size=rows, replace=False)
    x = pd.DataFrame({"u": cells % 12, "v": cells // 12})
    labels = np.where(x["u"] + rng.integers(-3, 4, rows) < 7, "a", np.where(x["v"] < 6, "b", "c"))
    return x, pd.Series(labels, name="label")


class ZeroSteps(np.random.RandomState):
    """A generator whose uniform draws are all 0: ADASYN's new rows are then copies of their base rows."""

    def uniform(self, low=0.0, high=1.0, size=None):
        return np.zeros(size)


def per_row_counts(x, y, label, k):
    """How many new rows imbalanced-learn makes from each row of class `label`, read from its own run with steps 0."""
    members = np.flatnonzero(y == label)
    assert len(np.unique(x, axis=0)) == len(x), "per-row counts are read from copies: rows must be distinct"
    resampled, labels = ADASYN(n_neighbors=k, random_state=ZeroSteps(0)).fit_resample(x, y)
    counts = np.zeros(len(members), dtype=int)
    for point in resampled[len(x):][labels[len(x):] == label]:
        counts[np.flatnonzero((x[members] == point).all(axis=1))[0]] += 1
    return counts


def write_adasyn(name, x, y, k, note):
    folder = os.path.join(RESAMPLE, "adasyn_" + name)
    os.makedirs(folder, exist_ok=True)
    pd.concat([x, y], axis=1).to_csv(os.path.join(folder, "input.csv"), index=False)
    values = x.to_numpy(dtype=float)
    labels = y.to_numpy()
    resampled, resampled_labels = ADASYN(n_neighbors=k, random_state=0).fit_resample(values, labels)
    before = pd.Series(labels).value_counts()
    after = pd.Series(resampled_labels).value_counts()
    counts = {}
    for label in sorted(before.index):
        if after[label] > before[label]:
            rows = per_row_counts(values, labels, label, k)
            assert rows.sum() == after[label] - before[label]
            counts[str(label)] = rows.tolist()
    dump(os.path.join(folder, "params.json"), {"class": "ADASYN", "n_neighbors": k, "random_state": 0,
                                               "target": y.name, "note": note})
    dump(os.path.join(folder, "expected.json"), {
        "class_counts_after": {str(label): int(count) for label, count in after.items()},
        "per_row_counts": counts})


def dump(path, value):
    with open(path, "w") as out:
        json.dump(value, out, indent=2, sort_keys=True)
        out.write("\n")


def main():
    note = ("ADASYN is random: compare class counts and per-row counts (rows of a class in row order), and check that"
            " each synthetic row lies on the segment between its base row and one of its n_neighbors nearest rows of"
            " its class")
    x, y = dataset("wine", "cultivar")
    write_adasyn("wine", x, y, 5, note)
    x, y = dataset("breast_cancer", "diagnosis")
    write_adasyn("breast_cancer", x, y, 5, note)
    x, y = grid()
    write_adasyn("grid", x, y, 3, note)


if __name__ == "__main__":
    main()
