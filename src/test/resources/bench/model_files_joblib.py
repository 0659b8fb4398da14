#!/usr/bin/env python3
"""The peer of ModelFilesBenchmark: joblib.dump / joblib.load of scikit-learn's forest of the same shape.

Run with Debian's interpreter (apt-get install python3-sklearn python3-pandas):
    /usr/bin/python3 src/test/resources/bench/model_files_joblib.py /tmp/bench/data/cls_100k.csv
RandomForestClassifier(n_estimators=100, max_depth=10) fitted on cls_100k.csv (100,000 x 20, 9:1), then
joblib.dump (uncompressed, joblib's default) to a file and joblib.load from it: one warm-up, best of 5, timed
with time.perf_counter. Also prints the file's size and the raw bytes of the trees' arrays as scikit-learn holds
them (its node records and values), for the size comparison.
"""
import os
for v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ[v] = "1"
import json, sys, tempfile, time
import joblib
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier


def best(fn, repeats=5):
    fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times), times


def main():
    df = pd.read_csv(sys.argv[1])
    X, y = df.drop(columns="y").to_numpy(), df["y"].to_numpy()
    forest = RandomForestClassifier(n_estimators=100, max_depth=10, n_jobs=-1, random_state=0).fit(X, y)
    path = os.path.join(tempfile.mkdtemp(), "forest.joblib")
    dump_s, dump_times = best(lambda: joblib.dump(forest, path))
    load_s, load_times = best(lambda: joblib.load(path))
    nodes = sum(t.tree_.node_count for t in forest.estimators_)
    raw = sum(t.tree_.__getstate__()["nodes"].nbytes + t.tree_.value.nbytes for t in forest.estimators_)
    print(json.dumps(dict(lib="joblib", nodes=nodes, file_bytes=os.path.getsize(path), raw_array_bytes=raw,
                          dump_best_s=dump_s, dump_times_s=dump_times, load_best_s=load_s, load_times_s=load_times)))


if __name__ == "__main__":
    main()
