"""Times scikit-learn 1.2.1's PCA fit_transform on 100,000 x 50 correlated Gaussian values, to set beside prepkit's
PCABenchmark run on the same file.

Run with Debian's Python (python3-sklearn 1.2.1) on one thread:

    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 /usr/bin/python3 src/test/resources/bench/decomposition_peers.py [/tmp/bench/data]

The data file pca_100k_x50.csv (columns x0..x49: numpy's default_rng(42) standard normal 100,000 x 50 values times a
50 x 50 standard normal mixing matrix drawn after them, so the columns are correlated; written with 17 significant
digits) is written there first if it is missing; PCABenchmark reads the same file. Workloads: n_components 10 and all
(None), each with svd_solver="full" (what prepkit computes) and with the default "auto" (for 10 components of a
100,000 x 50 matrix, a randomized SVD; for all of them, the full one). One warm-up, then the best of 3 runs (wall
time, and process CPU time as best_cpu_s); one JSON line per workload.
"""
import json
import os
import sys
import time

import numpy as np
import pandas as pd
from sklearn.decomposition import PCA
from threadpoolctl import threadpool_limits

ROWS = 100_000
COLUMNS = 50


def data_file(folder):
    path = os.path.join(folder, "pca_100k_x50.csv")
    if not os.path.exists(path):
        os.makedirs(folder, exist_ok=True)
        rng = np.random.default_rng(42)
        gaussian = rng.standard_normal((ROWS, COLUMNS))
        mixing = rng.standard_normal((COLUMNS, COLUMNS))
        pd.DataFrame(gaussian @ mixing, columns=[f"x{j}" for j in range(COLUMNS)]).to_csv(
            path, index=False, float_format="%.17g")
    return path


def best_of_3(fn):
    fn()
    walls, cpus = [], []
    for _ in range(3):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bench/data"
    X = pd.read_csv(data_file(folder)).to_numpy()
    workloads = {
        "pca_full_10": lambda: PCA(n_components=10, svd_solver="full").fit_transform(X),
        "pca_full_all": lambda: PCA(svd_solver="full").fit_transform(X),
        "pca_auto_10": lambda: PCA(n_components=10, random_state=0).fit_transform(X),
        "pca_auto_all": lambda: PCA().fit_transform(X),
    }
    with threadpool_limits(limits=1):
        for name, run in workloads.items():
            seconds, cpu = best_of_3(run)
            print(json.dumps({"lib": "scikit-learn", "name": name, "rows": ROWS, "columns": COLUMNS,
                              "best_s": round(seconds, 4), "best_cpu_s": round(cpu, 4), "threads": 1}), flush=True)


if __name__ == "__main__":
    main()
