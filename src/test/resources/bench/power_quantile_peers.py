"""Times scikit-learn 1.2.1's QuantileTransformer and PowerTransformer (Yeo-Johnson) fit_transform on 1,000,000 x 10
lognormal values, to set beside prepkit's PowerQuantileBenchmark run on the same file.

Run with Debian's Python (python3-sklearn 1.2.1) on one thread:

    OMP_NUM_THREADS=1 /usr/bin/python3 src/test/resources/bench/power_quantile_peers.py [/tmp/bench/data]

The data file lognormal_1m.csv (columns x0..x9, numpy's default_rng(42).lognormal(0, 1, (1000000, 10)), written with
17 significant digits) is written there first if it is missing; PowerQuantileBenchmark reads the same file. One
warm-up, then the best of 3 runs; one JSON line per workload.
"""
import json
import os
import sys
import time

import numpy as np
import pandas as pd
from sklearn.preprocessing import PowerTransformer, QuantileTransformer

ROWS = 1_000_000
COLUMNS = 10


def data_file(folder):
    path = os.path.join(folder, "lognormal_1m.csv")
    if not os.path.exists(path):
        os.makedirs(folder, exist_ok=True)
        values = np.random.default_rng(42).lognormal(0.0, 1.0, (ROWS, COLUMNS))
        pd.DataFrame(values, columns=[f"x{j}" for j in range(COLUMNS)]).to_csv(path, index=False,
                                                                               float_format="%.17g")
    return path


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
    X = pd.read_csv(data_file(folder)).to_numpy()
    workloads = {
        "quantile_transformer": lambda: QuantileTransformer(random_state=0).fit_transform(X),
        "power_transformer_yeo_johnson": lambda: PowerTransformer().fit_transform(X),
    }
    for name, run in workloads.items():
        seconds = best_of_3(run)
        print(json.dumps({"library": "scikit-learn", "workload": name, "rows": ROWS, "columns": COLUMNS,
                          "threads": 1, "seconds": round(seconds, 3)}), flush=True)


if __name__ == "__main__":
    main()
