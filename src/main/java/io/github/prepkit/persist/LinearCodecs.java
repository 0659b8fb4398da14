package io.github.prepkit.persist;

import io.github.prepkit.linear.LearningRate;
import io.github.prepkit.linear.LinearRegression;
import io.github.prepkit.linear.LinearRegressionModel;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.linear.LogisticRegressionModel;
import io.github.prepkit.linear.Loss;
import io.github.prepkit.linear.SGDRegressor;
import io.github.prepkit.linear.SGDRegressorModel;
import java.util.List;

/**
 * The codecs of {@code io.github.prepkit.linear}, with the losses and learning rates of gradient descent as typed
 * nodes (a learning rate given as a lambda with {@code LearningRate.perEpoch} is user code and cannot be saved).
 */
final class LinearCodecs {

    static final List<Codec<?>> ALL = List.of(
            Codec.parameters("LinearRegression", LinearRegression.class,
                    (regression, p) -> p.bool("fitIntercept", regression.fitIntercept()),
                    p -> new LinearRegression(p.bool("fitIntercept"))),
            Codec.model("LinearRegressionModel", LinearRegressionModel.class, LinearRegression.class,
                    (model, s) -> s.string("target", model.target()).doubles("coefficients", model.coefficients())
                            .number("intercept", model.intercept()),
                    (regression, schema, s) -> LinearRegressionModel.of(regression, schema, s.string("target"),
                            s.doubles("coefficients"), s.number("intercept"))),
            // node version 2 added multiClass; version 1 had none and fitted more than two classes one-vs-rest;
            // version 3 added classWeight, none before
            Codec.parameters("LogisticRegression", 3, LogisticRegression.class,
                    (logistic, p) -> StateParts.writeClassWeight(p.choice("penalty", logistic.penalty())
                            .number("c", logistic.c()).bool("fitIntercept", logistic.fitIntercept())
                            .choice("solver", logistic.solver()).integer("maxIter", logistic.maxIter())
                            .number("tol", logistic.tol()).choice("multiClass", logistic.multiClass())
                            .integer("nJobs", logistic.nJobs()), logistic.classWeight()),
                    p -> new LogisticRegression(p.choice("penalty", LogisticRegression.Penalty.values()), p.number("c"),
                            p.bool("fitIntercept"), p.choice("solver", LogisticRegression.Solver.values()),
                            p.intValue("maxIter"), p.number("tol"), p.version() == 1 ? LogisticRegression.MultiClass.OVR
                                    : p.choice("multiClass", LogisticRegression.MultiClass.values()),
                            p.intValue("nJobs"), StateParts.readClassWeight(p, 3))),
            Codec.model("LogisticRegressionModel", LogisticRegressionModel.class, LogisticRegression.class,
                    (model, s) -> {
                        StateParts.writeClasses(s, model.targetClasses());
                        s.matrix("coefficients", model.coefficientMatrix()).doubles("intercepts", model.intercepts())
                                .ints("iterations", model.nIter());
                    },
                    (logistic, schema, s) -> LogisticRegressionModel.of(logistic, schema, StateParts.readClasses(s),
                            s.matrix("coefficients"), s.doubles("intercepts"), s.ints("iterations"))),
            Codec.parameters("SGDRegressor", SGDRegressor.class,
                    (sgd, p) -> p.typed("loss", sgd.loss()).number("alpha", sgd.alpha())
                            .typed("learningRate", sgd.learningRate()).integer("maxIter", sgd.maxIter())
                            .number("tol", sgd.tol()).bool("fitIntercept", sgd.fitIntercept()).integer("seed", sgd.seed()),
                    p -> new SGDRegressor(p.typed("loss", Loss.class), p.number("alpha"),
                            p.typed("learningRate", LearningRate.class), p.intValue("maxIter"), p.number("tol"),
                            p.bool("fitIntercept"), p.integer("seed"))),
            Codec.model("SGDRegressorModel", SGDRegressorModel.class, SGDRegressor.class,
                    (model, s) -> s.string("target", model.target()).doubles("coefficients", model.coefficients())
                            .number("intercept", model.intercept()).doubles("lossHistory", model.lossHistory())
                            .bool("converged", model.converged()),
                    (sgd, schema, s) -> SGDRegressorModel.of(sgd, schema, s.string("target"), s.doubles("coefficients"),
                            s.number("intercept"), s.doubles("lossHistory"), s.bool("converged"))),
            Codec.parameters("SquaredLoss", Loss.Squared.class, (loss, p) -> { }, p -> new Loss.Squared()),
            Codec.parameters("AbsoluteLoss", Loss.Absolute.class, (loss, p) -> { }, p -> new Loss.Absolute()),
            Codec.parameters("LogLoss", Loss.Log.class, (loss, p) -> { }, p -> new Loss.Log()),
            Codec.parameters("MinkowskiLoss", Loss.Minkowski.class, (loss, p) -> p.number("p", loss.p()),
                    p -> new Loss.Minkowski(p.number("p"))),
            Codec.parameters("ConstantLearningRate", LearningRate.Constant.class,
                    (rate, p) -> p.number("eta0", rate.eta0()), p -> new LearningRate.Constant(p.number("eta0"))),
            Codec.parameters("InvScalingLearningRate", LearningRate.InvScaling.class,
                    (rate, p) -> p.number("eta0", rate.eta0()).number("powerT", rate.powerT()),
                    p -> new LearningRate.InvScaling(p.number("eta0"), p.number("powerT"))));

    private LinearCodecs() {
    }
}
