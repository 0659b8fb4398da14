"""Writes the reference cases of scikit-learn 1.2.1's PCA (svd_solver="full") under decomposition/.

Run it from anywhere with Debian's Python (python3-sklearn 1.2.1, python3-scipy 1.10.1, python3-numpy 1.24, pandas):

    /usr/bin/python3 src/test/resources/reference/generate_pca.py

Each case is a folder decomposition/pca_<name>/ holding:
- input.csv: the table fitted on, every column decomposed;
- params.json: "class", "n_components" (an int, a float fraction or null for all), "whiten", "svd_solver" and a
  "note";
- expected.csv: fit_transform of input.csv, columns named by get_feature_names_out (pca0, pca1, ...);
- expected.json: the fitted state: "components" (components_, one list per component), "explained_variance",
  "explained_variance_ratio", "singular_values", "mean", "noise_variance", "n_components" (n_components_) and
  "null_components": how many trailing kept components have a singular value below 1e-10 times the largest (their
  direction is LAPACK's arbitrary choice of a vector orthogonal to the others, so only their variance is compared);
- query.csv and query_expected.csv: other rows and their transform;
- inverse_expected.csv: inverse_transform of query_expected.csv.
"""
import json
import os

import numpy as np
import pandas as pd
from sklearn.decomposition import PCA

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "decomposition")


def write_table(path, values, columns):
    pd.DataFrame(values, columns=columns).to_csv(path, index=False, float_format="%.17g")


def write_case(name, data, query, n_components, whiten, note):
    folder = os.path.join(ROOT, "pca_" + name)
    os.makedirs(folder, exist_ok=True)
    names = [f"x{j}" for j in range(data.shape[1])]
    write_table(os.path.join(folder, "input.csv"), data, names)
    write_table(os.path.join(folder, "query.csv"), query, names)
    pca = PCA(n_components=n_components, whiten=whiten, svd_solver="full")
    out = pca.fit_transform(data.copy())
    outputs = list(pca.get_feature_names_out())
    write_table(os.path.join(folder, "expected.csv"), out, outputs)
    query_out = pca.transform(query)
    write_table(os.path.join(folder, "query_expected.csv"), query_out, outputs)
    write_table(os.path.join(folder, "inverse_expected.csv"), pca.inverse_transform(query_out), names)
    singular = pca.singular_values_
    state = {"components": pca.components_.tolist(),
             "explained_variance": pca.explained_variance_.tolist(),
             "explained_variance_ratio": pca.explained_variance_ratio_.tolist(),
             "singular_values": singular.tolist(),
             "mean": pca.mean_.tolist(),
             "noise_variance": float(pca.noise_variance_),
             "n_components": int(pca.n_components_),
             "null_components": int(np.sum(singular < 1e-10 * singular[0]))}
    with open(os.path.join(folder, "expected.json"), "w") as f:
        json.dump(state, f, indent=1)
    params = {"class": "PCA", "n_components": n_components, "whiten": whiten, "svd_solver": "full", "note": note}
    with open(os.path.join(folder, "params.json"), "w") as f:
        json.dump(params, f, indent=2)


def correlated(rng, rows, columns, offsets=None):
    mixing = rng.normal(0, 1, (columns, columns)) * rng.uniform(0.2, 3.0, columns)
    data = rng.normal(0, 1, (rows, columns)) @ mixing
    if offsets is not None:
        data += offsets
    return data


def main():
    rng = np.random.default_rng(20261204)
    tall = correlated(rng, 60, 5, offsets=np.array([10.0, -3.0, 0.5, 250.0, -7.0]))
    tall_query = correlated(rng, 6, 5, offsets=np.array([12.0, -1.0, 0.0, 240.0, -9.0]))
    write_case("tall_count", tall, tall_query, 3, False, "60 x 5 correlated columns with offsets, 3 components")
    write_case("tall_count_whiten", tall, tall_query, 3, True, "the same, whitened")
    write_case("tall_all", tall, tall_query, None, False, "every component (n_components=None)")
    write_case("tall_all_whiten", tall, tall_query, None, True, "every component, whitened")
    write_case("tall_fraction", tall, tall_query, 0.9, False, "the fewest components explaining more than 90 %")
    write_case("tall_fraction_whiten", tall, tall_query, 0.6, True, "more than 60 %, whitened")

    wide = correlated(rng, 8, 12)
    wide_query = correlated(rng, 3, 12)
    write_case("wide_count", wide, wide_query, 4, False, "more columns than rows: 8 x 12, 4 components")
    write_case("wide_all", wide, wide_query, None, False,
               "8 x 12, all 8 components: the centred matrix has rank 7, so the last one is null")
    write_case("wide_fraction_whiten", wide, wide_query, 0.8, True, "8 x 12, more than 80 %, whitened")

    constant = correlated(rng, 40, 4)
    constant[:, 2] = 3.25
    constant_query = correlated(rng, 5, 4)
    write_case("constant_all", constant, constant_query, None, False,
               "a constant column: the last component has variance 0 (null)")
    write_case("constant_count_whiten", constant, constant_query, 2, True, "a constant column, 2 components, whitened")
    write_case("constant_fraction", constant, constant_query, 0.95, False, "a constant column, more than 95 %")

    base = rng.normal(0, 1, (50, 3))
    collinear = np.column_stack([base[:, 0], base[:, 1], base[:, 0] + base[:, 1] + 1e-6 * rng.normal(0, 1, 50),
                                 base[:, 2] * 5.0 + 100.0])
    collinear_query = np.column_stack([rng.normal(0, 1, 4), rng.normal(0, 1, 4), rng.normal(0, 1, 4),
                                       rng.normal(100, 5, 4)])
    write_case("collinear_all", collinear, collinear_query, None, False,
               "nearly collinear columns: the smallest singular value is about 1e-6 of the largest")
    write_case("collinear_all_whiten", collinear, collinear_query, None, True, "the same, whitened")
    write_case("collinear_count", collinear, collinear_query, 3, False, "nearly collinear columns, 3 components")

    big = correlated(rng, 30, 3) * 1e150
    big_query = correlated(rng, 3, 3) * 1e150
    write_case("large_values", big, big_query, 2, False, "values near 1e150: squares near 1e300")


if __name__ == "__main__":
    main()
