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
- iht_<data>_<estimator>: InstanceHardnessThreshold(estimator=..., cv=5) with deterministic estimators, on folds
  made unshuffled: imbalanced-learn 0.10 always builds StratifiedKFold(shuffle=True, random_state), so this script
  replaces the StratifiedKFold its module calls by the unshuffled one (scikit-learn's cross_val_predict default), the
  rest of its code running as shipped. The labels are written as 0..k-1 (sorted class order), the only labels for
  which imbalanced-learn 0.10 picks each row's own class probability (it indexes the columns by the label value).
  expected.json: sample_indices, sorted. Estimators: KNeighborsClassifier(n_neighbors=5, algorithm="kd_tree") on wine
  and breast cancer (probabilities in fifths: many rows tie with the percentile threshold), and
  LogisticRegression(solver="newton-cg", tol=1e-10, max_iter=10000) on three breast cancer columns, fitted to the
  optimum that prepkit's Newton solver reaches (lbfgs stops about 1e-4 away).
- cc_cancer_<voting>: ClusterCentroids(voting=soft or hard) on three breast cancer columns, its k-means started from
  given centroids (init.csv: the first 212 benign rows, n_init=1), so that the centres are deterministic. expected.csv
  is the resampled table: the benign class replaced by 212 centres (soft) or the benign rows nearest them (hard), then
  the malignant rows; compare centres to 1e-6 (k-means tolerance), rows exactly.
"""
import json
import os
import warnings

import numpy as np
import pandas as pd
import imblearn.under_sampling._prototype_selection._instance_hardness_threshold as iht_module
from imblearn.under_sampling import ClusterCentroids, CondensedNearestNeighbour, InstanceHardnessThreshold, NearMiss
from sklearn.cluster import KMeans
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.neighbors import KNeighborsClassifier, NearestNeighbors

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


def unshuffled_folds(n_splits, shuffle, random_state):
    """What imbalanced-learn's IHT gets instead of StratifiedKFold(n_splits, shuffle=True, random_state)."""
    return StratifiedKFold(n_splits=n_splits)


def iht(name, data, target, estimator, params):
    data = data.copy()
    data[target] = np.unique(data[target], return_inverse=True)[1]
    x, y = data.drop(columns=[target]).to_numpy(float), data[target].to_numpy()
    iht_module.StratifiedKFold = unshuffled_folds
    sampler = InstanceHardnessThreshold(estimator=estimator, cv=5, random_state=0)
    sampler.fit_resample(x, y)
    params.update({"class": "InstanceHardnessThreshold", "cv": 5, "shuffle": False, "target": target,
                   "note": "exact: the kept rows, sorted ascending; labels 0..k-1; unshuffled stratified folds"})
    write("iht_" + name, data, params, {"sample_indices": sorted(int(i) for i in sampler.sample_indices_)})


def cluster_centroids(data, target):
    x, y = data.drop(columns=[target]), data[target].to_numpy()
    minority = int(min(np.unique(y, return_counts=True)[1]))
    init = x[y == "benign"].head(minority).to_numpy(float)
    for voting in ("soft", "hard"):
        sampler = ClusterCentroids(estimator=KMeans(n_clusters=minority, init=init, n_init=1), voting=voting)
        x_new, y_new = sampler.fit_resample(x.to_numpy(float), y)
        name = "cc_cancer_" + voting
        expected = pd.DataFrame(x_new, columns=x.columns)
        expected[target] = y_new
        write(name, data, {"class": "ClusterCentroids", "voting": voting, "n_init": 1, "target": target,
                           "note": "k-means from init.csv; centres to 1e-6, rows exactly; classes in sorted order"},
              {"rows": len(expected)})
        pd.DataFrame(init, columns=x.columns).to_csv(os.path.join(RESAMPLE, name, "init.csv"), index=False)
        expected.to_csv(os.path.join(RESAMPLE, name, "expected.csv"), index=False)
        os.remove(os.path.join(RESAMPLE, name, "expected.json"))


def main():
    cases = {"iris": thin_iris(), "wine": dataset("wine", "cultivar"),
             "cancer": dataset("breast_cancer", "diagnosis"), "grid": grid()}
    for name, (data, target) in cases.items():
        nearmiss(name, data, target)
        cnn(name, data, target)
    knn = KNeighborsClassifier(n_neighbors=5, algorithm="kd_tree")
    iht("wine_knn", *cases["wine"], knn, {"estimator": "KNeighborsClassifier", "n_neighbors": 5})
    iht("cancer_knn", *cases["cancer"], knn, {"estimator": "KNeighborsClassifier", "n_neighbors": 5})
    cancer, target = cases["cancer"]
    iht("cancer_logistic", cancer[["mean_radius", "mean_texture", "mean_smoothness", target]], target,
        LogisticRegression(solver="newton-cg", tol=1e-10, max_iter=10000),
        {"estimator": "LogisticRegression", "C": 1.0})
    cluster_centroids(cancer[["mean_radius", "mean_texture", "mean_smoothness", target]], target)


if __name__ == "__main__":
    main()
