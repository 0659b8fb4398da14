"""Writes the reference cases of imbalanced-learn's EasyEnsembleClassifier under ensemble/easy_ensemble/.

Run it from anywhere with Debian's Python (python3-imblearn 0.10.0, python3-sklearn 1.2.1, python3-pandas):

    /usr/bin/python3 src/test/resources/reference/generate_easy_ensemble.py

Seed-spread cases, laid out as seed_spread.py says: imbalanced-learn's test balanced accuracy for random_state 0..9,
within whose [min, max] prepkit's mean over its seeds 0..9 must lie. The parameters are imbalanced-learn's defaults:
10 AdaBoostClassifier() learners (scikit-learn 1.2.1's: 50 stumps, SAMME.R, learning rate 1), "auto", no replacement.

The cases:
- breast_cancer: the 30 features, diagnosis (212 malignant, 357 benign);
- wine: the 13 features, cultivar (59 / 71 / 48);
- synthetic_three_classes: seed_spread.synthetic() (classes 70 / 20 / 10 %, ties).
"""
import os

from imblearn.ensemble import EasyEnsembleClassifier

from seed_spread import HERE, dataset, synthetic, write_case

ROOT = os.path.join(HERE, "ensemble", "easy_ensemble")


def main():
    write_case(ROOT, EasyEnsembleClassifier, "breast_cancer", dataset("breast_cancer"), "diagnosis", {},
               "default parameters; test balanced accuracy per seed")
    write_case(ROOT, EasyEnsembleClassifier, "wine", dataset("wine"), "cultivar", {},
               "default parameters; test balanced accuracy per seed")
    write_case(ROOT, EasyEnsembleClassifier, "synthetic_three_classes", synthetic(), "label", {},
               "imbalanced 70/20/10 % classes, values rounded to one decimal (ties); default parameters")


if __name__ == "__main__":
    main()
