"""Writes the reference cases of KMeans with sample weights under cluster/kmeans_weighted_*.

Run it from anywhere with Debian's Python (python3-sklearn 1.2.1, python3-numpy, python3-pandas):

    /usr/bin/python3 src/test/resources/reference/generate_kmeans_weights.py

Every case fits sklearn.cluster.KMeans(algorithm="lloyd") with fit(X, sample_weight=w). Each is a folder
cluster/kmeans_weighted_<name>/ holding:
- input.csv: the features x0, x1... and the sample weights, column "weight";
- init.csv: the initial centroids, one a row (cases with a given init only);
- query.csv: new rows, the same features and a "weight" column for the weighted score;
- params.json: "class", "params" (scikit-learn's names: n_clusters, init ("init.csv", "k-means++" or "random"),
  n_init, max_iter, tol, random_state), "weight" (the weight column) and a "note";
- expected.json: "labels", "centers", "inertia", "n_iter" of the fit, "score" (score(X, sample_weight=w) on the training
  rows), "query_labels" (predict) and "query_score" (score(query, sample_weight=query weights)); the integer-weight case
  adds "repeated": the labels of the first copy of each kept row, centers and inertia of the same KMeans fitted on the
  rows repeated weight times (no weight); the random-init cases add "seed_inertia": {"min", "max"} of the inertia over
  random_state 0..19, which the script requires to agree to 1e-9 (every seed reaches the same optimum).

With a given init nothing is random, and prepkit's fit is scikit-learn's to rounding (labels equal, centres and inertia
1e-6). With k-means++ or random init the draws come from numpy's stream, which prepkit does not reproduce: those cases
use blobs far apart (the optimum is reached from any seed, as the script checks over 20 seeds), so the inertia of the
best run is a property of the data and weights, and prepkit's must equal it to 1e-6 relative.
"""
import json
import os
import warnings

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans

HERE = os.path.dirname(os.path.abspath(__file__))
CLUSTER = os.path.join(HERE, "cluster")
SEEDS = range(20)


def blobs(rows, centres, spread, seed):
    """rows points around the given centres (one drawn per row, uniformly), normal noise of sd spread."""
    rng = np.random.RandomState(seed)
    centres = np.asarray(centres, dtype=float)
    which = rng.randint(len(centres), size=rows)
    return centres[which] + rng.normal(0, spread, (rows, centres.shape[1]))


def frame(x):
    return pd.DataFrame(x, columns=[f"x{j}" for j in range(x.shape[1])])


def dump(path, value):
    with open(path, "w") as f:
        json.dump(value, f, indent=2)
        f.write("\n")


def fit(x, weights, params, init):
    model = KMeans(algorithm="lloyd", **{**params, "init": init})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # fewer distinct clusters, n_init with an explicit init
        return model.fit(x, sample_weight=weights)


def write(name, x, weights, params, note, init=None, query=None, query_weights=None, extra=None):
    folder = os.path.join(CLUSTER, "kmeans_weighted_" + name)
    os.makedirs(folder, exist_ok=True)
    frame(x).assign(weight=weights).to_csv(os.path.join(folder, "input.csv"), index=False, float_format="%.17g")
    if init is not None:
        frame(init).to_csv(os.path.join(folder, "init.csv"), index=False, float_format="%.17g")
    model = fit(x, weights, params, init if init is not None else params["init"])
    expected = {
        "labels": model.labels_.tolist(),
        "centers": model.cluster_centers_.tolist(),
        "inertia": float(model.inertia_),
        "n_iter": int(model.n_iter_),
        "score": float(model.score(x, sample_weight=weights)),
    }
    if query is not None:
        frame(query).assign(weight=query_weights).to_csv(os.path.join(folder, "query.csv"), index=False,
                                                         float_format="%.17g")
        expected["query_labels"] = model.predict(query).tolist()
        expected["query_score"] = float(model.score(query, sample_weight=query_weights))
    expected.update(extra(model) if extra else {})
    shown = {**params, "init": "init.csv" if init is not None else params["init"]}
    dump(os.path.join(folder, "params.json"), {"class": "KMeans", "params": shown, "weight": "weight", "note": note})
    dump(os.path.join(folder, "expected.json"), expected)
    return model


def given_init_cases():
    rng = np.random.RandomState(7)
    x = blobs(80, [[0, 0, 0], [4, 4, 0], [0, 5, 3], [5, 0, 4]], 1.3, 11)
    query = blobs(12, [[0, 0, 0], [4, 4, 0], [0, 5, 3], [5, 0, 4]], 1.5, 12)
    query_weights = rng.uniform(0.2, 2, len(query))
    init = x[[0, 1, 2, 3]]
    params = {"n_clusters": 4, "n_init": 1, "max_iter": 300, "tol": 1e-4}

    fractional = rng.uniform(0.05, 4, len(x))
    write("fractional", x, fractional, params, "fractional weights uniform on [0.05, 4), overlapping blobs",
          init=init, query=query, query_weights=query_weights)

    integer = rng.randint(0, 4, len(x)).astype(float)
    integer[:4] = [1, 2, 3, 1]  # the initial centroids' own rows keep a weight
    # tol=0: the runs stop on unchanged labels only, so that the tolerance (the variance of the repeated rows
    # differs from that of the weighted ones) cannot stop one run earlier than the other
    exact = {**params, "tol": 0.0}

    def repeated(model):
        counts = integer.astype(int)
        again = fit(np.repeat(x, counts, axis=0), None, exact, init)
        first_copy = np.cumsum(counts) - counts
        kept = counts > 0
        assert np.array_equal(again.labels_[first_copy[kept]], model.labels_[kept]), "repeated rows: other labels"
        assert np.allclose(again.cluster_centers_, model.cluster_centers_, rtol=0, atol=1e-9), "repeated: centres"
        assert np.isclose(again.inertia_, model.inertia_, rtol=1e-9), "repeated rows: other inertia"
        return {"repeated": {"labels": again.labels_.tolist(), "centers": again.cluster_centers_.tolist(),
                             "inertia": float(again.inertia_)}}

    write("integer_repeated", x, integer, exact,
          "integer weights 0..3 (about a quarter 0); 'repeated' is the fit on the rows repeated weight times",
          init=init, query=query, query_weights=query_weights, extra=repeated)

    zero = rng.uniform(0.5, 2, len(x))
    zero[x[:, 0] > 3] = 0  # the two blobs at x0 = 4 and 5 lose most rows: their centres move to what is left
    zero[:4] = 1
    write("zero", x, zero, params, "weight 0 for every row with x0 > 3 but the initial centroids' rows",
          init=init, query=query, query_weights=query_weights)


def relocation_cases():
    # the relocated row brings its weight: (20, 0) (weight 0.25) and (5, 7) (weight 3) fill the two empty clusters
    points = np.array([[0, 0], [0, 1], [1, 0], [5, 5], [5, 7], [6, 5], [20, 0]], dtype=float)
    weights = np.array([1, 2, 0.5, 1, 3, 1, 0.25])
    init = np.array([[0, 0], [100, 100], [200, 200]], dtype=float)
    for max_iter, suffix in ((1, "_one_iteration"), (300, "")):
        write("empty_clusters" + suffix, points, weights,
              {"n_clusters": 3, "n_init": 1, "max_iter": max_iter, "tol": 1e-4},
              "two empty clusters relocated to the farthest rows, which bring their weights", init=init)
    # a cluster whose only row weighs 0 counts as empty; the farthest row, which is that one, moves with weight 0,
    # so the cluster keeps the sum 0 (the data mean, once uncentred) as its centre
    line = np.array([[0], [1], [8]], dtype=float)
    for max_iter, suffix in ((1, "_one_iteration"), (300, "")):
        write("zero_weight_cluster" + suffix, line, np.array([1, 1, 0.0]),
              {"n_clusters": 2, "n_init": 1, "max_iter": max_iter, "tol": 1e-4},
              "cluster 1 holds only a row of weight 0: it is relocated with weight 0", init=np.array([[0.0], [6.0]]))


def seeded_cases():
    centres = [[0, 0], [10, 0], [0, 10], [10, 10], [20, 5]]
    x = blobs(150, centres, 1.0, 21)
    rng = np.random.RandomState(22)
    weights = rng.uniform(0.1, 1, len(x))
    weights[x[:, 0] + x[:, 1] > 12] *= 10  # the blobs up and right weigh ten times more
    query = blobs(10, centres, 1.2, 23)
    query_weights = rng.uniform(0.5, 1.5, len(query))
    for init, n_init in (("k-means++", 1), ("k-means++", 10), ("random", 10)):
        params = {"n_clusters": 5, "init": init, "n_init": n_init, "max_iter": 300, "tol": 1e-4, "random_state": 0}
        inertias = [fit(x, weights, {**params, "random_state": seed}, init).inertia_ for seed in SEEDS]
        low, high = min(inertias), max(inertias)
        assert high - low <= 1e-9 * high, f"{init} x {n_init}: the optimum depends on the seed: {low} .. {high}"
        write(f"{init.replace('-', '_').replace('+', 'p')}_n_init_{n_init}", x, weights, params,
              f"init {init}, n_init {n_init}, five blobs far apart: every random_state 0..19 reaches the same inertia",
              query=query, query_weights=query_weights,
              extra=lambda model: {"seed_inertia": {"min": float(low), "max": float(high)}})


if __name__ == "__main__":
    given_init_cases()
    relocation_cases()
    seeded_cases()
