"""Times scikit-learn 1.2.1's permutation_importance of a 100-tree random forest on cls_10k.csv (10,000 rows x 20
features, from ../shared/bench/gen_data.py), to set beside prepkit's PermutationImportanceBenchmark run on the same
file.

Run with Debian's Python (python3-sklearn 1.2.1) on one thread:

    OMP_NUM_THREADS=1 /usr/bin/python3 src/test/resources/bench/inspection_peers.py [/tmp/bench/data]

RandomForestClassifier(n_estimators=100, random_state=0, n_jobs=1) is fitted once (not timed), then
permutation_importance(forest, X, y, scoring="accuracy", n_repeats=5, random_state=0, n_jobs=1) on the same rows is
timed: one warm-up, then the best of 3 runs (wall time, and process CPU time as best_cpu_s, the figure to trust when
other processes share the machine); then the same with n_jobs=2 (joblib's processes: their CPU time is not in this
process's, so best_cpu_s says little there). One JSON line per workload.
"""
import json
import os
import sys
import time

import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.inspection import permutation_importance


def best_of_3(fn):
    """The best wall time and the best process CPU time of 3 runs after a warm-up."""
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
    frame = pd.read_csv(os.path.join(folder, "cls_10k.csv"))
    y = frame.pop("y").to_numpy()
    X = frame.to_numpy()
    forest = RandomForestClassifier(n_estimators=100, random_state=0, n_jobs=1).fit(X, y)
    for jobs in (1, 2):
        seconds, cpu = best_of_3(lambda: permutation_importance(forest, X, y, scoring="accuracy", n_repeats=5,
                                                                random_state=0, n_jobs=jobs))
        print(json.dumps({"lib": "scikit-learn", "name": "permutation_importance_forest100_10k_x20",
                          "best_s": round(seconds, 4), "best_cpu_s": round(cpu, 4), "threads": jobs}), flush=True)


if __name__ == "__main__":
    main()
