"""Times imbalanced-learn 0.10 on the workloads of the issue "All of imbalanced-learn, in Java", on the peers' data
(cls_100k.csv: 100,000 rows x 20 features, classes 9:1, from ../shared/bench/gen_data.py; cls_10k.csv, 10,000 rows of
the same generator, where one imbalanced-learn run on cls_100k takes more than a minute), to set beside prepkit's JMH
benchmarks of the same samplers (ImbalanceBenchmark, ImbalanceSamplersBenchmark) run in the same sitting.

Run with Debian's Python (python3-sklearn 1.2.1, python3-imblearn 0.10.0):

    OMP_NUM_THREADS=1 /usr/bin/python3 src/test/resources/bench/imbalance_peers.py [/tmp/bench/data [name ...]]

With names (adasyn, tomek_links, edited_nearest_neighbours, near_miss_1, smote_enn, balanced_random_forest,
balanced_bagging, easy_ensemble, rusboost, borderline_smote, smote_nc, kmeans_smote, random_over_sampler,
random_over_sampler_shrinkage, random_under_sampler, near_miss_3, one_sided_selection, neighbourhood_cleaning_rule;
on cls_10k: smote_n, near_miss_2, condensed_nearest_neighbour, instance_hardness_threshold, cluster_centroids,
repeated_edited_nearest_neighbours, all_knn, smote_tomek), only those, on one thread.

One warm-up, then the best of 3 runs (wall time, and process CPU time as best_cpu_s), one thread (n_jobs=1) unless a row says 2; one JSON line per workload, as the
peers' bench_sklearn.py writes them. The random samplers take no n_jobs, so their two rows run alike; scikit-learn's
KMeans (in kmeans_smote and cluster_centroids) takes its threads from OpenMP, set to n_jobs around the fit.
"""
import json
import os
import sys
import time
import warnings

import numpy as np
import pandas as pd
from imblearn.combine import SMOTEENN, SMOTETomek
from imblearn.ensemble import (BalancedBaggingClassifier, BalancedRandomForestClassifier, EasyEnsembleClassifier,
                               RUSBoostClassifier)
from imblearn.over_sampling import ADASYN, SMOTEN, SMOTENC, BorderlineSMOTE, KMeansSMOTE, RandomOverSampler
from imblearn.under_sampling import (AllKNN, ClusterCentroids, CondensedNearestNeighbour, EditedNearestNeighbours,
                                     InstanceHardnessThreshold, NearMiss, NeighbourhoodCleaningRule,
                                     OneSidedSelection, RandomUnderSampler, RepeatedEditedNearestNeighbours,
                                     TomekLinks)
from sklearn.cluster import KMeans
from threadpoolctl import threadpool_limits


def best_of_3(fn):
    """The best wall time and the best process CPU time of 3 runs after a warm-up; on one thread the CPU time is the
    figure to trust when other processes share the machine."""
    fn()
    walls, cpus = [], []
    for _ in range(3):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def floored(frame, count):
    """frame with its first count features as the text of their floor, as ImbalanceSamplersBenchmark derives them."""
    levels = frame.iloc[:, :count].apply(lambda column: np.floor(column).astype(int).astype(str))
    return pd.concat([levels, frame.iloc[:, count:]], axis=1)


def on_openmp(jobs, fit):
    """fit() with scikit-learn's k-means on jobs OpenMP threads (KMeans has no n_jobs), over OMP_NUM_THREADS."""
    with threadpool_limits(limits=jobs, user_api="openmp"):
        return fit()


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bench/data"
    frame = pd.read_csv(os.path.join(folder, "cls_100k.csv"))
    y = frame.pop("y").to_numpy()
    X = frame.to_numpy()
    small = pd.read_csv(os.path.join(folder, "cls_10k.csv"))
    y_small = small.pop("y").to_numpy()
    X_small = small.to_numpy()
    mixed = floored(frame, 5)
    nominal_small = floored(small, small.shape[1])
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
        "borderline_smote": lambda jobs: BorderlineSMOTE(random_state=0, n_jobs=jobs).fit_resample(X, y),
        # f0..f4 categorical (the text of their floor), f5..f19 numeric
        "smote_nc": lambda jobs: SMOTENC(categorical_features=list(range(5)), random_state=0,
                                         n_jobs=jobs).fit_resample(mixed, y),
        # the full KMeans, as prepkit's (imbalanced-learn's default is a MiniBatchKMeans); with the auto threshold,
        # 0.5 here, no cluster of cls_100k passes, so 0.1, about the minority's share of the table
        "kmeans_smote": lambda jobs: on_openmp(jobs, lambda: KMeansSMOTE(
            kmeans_estimator=KMeans(n_clusters=8, init="k-means++", n_init=10, random_state=0),
            cluster_balance_threshold=0.1, random_state=0, n_jobs=jobs).fit_resample(X, y)),
        "random_over_sampler": lambda jobs: RandomOverSampler(random_state=0).fit_resample(X, y),
        "random_over_sampler_shrinkage": lambda jobs: RandomOverSampler(shrinkage=1.0, random_state=0)
        .fit_resample(X, y),
        "random_under_sampler": lambda jobs: RandomUnderSampler(random_state=0).fit_resample(X, y),
        "near_miss_3": lambda jobs: NearMiss(version=3, n_jobs=jobs).fit_resample(X, y),
        "one_sided_selection": lambda jobs: OneSidedSelection(random_state=0, n_jobs=jobs).fit_resample(X, y),
        "neighbourhood_cleaning_rule": lambda jobs: NeighbourhoodCleaningRule(n_jobs=jobs).fit_resample(X, y),
        # cls_10k from here on: one run of each on cls_100k took over a minute of CPU (all_knn 82 s, smote_n 92 s,
        # the others unfinished after 90 s)
        "smote_n": lambda jobs: SMOTEN(random_state=0, n_jobs=jobs).fit_resample(nominal_small, y_small),
        "near_miss_2": lambda jobs: NearMiss(version=2, n_jobs=jobs).fit_resample(X_small, y_small),
        "condensed_nearest_neighbour": lambda jobs: CondensedNearestNeighbour(random_state=0, n_jobs=jobs)
        .fit_resample(X_small, y_small),
        # the default estimator: RandomForestClassifier(n_estimators=100, random_state=0, n_jobs=jobs)
        "instance_hardness_threshold": lambda jobs: InstanceHardnessThreshold(random_state=0, n_jobs=jobs)
        .fit_resample(X_small, y_small),
        # the default KMeans(random_state=0), its init and n_init (scikit-learn 1.2's defaults) stated
        "cluster_centroids": lambda jobs: on_openmp(jobs, lambda: ClusterCentroids(
            estimator=KMeans(init="k-means++", n_init=10, random_state=0), random_state=0)
            .fit_resample(X_small, y_small)),
        "repeated_edited_nearest_neighbours": lambda jobs: RepeatedEditedNearestNeighbours(n_jobs=jobs)
        .fit_resample(X_small, y_small),
        "all_knn": lambda jobs: AllKNN(n_jobs=jobs).fit_resample(X_small, y_small),
        "smote_tomek": lambda jobs: SMOTETomek(random_state=0, n_jobs=jobs).fit_resample(X_small, y_small),
    }
    chosen = sys.argv[2:]
    for name, run in workloads.items():
        if chosen and name not in chosen:
            continue
        for jobs in ((1,) if chosen else (1, 2)):
            seconds, cpu = best_of_3(lambda: run(jobs))
            print(json.dumps({"lib": "imbalanced-learn", "name": name, "best_s": round(seconds, 4),
                              "best_cpu_s": round(cpu, 4), "threads": jobs}), flush=True)


if __name__ == "__main__":
    warnings.filterwarnings("ignore", category=FutureWarning)   # n_jobs, deprecated in 0.10 but still honoured
    np.random.seed(0)
    main()
