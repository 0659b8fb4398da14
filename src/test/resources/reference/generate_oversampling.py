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
- smoten_<data>: SMOTEN(k_neighbors=k, random_state=0) on a small synthetic set of three string columns and three
  classes (many equal distances) and on breast_cancer with four columns cut into quartile levels 0..3 (numbers as
  categories). expected.json holds "vdm", imbalanced-learn's ValueDifferenceMetric (fitted as SMOTEN fits it, on the
  OrdinalEncoder's codes of every row) between every two of the table's first 40 rows; the class counts after
  resampling; and per growing class "modes": for each row of the class (row order) the new row imbalanced-learn makes
  from it (the per-column scipy mode of the row's k + 1 nearest rows of its class, found as SMOTEN finds them), with
  "boundary_tie" true where the (k + 1)-th and (k + 2)-th distances are equal, so that the neighbourhood depends on
  NumPy's partition. The script checks that every row imbalanced-learn's SMOTEN adds is one of these.
- random_over_shrinkage_<data>: RandomOverSampler(shrinkage=..., random_state=0), the smoothed bootstrap, on wine with
  a factor per class and on breast_cancer with one factor. expected.json holds the class counts and, per growing
  class, "noise_scale": the standard deviation of the noise imbalanced-learn adds to each feature, read from its own
  run given a generator whose Gaussian draws are all 1 (each new row minus its drawn row, sample_indices_).
- kmeans_smote_<data>: KMeansSMOTE(kmeans_estimator=KMeans(n_clusters=K, init=<rows of input.csv>, n_init=1), ...,
  random_state=0) on three synthetic Gaussian blobs of classes 150 / 50 / 30 rows (defaults: auto threshold and
  exponent, k_neighbors 2) and on four columns of breast_cancer (threshold 0.1, density exponent 1.5, k_neighbors 3).
  params.json holds the initial centres. expected.json holds the clusters ("labels", one per row), the class counts,
  and per growing class "clusters": each cluster imbalanced-learn keeps, in its order, as the rows of the class in it
  ("rows", indexes of input.csv) and the new rows it makes there ("count"), recorded from imbalanced-learn's own calls
  of _make_samples.
"""
import json
import os

import numpy as np
import pandas as pd
from imblearn.metrics.pairwise import ValueDifferenceMetric
from imblearn.over_sampling import ADASYN, SMOTEN, KMeansSMOTE, RandomOverSampler
from imblearn.utils.fixes import _mode
from sklearn.cluster import KMeans
from sklearn.neighbors import NearestNeighbors
from sklearn.preprocessing import OrdinalEncoder

HERE = os.path.dirname(os.path.abspath(__file__))
DATASETS = os.path.join(HERE, "..", "..", "..", "..", "datasets")
RESAMPLE = os.path.join(HERE, "resample")
VDM_ROWS = 40


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


def case(name, x, y):
    """Makes the case's folder and writes its input.csv; returns the folder."""
    folder = os.path.join(RESAMPLE, name)
    os.makedirs(folder, exist_ok=True)
    pd.concat([x, y], axis=1).to_csv(os.path.join(folder, "input.csv"), index=False)
    return folder


def write_adasyn(name, x, y, k, note):
    folder = case("adasyn_" + name, x, y)
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


def categorical(rows=40, seed=5):
    """Three string columns of 2 to 4 levels and three classes of sizes about 22 / 11 / 7, the class tied to them."""
    rng = np.random.default_rng(seed)
    colour = rng.choice(["red", "green", "blue"], rows)
    size = rng.choice(["S", "M", "L", "XL"], rows)
    shape = rng.choice(["round", "square"], rows)
    score = (colour == "red") * 2 + (size == "XL") + (shape == "round") + rng.integers(0, 2, rows)
    labels = np.where(score <= 1, "a", np.where(score <= 2, "b", "c"))
    return pd.DataFrame({"colour": colour, "size": size, "shape": shape}), pd.Series(labels, name="label")


def cancer_quartiles():
    x, y = dataset("breast_cancer", "diagnosis")
    columns = ["mean_radius", "mean_texture", "mean_smoothness", "worst_concavity"]
    return pd.DataFrame({c: pd.qcut(x[c], 4, labels=False) for c in columns}), y


def write_smoten(name, x, y, k, note):
    folder = case("smoten_" + name, x, y)
    values = x.to_numpy()
    labels = y.to_numpy()
    encoder = OrdinalEncoder(dtype=np.int32)
    encoded = encoder.fit_transform(values)
    vdm = ValueDifferenceMetric(n_categories=[len(c) for c in encoder.categories_]).fit(encoded, labels)
    resampled, resampled_labels = SMOTEN(k_neighbors=k, random_state=0).fit_resample(values, labels)
    before = pd.Series(labels).value_counts()
    after = pd.Series(resampled_labels).value_counts()
    modes = {}
    for label in sorted(before.index):
        if after[label] == before[label]:
            continue
        members = encoded[labels == label]
        distances = vdm.pairwise(members)
        found = NearestNeighbors(n_neighbors=k + 1, metric="precomputed").fit(distances).kneighbors(
            distances, return_distance=False)
        rows = encoder.inverse_transform(np.squeeze(_mode(members[found], axis=1).mode, axis=1))
        ordered = np.sort(distances, axis=1)
        ties = ordered[:, k] == ordered[:, k + 1]
        made = {tuple(row) for row in resampled[len(values):][resampled_labels[len(values):] == label]}
        assert made <= {tuple(row) for row in rows}, "SMOTEN made a row that is no row's mode"
        modes[str(label)] = {"rows": [[str(v) for v in row] for row in rows], "boundary_tie": ties.tolist()}
    dump(os.path.join(folder, "params.json"), {"class": "SMOTEN", "k_neighbors": k, "random_state": 0,
                                               "target": y.name, "note": note})
    dump(os.path.join(folder, "expected.json"), {
        "vdm": vdm.pairwise(encoded[:VDM_ROWS]).tolist(),
        "class_counts_after": {str(label): int(count) for label, count in after.items()},
        "modes": modes})


class UnitNormals(np.random.RandomState):
    """A generator whose Gaussian draws are all 1: the smoothed bootstrap's noise is then its scale."""

    def randn(self, *shape):
        return np.ones(shape)


def write_shrinkage(name, x, y, shrinkage, note):
    folder = case("random_over_shrinkage_" + name, x, y)
    values = x.to_numpy(dtype=float)
    labels = y.to_numpy()
    _, resampled_labels = RandomOverSampler(shrinkage=shrinkage, random_state=0).fit_resample(values, labels)
    sampler = RandomOverSampler(shrinkage=shrinkage, random_state=UnitNormals(0))
    shifted, shifted_labels = sampler.fit_resample(values, labels)
    noise = shifted[len(values):] - values[sampler.sample_indices_[len(values):]]
    scales = {}
    for label in np.unique(shifted_labels[len(values):]):
        rows = noise[shifted_labels[len(values):] == label]
        assert np.allclose(rows, rows[0], rtol=1e-12, atol=0)
        scales[str(label)] = rows[0].tolist()
    dump(os.path.join(folder, "params.json"), {"class": "RandomOverSampler", "shrinkage": shrinkage,
                                               "random_state": 0, "target": y.name, "note": note})
    dump(os.path.join(folder, "expected.json"), {
        "class_counts_after": {str(l): int(c) for l, c in pd.Series(resampled_labels).value_counts().items()},
        "noise_scale": scales})


def blobs(seed=9):
    """Three overlapping Gaussian blobs in two features, of classes a / b / c with 150 / 50 / 30 rows."""
    rng = np.random.default_rng(seed)
    centres = {"a": (0.0, 0.0), "b": (2.0, 1.0), "c": (-1.0, 2.5)}
    sizes = {"a": 150, "b": 50, "c": 30}
    x = np.vstack([rng.normal(centres[c], 1.0, (sizes[c], 2)) for c in centres])
    labels = np.repeat(list(centres), list(sizes.values()))
    order = rng.permutation(len(x))
    return pd.DataFrame(x[order], columns=["u", "v"]), pd.Series(labels[order], name="label")


def write_kmeans_smote(name, x, y, init_rows, k, threshold, exponent, note):
    folder = case("kmeans_smote_" + name, x, y)
    values = x.to_numpy(dtype=float)
    labels = y.to_numpy()
    init = values[init_rows]
    sampler = KMeansSMOTE(kmeans_estimator=KMeans(n_clusters=len(init_rows), init=init, n_init=1), k_neighbors=k,
                          cluster_balance_threshold=threshold, density_exponent=exponent, random_state=0)
    calls = []
    make_samples = sampler._make_samples

    def recording(X, y_dtype, y_type, nn_data, nn_num, n_samples, step_size=1.0):
        rows = [int(np.flatnonzero((values == point).all(axis=1))[0]) for point in X]
        calls.append((str(y_type), {"rows": rows, "count": int(n_samples)}))
        return make_samples(X, y_dtype, y_type, nn_data, nn_num, n_samples, step_size)

    sampler._make_samples = recording
    _, resampled_labels = sampler.fit_resample(values, labels)
    clusters = {}
    for label, call in calls:
        clusters.setdefault(label, []).append(call)
    dump(os.path.join(folder, "params.json"), {
        "class": "KMeansSMOTE", "n_clusters": len(init_rows), "init": init.tolist(), "k_neighbors": k,
        "cluster_balance_threshold": threshold, "density_exponent": exponent, "random_state": 0,
        "target": y.name, "note": note})
    dump(os.path.join(folder, "expected.json"), {
        "labels": sampler.kmeans_estimator_.labels_.tolist(),
        "class_counts_after": {str(l): int(c) for l, c in pd.Series(resampled_labels).value_counts().items()},
        "clusters": clusters})


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
    note = ("SMOTEN is random: compare the value difference metric between every two rows (1e-12), the class counts,"
            " each row's mode row where its neighbourhood has no tie at the boundary, and that every new row is the"
            " mode row of a row of its class")
    x, y = categorical()
    write_smoten("categorical", x, y, 3, note)
    x, y = cancer_quartiles()
    write_smoten("cancer_quartiles", x, y, 5, note)
    note = ("the smoothed bootstrap is random: compare class counts and each growing class's noise standard deviation"
            " per feature (shrinkage x h x the class's population std, h = (4 / ((p + 2) n))^(1 / (p + 4))), to 1e-9 relative: read as a new row minus its drawn row")
    x, y = dataset("wine", "cultivar")
    write_shrinkage("wine", x, y, {"class_0": 0.5, "class_2": 2.0}, note)
    x, y = dataset("breast_cancer", "diagnosis")
    write_shrinkage("breast_cancer", x, y, 1.5, note)
    note = ("KMeansSMOTE is random: with the same initial centres the clusters are the same; compare them, the class"
            " counts, and check that the new rows of each kept cluster, in order, lie on a segment between a row of"
            " the class in that cluster and one of its k_neighbors nearest rows of the class in that cluster")
    x, y = blobs()
    write_kmeans_smote("blobs", x, y, [0, 1, 2, 3, 4, 5, 6, 7], 2, "auto", "auto", note)
    x, y = dataset("breast_cancer", "diagnosis")
    x = x[["mean_radius", "mean_texture", "mean_smoothness", "worst_concavity"]]
    write_kmeans_smote("cancer", x, y, [0, 100, 200], 3, 0.1, 1.5, note)


if __name__ == "__main__":
    main()
