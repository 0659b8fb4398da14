"""Writes the reference cases of imbalanced-learn's RUSBoostClassifier under ensemble/rusboost/.

Run it from anywhere with Debian's Python (python3-imblearn 0.10.0, python3-sklearn 1.2.1, python3-pandas):

    /usr/bin/python3 src/test/resources/reference/generate_rusboost.py

RUSBoost under-samples the rows at random each round, and prepkit's random stream (Java's SplittableRandom) is not
numpy's, so the cases record a distribution, as generate_balanced_forest.py's (whose data, split and layout they
share): imbalanced-learn's test balanced accuracy for random_state 0..9. prepkit's mean over its seeds 0..9 must lie
within imbalanced-learn's [min, max].

The cases, each a folder ensemble/rusboost/<name>/ with input.csv, query.csv, params.json and expected.json:
- breast_cancer: the 30 features, diagnosis, default parameters (50 stumps, SAMME.R, learning rate 1);
- wine: the 13 features, cultivar, default parameters;
- synthetic_three_classes: generate_balanced_forest.py's 1200 rows (70 / 20 / 10 %), default parameters;
- breast_cancer_samme_replacement: breast_cancer with SAMME, replacement=True and learning_rate 0.5.
"""
import os

from imblearn.ensemble import RUSBoostClassifier

from seed_spread import HERE, dataset, synthetic, write_case

ROOT = os.path.join(HERE, "ensemble", "rusboost")


def main():
    cancer = dataset("breast_cancer")
    wine = dataset("wine")
    note = "default parameters; test balanced accuracy per seed"
    write_case(ROOT, RUSBoostClassifier, "breast_cancer", cancer, "diagnosis", {}, note)
    write_case(ROOT, RUSBoostClassifier, "wine", wine, "cultivar", {}, note)
    write_case(ROOT, RUSBoostClassifier, "synthetic_three_classes", synthetic(), "label", {},
               "imbalanced 70/20/10 % classes, values rounded to one decimal (ties); default parameters")
    write_case(ROOT, RUSBoostClassifier, "breast_cancer_samme_replacement", cancer, "diagnosis",
               {"algorithm": "SAMME", "replacement": True, "learning_rate": 0.5},
               "SAMME, under-samples drawn with replacement, learning rate 0.5")


if __name__ == "__main__":
    main()
