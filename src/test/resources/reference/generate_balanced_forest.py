"""Writes the reference cases of imbalanced-learn's BalancedRandomForestClassifier under ensemble/balanced_forest/.

Run it from anywhere with Debian's Python (python3-imblearn 0.10.0, python3-sklearn 1.2.1, python3-pandas):

    /usr/bin/python3 src/test/resources/reference/generate_balanced_forest.py

A forest's trees depend on the random stream, and prepkit's (Java's SplittableRandom) is not numpy's, so the cases
record a distribution, not trees: imbalanced-learn's test balanced accuracy for random_state 0..9. prepkit's mean
over its seeds 0..9 must lie within imbalanced-learn's [min, max]. seed_spread.py writes each case (the layout is
described there).

The cases:
- breast_cancer: the 30 features, diagnosis (212 malignant, 357 benign), default parameters;
- wine: the 13 features, cultivar (59 / 71 / 48), default parameters;
- synthetic_three_classes: 1200 rows of make_classification (6 features, 4 informative, classes 70 / 20 / 10 %,
  random_state 3), rounded to one decimal so that many values tie, classes named "big", "mid" and "small";
  default parameters;
- breast_cancer_replacement: breast_cancer with replacement=True, bootstrap=False (each tree grows on its balanced
  subset drawn with replacement), max_depth 4.
"""
import os

from imblearn.ensemble import BalancedRandomForestClassifier

from seed_spread import HERE, dataset, synthetic, write_case

ROOT = os.path.join(HERE, "ensemble", "balanced_forest")


def main():
    cancer = dataset("breast_cancer")
    wine = dataset("wine")
    write_case(ROOT, BalancedRandomForestClassifier, "breast_cancer", cancer, "diagnosis", {},
               "default parameters; test balanced accuracy per seed")
    write_case(ROOT, BalancedRandomForestClassifier, "wine", wine, "cultivar", {},
               "default parameters; test balanced accuracy per seed")
    write_case(ROOT, BalancedRandomForestClassifier, "synthetic_three_classes", synthetic(), "label", {},
               "imbalanced 70/20/10 % classes, values rounded to one decimal (ties); default parameters")
    write_case(ROOT, BalancedRandomForestClassifier, "breast_cancer_replacement", cancer, "diagnosis",
               {"replacement": True, "bootstrap": False, "max_depth": 4},
               "subsets drawn with replacement, no bootstrap, depth 4")


if __name__ == "__main__":
    main()
