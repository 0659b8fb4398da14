"""Writes the reference cases of imbalanced-learn's BalancedBaggingClassifier under ensemble/balanced_bagging/.

Run it from anywhere with Debian's Python (python3-imblearn 0.10.0, python3-sklearn 1.2.1, python3-pandas):

    /usr/bin/python3 src/test/resources/reference/generate_balanced_bagging.py

Seed-spread cases, laid out as seed_spread.py says: imbalanced-learn's test balanced accuracy for random_state 0..9,
within whose [min, max] prepkit's mean over its seeds 0..9 must lie. Parameters not given are imbalanced-learn's
defaults: 10 decision trees, max_samples 1.0, max_features 1.0, bootstrap, no bootstrap_features, "auto", no
replacement.

The cases:
- breast_cancer: the 30 features, diagnosis (212 malignant, 357 benign), default parameters;
- wine: the 13 features, cultivar (59 / 71 / 48), default parameters;
- synthetic_three_classes: seed_spread.synthetic() (classes 70 / 20 / 10 %, ties), default parameters;
- breast_cancer_subspaces: breast_cancer with bags of half the rows drawn without replacement (max_samples 0.5,
  bootstrap False) and 30 % of the features each (max_features 0.3);
- wine_bootstrap_features: wine with features drawn with replacement (bootstrap_features True) and the
  under-sampling drawn with replacement (replacement True).
"""
import os

from imblearn.ensemble import BalancedBaggingClassifier

from seed_spread import HERE, dataset, synthetic, write_case

ROOT = os.path.join(HERE, "ensemble", "balanced_bagging")


def main():
    cancer = dataset("breast_cancer")
    wine = dataset("wine")
    write_case(ROOT, BalancedBaggingClassifier, "breast_cancer", cancer, "diagnosis", {},
               "default parameters; test balanced accuracy per seed")
    write_case(ROOT, BalancedBaggingClassifier, "wine", wine, "cultivar", {},
               "default parameters; test balanced accuracy per seed")
    write_case(ROOT, BalancedBaggingClassifier, "synthetic_three_classes", synthetic(), "label", {},
               "imbalanced 70/20/10 % classes, values rounded to one decimal (ties); default parameters")
    write_case(ROOT, BalancedBaggingClassifier, "breast_cancer_subspaces", cancer, "diagnosis",
               {"max_samples": 0.5, "bootstrap": False, "max_features": 0.3},
               "bags of half the rows without replacement, 30 % of the features each")
    write_case(ROOT, BalancedBaggingClassifier, "wine_bootstrap_features", wine, "cultivar",
               {"bootstrap_features": True, "replacement": True},
               "features drawn with replacement; the under-sampling with replacement")


if __name__ == "__main__":
    main()
