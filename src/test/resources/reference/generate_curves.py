"""Writes the reference cases of scikit-learn 1.2.1's ranking curves and label-agreement metrics under metrics/curves/.

Run it from anywhere with Debian's Python (python3-sklearn 1.2.1, python3-pandas):

    /usr/bin/python3 src/test/resources/reference/generate_curves.py

Each case is a folder metrics/curves/<name>/ holding one set of true labels, a predicted label and a score per row,
and every call made on them, as generate_imbalance_metrics.py writes its cases:
- input.csv: the columns y_true, y_pred and score;
- params.json: "calls", a list of calls, each with an "id", the "function" (scikit-learn's name) and its parameters
  under their Python names ("pos_label", "drop_intermediate", "weights", "digits"); "sklearn_pos_label" where
  prepkit's call gives no label but scikit-learn needs one to agree (string labels: prepkit takes the greater class,
  scikit-learn refuses without pos_label); "warnings", the warnings each call raised, by call id; and a "note";
- expected.json: for each call id, what the call returned: a number (NaN and infinities written as "nan", "inf" and
  "-inf"); {"fpr", "tpr", "thresholds"} or {"precision", "recall", "thresholds"} arrays for the curves, with
  "roc_auc" (auc(fpr, tpr)) beside the ROC curve; {"report": {column: [values]}, "text": str} for
  classification_report (output_dict=True, unrounded; the accuracy row holds the accuracy under f1-score, its
  precision and recall "nan", its support the number of rows); or {"error": message} where the call raised a
  ValueError.

Every case calls roc_curve (drop_intermediate True and False), precision_recall_curve and average_precision_score
with the default positive label where scikit-learn has one and with each class as pos_label, plus a label that is no
class; and matthews_corrcoef, cohen_kappa_score (weights None, linear, quadratic) and classification_report (the
dict and the text at digits 2 and 4) on y_true against y_pred.

The cases:
- binary_ties: 0/1 labels, 60 rows, scores rounded to one decimal (many ties), predictions score >= 0.5;
- binary_cancer: breast_cancer's diagnosis (benign/malignant strings) against a depth-2 tree's probability of
  malignant (few distinct scores) and its predictions;
- binary_decision: -1/1 labels with decision values: negative scores, 0.0 tied with -0.0, and 1e300;
- multiclass_iris: iris species against a depth-1 tree (never predicts virginica) and a random score per row;
- multiclass_int: integer classes 0-3: class 2 never predicted, class 3 predicted but never true;
- perfect: scores that separate the classes, predictions all right;
- constant: every score 0.5 and every prediction 1;
- single_class_0 and single_class_1: one true class (no positive, or no negative, row);
"""
import json
import os
import warnings

import numpy as np
import pandas as pd
from sklearn.metrics import (auc, average_precision_score, classification_report, cohen_kappa_score,
                             matthews_corrcoef, precision_recall_curve, roc_curve)
from sklearn.tree import DecisionTreeClassifier

HERE = os.path.dirname(os.path.abspath(__file__))
DATASETS = os.path.join(HERE, "..", "..", "..", "..", "datasets")
CURVES = os.path.join(HERE, "metrics", "curves")
ID_KEYS = ["pos_label", "drop_intermediate", "weights", "digits"]


def number(value):
    """A float for JSON, NaN and infinities as strings."""
    value = float(value)
    if np.isnan(value):
        return "nan"
    if np.isinf(value):
        return "inf" if value > 0 else "-inf"
    return value


def numbers(values):
    return [number(v) for v in values]


def calls(labels, true_classes):
    """Every call made on a case whose true and predicted classes are labels (sorted), true_classes of them true."""
    numeric = not isinstance(labels[0], str)
    positives = [None] + list(labels) + [99 if numeric else "absent"]
    found = []
    for positive in positives:
        call_label = {"pos_label": positive}
        if positive is None and not numeric and true_classes == 2:
            call_label["sklearn_pos_label"] = labels[-1]
        for drop in [True, False]:
            found.append(dict(function="roc_curve", drop_intermediate=drop, **call_label))
        found.append(dict(function="precision_recall_curve", **call_label))
        found.append(dict(function="average_precision_score", **call_label))
    found.append({"function": "matthews_corrcoef"})
    for weights in [None, "linear", "quadratic"]:
        found.append({"function": "cohen_kappa_score", "weights": weights})
    found.append({"function": "classification_report"})
    for call in found:
        call["id"] = " ".join([call["function"]] + [key + "=" + str(call[key]) for key in ID_KEYS if key in call])
    return found


def evaluate(call, y_true, y_pred, score, labels):
    function = call["function"]
    positive = call.get("sklearn_pos_label", call.get("pos_label"))
    if function == "roc_curve":
        fpr, tpr, thresholds = roc_curve(y_true, score, pos_label=positive,
                                         drop_intermediate=call["drop_intermediate"])
        return {"fpr": numbers(fpr), "tpr": numbers(tpr), "thresholds": numbers(thresholds),
                "roc_auc": number(auc(fpr, tpr))}
    if function == "precision_recall_curve":
        precision, recall, thresholds = precision_recall_curve(y_true, score, pos_label=positive)
        return {"precision": numbers(precision), "recall": numbers(recall), "thresholds": numbers(thresholds)}
    if function == "average_precision_score":
        if positive is None:
            return number(average_precision_score(y_true, score))
        return number(average_precision_score(y_true, score, pos_label=positive))
    if function == "matthews_corrcoef":
        return number(matthews_corrcoef(y_true, y_pred))
    if function == "cohen_kappa_score":
        return number(cohen_kappa_score(y_true, y_pred, weights=call["weights"]))
    report = classification_report(y_true, y_pred, output_dict=True)
    names = [str(label) for label in labels]
    rows = names + ["accuracy", "macro avg", "weighted avg"]
    columns = {"class": rows}
    for score_name in ["precision", "recall", "f1-score"]:
        columns[score_name] = [number(report[row][score_name]) if row != "accuracy" else
                               (number(report["accuracy"]) if score_name == "f1-score" else "nan") for row in rows]
    columns["support"] = [int(report[row]["support"]) if row != "accuracy" else len(y_true) for row in rows]
    return {"report": columns, "text": {str(digits): classification_report(y_true, y_pred, digits=digits)
                                        for digits in [2, 4]}}


def write_case(name, y_true, y_pred, score, note):
    folder = os.path.join(CURVES, name)
    os.makedirs(folder, exist_ok=True)
    frame = pd.DataFrame({"y_true": y_true, "y_pred": y_pred, "score": score})
    frame.to_csv(os.path.join(folder, "input.csv"), index=False, float_format="%.17g")
    frame = pd.read_csv(os.path.join(folder, "input.csv"))
    y_true = frame["y_true"].to_numpy()
    y_pred = frame["y_pred"].to_numpy()
    score = frame["score"].to_numpy(dtype=float)
    labels = sorted(set(y_true.tolist()) | set(y_pred.tolist()))
    found = calls(labels, len(set(y_true.tolist())))
    expected = {}
    caught_by_call = {}
    for call in found:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                expected[call["id"]] = evaluate(call, y_true, y_pred, score, labels)
            except ValueError as error:
                expected[call["id"]] = {"error": str(error)}
        messages = sorted({str(w.message).split(".")[0] for w in caught})
        if messages:
            caught_by_call[call["id"]] = messages
    dump(os.path.join(folder, "expected.json"), expected)
    dump(os.path.join(folder, "params.json"), {"calls": found, "warnings": caught_by_call, "note": note,
                                               "libraries": "scikit-learn 1.2.1"})
    print(name, len(found), "calls,", sum(1 for v in expected.values() if isinstance(v, dict) and "error" in v),
          "errors")


def dump(path, value):
    with open(path, "w") as out:
        json.dump(value, out, indent=2, sort_keys=True, allow_nan=False)
        out.write("\n")


def tree(name, target, depth, positive=None):
    """A dataset's target, a tree's predictions on it, and its probability of one class (or a random score)."""
    data = pd.read_csv(os.path.join(DATASETS, name + ".csv"))
    x = data.drop(columns=[target])
    y = data[target]
    model = DecisionTreeClassifier(max_depth=depth, random_state=0).fit(x, y)
    if positive is None:
        score = np.random.default_rng(5).random(len(y)).round(2)
    else:
        score = model.predict_proba(x)[:, list(model.classes_).index(positive)]
    return y.to_numpy(), model.predict(x), score


def main():
    rng = np.random.default_rng(14)
    y_true = (rng.random(60) < 0.3).astype(int)
    score = np.clip(rng.normal(0.35 + 0.3 * y_true, 0.2), 0, 1).round(1)
    write_case("binary_ties", y_true, (score >= 0.5).astype(int), score,
               "0/1 labels, scores rounded to one decimal: many ties, some across classes")
    y_true, y_pred, score = tree("breast_cancer", "diagnosis", 2, "malignant")
    write_case("binary_cancer", y_true, y_pred, score,
               "string labels; a depth-2 tree's probability of malignant has few distinct values")
    y_true = np.array([-1, 1, -1, 1, 1, -1, -1, 1, -1, 1, 1, -1])
    score = np.array([-2.5, 0.0, -0.0, 1e300, 0.0, -1e300, -0.5, 3.25, 0.0, -0.0, -0.5, 7.0])
    write_case("binary_decision", y_true, np.where(score > 0, 1, -1), score,
               "-1/1 labels, decision values: negative, 0.0 tied with -0.0, +-1e300")
    y_true, y_pred, score = tree("iris", "species", 1)
    write_case("multiclass_iris", y_true, y_pred, score,
               "iris species against a depth-1 tree (never predicts virginica) and a random score per row")
    y_true = rng.integers(0, 3, 40)
    y_true[y_true == 2] = np.where(rng.random((y_true == 2).sum()) < 0.5, 2, 1)
    y_pred = np.where(rng.random(40) < 0.6, y_true, rng.integers(0, 4, 40))
    y_pred[y_pred == 2] = 3
    write_case("multiclass_int", y_true, y_pred, rng.random(40).round(1),
               "classes 0-3: class 2 never predicted, class 3 predicted but never true")
    y_true = np.array([0, 1, 1, 0, 1, 0, 0, 1])
    write_case("perfect", y_true, y_true, np.where(y_true == 1, 0.9, 0.1) + np.arange(8) / 100,
               "scores that separate the classes, predictions all right")
    write_case("constant", np.array([0, 1, 1, 0, 1, 0, 0]), np.ones(7, dtype=int), np.full(7, 0.5),
               "every score 0.5 (one threshold) and every prediction 1")
    write_case("single_class_0", np.zeros(6, dtype=int), np.array([0, 0, 1, 0, 0, 0]),
               np.array([0.1, 0.4, 0.8, 0.4, 0.2, 0.3]), "no positive row: tpr NaN, recall 1")
    write_case("single_class_1", np.ones(6, dtype=int), np.ones(6, dtype=int),
               np.array([0.1, 0.4, 0.8, 0.4, 0.2, 0.3]), "no negative row: fpr NaN; a single class everywhere")


if __name__ == "__main__":
    main()
