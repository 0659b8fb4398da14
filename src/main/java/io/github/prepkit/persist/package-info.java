/**
 * Model files: fitted prepkit models and pipelines saved to disk and loaded back, safely and for years, through
 * {@link io.github.prepkit.persist.ModelFiles}. It plays the part of scikit-learn's {@code joblib.dump} and
 * {@code joblib.load}, in the shape skops and Spark ML use, without Java serialization.
 *
 * <h2>The format (model file format 1)</h2>
 * A model file (by convention {@code name.prepkit}) is a zip archive of uncompressed entries in this order, each with
 * the timestamp 2000-01-01 00:00 (local time, the zip's MS-DOS format), so the same model always gives the same bytes:
 * <ol>
 * <li>{@code manifest.json}: {@code {"format": "prepkit-model", "formatVersion": 1, "writer": "prepkit <version>",
 *     "sha256": {"<entry>": "<lowercase hex SHA-256>", ...}}}, with a checksum for every other entry.</li>
 * <li>{@code model.json}: the model as a tree of <em>typed nodes</em>. A typed node is a JSON object whose
 *     {@code "type"} names a prepkit class by its simple name ({@code "StandardScalerModel"}) and whose
 *     {@code "version"} is that node's own version (1 for every class when format 1 began; a class whose node changes
 *     writes a higher version and still reads the older ones: {@code LogisticRegression} writes 2, which added
 *     {@code multiClass}, and reads a version-1 node, which has none, as {@code OVR}). An estimator's node (or a
 *     parameter value of several kinds, such as a loss) holds {@code "params"}: its parameters under their prepkit
 *     names ({@code "withMean": true}). A fitted model's node holds {@code "estimator"} (the typed node of the
 *     estimator it was fitted with), {@code "schema"} ({@code {"names": [...], "types": [...]}}, Tablesaw's column
 *     type names, such as {@code "DOUBLE"}) and {@code "state"}: what it learned, under the names of its accessors.
 *     A pipeline's state holds its fitted steps as typed nodes; its estimator lists every step with its parameters,
 *     samplers included, so the pipeline can be fitted again. A classifier's state holds {@code "classes"}: the
 *     target's name and column type and the class values, so predictions keep the target's type.</li>
 * <li>{@code arrays/<n>.npy}, from 0: the numeric arrays of more than 32 values, in numpy's {@code .npy} format 1.0
 *     (little-endian {@code <f8} doubles or {@code <i4} ints, C order, one or two dimensions), which
 *     {@code numpy.load} reads. {@code model.json} refers to one as {@code {"npy": "arrays/<n>.npy"}}; shorter arrays
 *     are JSON arrays. Trees keep scikit-learn's {@code tree_} arrays ({@code featureIndices}, {@code thresholds},
 *     {@code leftChildren}, {@code rightChildren}, {@code impurities}, {@code nodeSamples},
 *     {@code weightedNodeSamples}, {@code values}), concatenated over a forest's trees with {@code nodeCounts}.</li>
 * </ol>
 * Doubles are written so that they read back to the same bits; NaN and the infinities are the JSON strings
 * {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}; an empty optional is {@code null}.
 *
 * <h2>Safety</h2>
 * A type tag is only looked up in a closed registry compiled into prepkit: nothing named in a file is ever loaded as
 * a class, and neither Java serialization nor a service loader is used. Reading refuses entries other than the
 * above (no {@code ../} names), compressed entries (so nothing inflates: a zip bomb is refused before it is read),
 * more than 10,000 entries, a zip whose end record is missing or does not match, JSON nested deeper than 64 levels,
 * strings over a million characters, repeated keys, fields no reader asked for, an array whose byte count differs
 * from its shape, an array referred to twice or never, and a checksum that does not match. Every model is rebuilt
 * through its class's validating {@code of} factory, which checks lengths, indices, tree structure and finiteness
 * before a model exists, and a pipeline's fitted steps must be fits of its own steps. Each of these fails with a
 * {@link io.github.prepkit.persist.ModelFileException} naming the entry and the path in {@code model.json}.
 *
 * <h2>Versions</h2>
 * A file of a newer format version, or holding a node of a newer node version, is refused with a message naming its
 * writer. Files of older versions keep loading with identical predictions: the golden files of format 1 in the test
 * resources ({@code persist/v1/}) are loaded and compared on every build. Saving a step that holds user code (a
 * lambda transformer, sampler or learning rate, a class of one's own) fails at save time, naming the step.
 */
package io.github.prepkit.persist;
