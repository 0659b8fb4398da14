"""Times scikit-learn 1.2.1's PolynomialFeatures(degree=2).fit_transform on 1,000,000 x 10 standard-normal doubles,
the data of prepkit's PolynomialFeaturesBenchmark (GeneratedTables.numeric(1_000_000, 10, 0.0, 42)) to the last bit
but for the ulps of log and cos: Java's SplittableRandom(42) is splitmix64 with the golden gamma, replayed here in
numpy, each value a Box-Muller draw after one draw for the (never taken) missing-value test, column after column.
And StandardScaler().fit_transform on the data of prepkit's StandardScalerBenchmark (GeneratedTables.numeric(
1_000_000, 10, 0.05, 42): 5 % missing, where a missing value takes one draw and a present one three).

Run with Debian's Python (python3-sklearn 1.2.1):

    OMP_NUM_THREADS=1 /usr/bin/python3 src/test/resources/bench/transform_peers.py

One warm-up, then the best of 3 runs, one thread; one JSON line per workload, as the peers' bench_sklearn.py writes
them. The peers' wide_1m.csv is not used: it has missing values, which PolynomialFeatures refuses.
"""
import json
import time

import numpy as np
from sklearn.preprocessing import PolynomialFeatures, StandardScaler

GAMMA = np.uint64(0x9E3779B97F4A7C15)


def splitmix_doubles(seed, start, count):
    """Java's new SplittableRandom(seed): its nextDouble() calls number start .. start + count - 1."""
    with np.errstate(over="ignore"):
        z = np.uint64(seed) + (np.arange(start + 1, start + count + 1, dtype=np.uint64) * GAMMA)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z = z ^ (z >> np.uint64(31))
    return (z >> np.uint64(11)).astype(np.float64) * 2.0 ** -53


def generated(rows, columns, seed):
    """GeneratedTables.numeric(rows, columns, 0.0, seed): three draws per value (missing test, then Box-Muller)."""
    x = np.empty((rows, columns))
    for j in range(columns):
        draws = splitmix_doubles(seed, 3 * rows * j, 3 * rows).reshape(rows, 3)
        x[:, j] = np.sqrt(-2 * np.log(1 - draws[:, 1])) * np.cos(2 * np.pi * draws[:, 2])
    return x


def generated_with_missing(rows, columns, missing, seed):
    """GeneratedTables.numeric(rows, columns, missing, seed): a value is NaN after one draw below missing, else a
    Box-Muller value of the next two draws; the draws are walked in order, since each value's position depends on the
    values before it."""
    x = np.empty((rows, columns))
    position = 0
    for j in range(columns):
        draws = splitmix_doubles(seed, position, 3 * rows)
        at = 0
        taken = np.empty(rows, dtype=np.int64)
        absent = draws < missing
        for i in range(rows):
            taken[i] = at
            at += 1 if absent[at] else 3
        position += at
        first = draws[taken]
        gaussian = np.sqrt(-2 * np.log(1 - draws[np.minimum(taken + 1, 3 * rows - 1)])) * np.cos(
            2 * np.pi * draws[np.minimum(taken + 2, 3 * rows - 1)])
        x[:, j] = np.where(first < missing, np.nan, gaussian)
    return x


def best_of_3(fn):
    fn()
    times = []
    for _ in range(3):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main():
    x = generated(1_000_000, 10, 42)
    seconds = best_of_3(lambda: PolynomialFeatures(degree=2).fit_transform(x))
    print(json.dumps({"lib": "scikit-learn", "name": "polynomial_features_degree2_1m_x10", "best_s": round(seconds, 4),
                      "threads": 1}), flush=True)
    gaps = generated_with_missing(1_000_000, 10, 0.05, 42)
    seconds = best_of_3(lambda: StandardScaler().fit_transform(gaps))
    print(json.dumps({"lib": "scikit-learn", "name": "standard_scaler_1m_x10_missing5", "best_s": round(seconds, 4),
                      "threads": 1, "missing": int(np.isnan(gaps).sum())}), flush=True)


if __name__ == "__main__":
    main()
