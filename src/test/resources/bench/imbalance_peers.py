"""Times imbalanced-learn 0.10 on the workloads of the issue "All of imbalanced-learn, in Java", on the peers' data
(cls_100k.csv: 100,000 rows x 20 features, classes 9:1, from ../shared/bench/gen_data.py), to set beside prepkit's
JMH benchmarks of the same samplers run in the same sitting.

Run with Debian's Python (python3-sklearn 1.2.1, python3-imblearn 0.10.0):

    OMP_NUM_THREADS=1 /usr/bin/python3 src/test/resources/bench/imbalance_peers.py [/tmp/bench/data [name ...]]

With names (adasyn, tomek_links, edited_nearest_neighbours, near_miss_1, smote_enn, balanced_random_forest,
balanced_bagging, easy_ensemble, rusboost), only those, on one thread.

One warm-up, then the best of 3 runs, one thread (n_jobs=1) unless a row says 2; one JSON line per workload, as the
peers' bench_sklearn.py writes them.
"""
import json
import os
import sys
import time
import warnings

import numpy as np
import pandas as pd
from imblearn.combine import SMOTEENN
from imblearn.ensemble import (BalancedBaggingClassifier, BalancedRandomForestClassifier, EasyEnsembleClassifier,
                               RUSBoostClassifier)
from imblearn.over_sampling import ADASYN
from imblearn.under_sampling import EditedNearestNeighbours, NearMiss, TomekLinks


def best_of_3(fn):
    fn()
    times = []
    for _ in range(3):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bench/data"
    frame = pd.read_csv(os.path.join(folder, "cls_100k.csv"))
    y = frame.pop("y").to_numpy()
    X = frame.to_numpy()
    workloads = {
        "adasyn": lambda jobs: ADASYN(n_neighbors=5, random_state=0, n_jobs=jobs).fit_resample(X, y),
        "tomek_links": lambda jobs: TomekLinks(n_jobs=jobs).fit_resample(X, y),
        "edited_nearest_neighbours": lambda jobs: EditedNearestNeighbours(n_jobs=jobs).fit_resample(X, y),
        "near_miss_1": lambda jobs: NearMiss(version=1, n_jobs=jobs).fit_resample(X, y),
        "smote_enn": lambda jobs: SMOTEENN(random_state=0, n_jobs=jobs).fit_resample(X, y),
        "balanced_random_forest": lambda jobs: BalancedRandomForestClassifier(
            n_estimators=100, max_depth=10, random_state=0, n_jobs=jobs).fit(X, y),
        "balanced_bagging": lambda jobs: BalancedBaggingClassifier(random_state=0, n_jobs=jobs).fit(X, y),
        "easy_ensemble": lambda jobs: EasyEnsembleClassifier(random_state=0, n_jobs=jobs).fit(X, y),
        "rusboost": lambda jobs: RUSBoostClassifier(random_state=0).fit(X, y),
    }
    chosen = sys.argv[2:]
    for name, run in workloads.items():
        if chosen and name not in chosen:
            continue
        for jobs in ((1,) if chosen else (1, 2)):
            seconds = best_of_3(lambda: run(jobs))
            print(json.dumps({"lib": "imbalanced-learn", "name": name, "best_s": round(seconds, 4),
                              "threads": jobs}), flush=True)


if __name__ == "__main__":
    warnings.filterwarnings("ignore", category=FutureWarning)   # n_jobs, deprecated in 0.10 but still honoured
    np.random.seed(0)
    main()
