"""Writes the reference cases of imbalanced-learn's imbalance metrics and their scorers under metrics/.

Run it from anywhere with Debian's Python (python3-imblearn 0.10.0, python3-sklearn 1.2.1, python3-pandas):

    /usr/bin/python3 src/test/resources/reference/generate_imbalance_metrics.py

Each case is a folder metrics/<name>/ holding one pair of label columns and every call made on them:
- input.csv: the columns y_true and y_pred;
- params.json: "calls", a list of calls, each with an "id", the "function" (imbalanced-learn's or scikit-learn's name,
  or "scorer" for a scorer applied to a model whose predict returns y_pred) and its parameters under their Python
  names ("average", "pos_label", "correction", "adjusted", "alpha", "scorer"); "warnings", the warnings each call
  raised, by call id; and a "note" on the case;
- expected.json: for each call id, what the call returned: a number (NaN and infinities written as the strings "nan",
  "inf" and "-inf", which JSON lacks); {"per_class": {class: number}} for average=None, the classes written as Python's
  str(label); {"report": {column: [values]}} for classification_report_imbalanced (output_dict=True, unrounded, one
  row per class and the "avg / total" row last; column "class" names the row); or {"error": message} where the call
  raised a ValueError.

The metrics run with the libraries' defaults (zero_division="warn": a ratio with denominator 0 is 0, with a warning).
Every averaged function is called with average macro, weighted, micro (and None for imbalanced-learn's), and binary with each class as
pos_label (binary with a multiclass target, or with a pos_label that is no class among two, must fail); the
geometric mean also with its default average="multiclass" and corrections 0.001 and 0.5; balanced accuracy plain and
adjusted; the report with alpha 0.1 (the default), 0.5 and -0.3; and the scorers a search would use.

The cases:
- binary_int: 0/1 labels, 60 rows, 1 the minority class, predictions with errors of both kinds;
- binary_cancer: breast_cancer's diagnosis (benign/malignant) against a depth-1 decision tree's predictions on it;
- binary_one_class_true: y_true all "neg", y_pred both: "pos" is never true (zero division in its sensitivity), and
  balanced accuracy drops it; adjusted balanced accuracy divides by 1 - 1 = 0 (-inf);
- single_class: every label 0: pos_label 1 is absent (scores 0), the specificity of 0 divides by 0 (0), adjusted
  balanced accuracy is 0 / 0 (nan);
- multiclass_iris: iris species against a depth-1 tree, which never predicts virginica;
- multiclass_wine: wine cultivar against a depth-2 tree on two features;
- multiclass_unseen: integer classes 0-3: class 2 never predicted, class 3 predicted but never true.
"""
import json
import os
import warnings

import numpy as np
import pandas as pd
from imblearn.metrics import (classification_report_imbalanced, geometric_mean_score, sensitivity_score,
                              specificity_score)
from sklearn.metrics import (accuracy_score, balanced_accuracy_score, f1_score, get_scorer, make_scorer,
                             precision_score, recall_score)
from sklearn.tree import DecisionTreeClassifier

HERE = os.path.dirname(os.path.abspath(__file__))
DATASETS = os.path.join(HERE, "..", "..", "..", "..", "datasets")
METRICS = os.path.join(HERE, "metrics")

AVERAGES = ["macro", "weighted", "micro", None]
FUNCTIONS = {"sensitivity_score": sensitivity_score, "specificity_score": specificity_score,
             "geometric_mean_score": geometric_mean_score, "precision_score": precision_score,
             "recall_score": recall_score, "f1_score": f1_score}
IMBALANCED = ["sensitivity_score", "specificity_score", "geometric_mean_score"]
ID_KEYS = ["scorer", "average", "pos_label", "correction", "adjusted", "alpha"]


class Predicted:
    """A fitted-model stand-in for the scorers: predict returns the given labels."""

    def __init__(self, labels):
        self.labels = labels

    def predict(self, x):
        return self.labels


def scorers(pos_label):
    """The scorers under test; f1 with pos_label only where one is given (binary cases)."""
    found = {"balanced_accuracy": get_scorer("balanced_accuracy"),
             "geometric_mean_score": make_scorer(geometric_mean_score),
             "sensitivity_macro": make_scorer(sensitivity_score, average="macro"),
             "specificity_macro": make_scorer(specificity_score, average="macro")}
    if pos_label is not None:
        found["f1_pos_label"] = make_scorer(f1_score, pos_label=pos_label)
    return found


def calls(labels):
    """Every call made on a case whose classes are labels (sorted)."""
    binary = len(labels) <= 2
    found = []
    for function in FUNCTIONS:
        for average in AVERAGES if function in IMBALANCED else AVERAGES[:-1]:
            found.append({"function": function, "average": average})
        for positive in labels if binary else labels[:1]:
            found.append({"function": function, "average": "binary", "pos_label": positive})
    found.append({"function": "geometric_mean_score", "average": "multiclass"})
    for correction in [0.001, 0.5]:
        found.append({"function": "geometric_mean_score", "average": "multiclass", "correction": correction})
    found.append({"function": "accuracy_score"})
    for adjusted in [False, True]:
        found.append({"function": "balanced_accuracy_score", "adjusted": adjusted})
    for alpha in [0.1, 0.5, -0.3]:
        found.append({"function": "classification_report_imbalanced", "alpha": alpha})
    positive = labels[-1] if binary else None
    for name in scorers(positive):
        found.append({"function": "scorer", "scorer": name, "pos_label": positive})
    # a positive label that is no class: an error where two classes are seen, 0 where one is
    absent = "absent" if isinstance(labels[0], str) else 99
    for function in ["sensitivity_score", "geometric_mean_score", "f1_score"]:
        found.append({"function": function, "average": "binary", "pos_label": absent})
    for call in found:
        call["id"] = " ".join([call["function"]] + [key + "=" + str(call[key]) for key in ID_KEYS if key in call])
    return found


def number(value):
    """A float for JSON, NaN and infinities as strings."""
    value = float(value)
    if np.isnan(value):
        return "nan"
    if np.isinf(value):
        return "inf" if value > 0 else "-inf"
    return value


def evaluate(call, y_true, y_pred, labels):
    function = call["function"]
    if function == "scorer":
        return number(scorers(call["pos_label"])[call["scorer"]](Predicted(y_pred), None, y_true))
    if function == "accuracy_score":
        return number(accuracy_score(y_true, y_pred))
    if function == "balanced_accuracy_score":
        return number(balanced_accuracy_score(y_true, y_pred, adjusted=call["adjusted"]))
    if function == "classification_report_imbalanced":
        report = classification_report_imbalanced(y_true, y_pred, alpha=call["alpha"], output_dict=True)
        columns = {"class": [str(label) for label in labels] + ["avg / total"]}
        for score in ["pre", "rec", "spe", "f1", "geo", "iba"]:
            columns[score] = [number(report[label][score]) for label in labels] + [number(report["avg_" + score])]
        columns["sup"] = [int(report[label]["sup"]) for label in labels] + [int(report["total_support"])]
        return {"report": columns}
    keywords = {key: call[key] for key in ["average", "pos_label", "correction"] if key in call}
    value = FUNCTIONS[function](y_true, y_pred, **keywords)
    if call["average"] is None:
        return {"per_class": {str(label): number(v) for label, v in zip(labels, value)}}
    return number(value)


def write_case(name, y_true, y_pred, note):
    folder = os.path.join(METRICS, name)
    os.makedirs(folder, exist_ok=True)
    frame = pd.DataFrame({"y_true": y_true, "y_pred": y_pred})
    frame.to_csv(os.path.join(folder, "input.csv"), index=False)
    y_true = frame["y_true"].to_numpy()
    y_pred = frame["y_pred"].to_numpy()
    labels = sorted(set(y_true.tolist()) | set(y_pred.tolist()))
    found = calls(labels)
    expected = {}
    caught_by_call = {}
    for call in found:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                expected[call["id"]] = evaluate(call, y_true, y_pred, labels)
            except ValueError as error:
                expected[call["id"]] = {"error": str(error)}
        messages = sorted({str(w.message).split(".")[0] for w in caught})
        if messages:
            caught_by_call[call["id"]] = messages
    dump(os.path.join(folder, "expected.json"), expected)
    dump(os.path.join(folder, "params.json"), {"calls": found, "warnings": caught_by_call, "note": note,
                                               "libraries": "imbalanced-learn 0.10.0, scikit-learn 1.2.1"})
    print(name, len(found), "calls,", sum(1 for v in expected.values() if isinstance(v, dict) and "error" in v),
          "errors")


def dump(path, value):
    with open(path, "w") as out:
        json.dump(value, out, indent=2, sort_keys=True, allow_nan=False)
        out.write("\n")


def tree_predictions(name, target, depth, features=None):
    """A dataset's target and the predictions on it of a decision tree fitted on it."""
    data = pd.read_csv(os.path.join(DATASETS, name + ".csv"))
    x = data.drop(columns=[target])
    if features is not None:
        x = x[features]
    y = data[target]
    return y.to_numpy(), DecisionTreeClassifier(max_depth=depth, random_state=0).fit(x, y).predict(x)


def main():
    rng = np.random.default_rng(11)
    y_true = (rng.random(60) < 0.2).astype(int)
    flip = rng.random(60) < np.where(y_true == 1, 0.35, 0.1)
    write_case("binary_int", y_true, np.where(flip, 1 - y_true, y_true),
               "0/1 labels, 1 the minority; errors of both kinds")
    y_true, y_pred = tree_predictions("breast_cancer", "diagnosis", 1)
    write_case("binary_cancer", y_true, y_pred, "breast_cancer's diagnosis against a depth-1 tree fitted on it")
    write_case("binary_one_class_true", ["neg"] * 8, ["neg", "pos", "neg", "neg", "pos", "neg", "neg", "neg"],
               "'pos' predicted but never true: its sensitivity divides by 0 (0); balanced accuracy drops it, and"
               " adjusted divides by 1 - 1/1 = 0")
    write_case("single_class", [0] * 5, [0] * 5,
               "one class: pos_label 1 is absent (every binary score 0); the specificity of 0 divides by 0 (0)")
    y_true, y_pred = tree_predictions("iris", "species", 1)
    write_case("multiclass_iris", y_true, y_pred, "iris species against a depth-1 tree, which never predicts virginica")
    y_true, y_pred = tree_predictions("wine", "cultivar", 2, ["alcohol", "color_intensity"])
    write_case("multiclass_wine", y_true, y_pred, "wine cultivar against a depth-2 tree on alcohol and color_intensity")
    y_true = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 0, 1, 1]
    y_pred = [0, 0, 0, 1, 3, 0, 1, 1, 0, 3, 0, 1, 1, 0, 1, 1]
    write_case("multiclass_unseen", y_true, y_pred, "class 2 never predicted, class 3 predicted but never true")


if __name__ == "__main__":
    main()
