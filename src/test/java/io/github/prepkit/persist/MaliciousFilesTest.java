package io.github.prepkit.persist;

import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.prepkit.base.Model;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.ensemble.GradientBoostingRegressor;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.pipeline.ClassifierPipelineModel;
import io.github.prepkit.pipeline.ColumnTransformer;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.tree.DecisionTreeClassifier;
import io.github.prepkit.tree.DecisionTreeClassifierModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Hostile and damaged model files: each fails with a {@link ModelFileException} that says what is wrong, within a
 * second, and never with another exception, an {@code OutOfMemoryError} or a hang.
 */
class MaliciousFilesTest {

    private static Table iris() {
        return Datasets.load("iris");
    }

    /** A small tree, whose arrays stay in model.json, so its structure can be edited as JSON. */
    private static byte[] smallTree() {
        return ModelFiles.toBytes(new DecisionTreeClassifier().maxDepth(OptionalInt.of(2)).fit(iris(), "species"));
    }

    /** A pipeline with arrays in .npy entries (a deep tree) and several nested typed nodes. */
    private static ClassifierPipelineModel pipeline() {
        return Pipeline.steps().transform("impute", new SimpleImputer()).transform("scale", new StandardScaler())
                .classifier("tree", new DecisionTreeClassifier().seed(1)).fit(Datasets.load("breast_cancer"), "diagnosis");
    }

    /** Fails unless reading {@code file} throws a ModelFileException, within a second, whose message holds {@code fragment}. */
    private static ModelFileException assertRefused(byte[] file, String fragment) {
        ModelFileException e = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            try {
                ModelFiles.fromBytes(file, Model.class);
            } catch (ModelFileException refused) {
                return refused;
            }
            return fail("the file was loaded");
        });
        assertTrue(e.getMessage().contains(fragment), () -> "expected \"" + fragment + "\" in: " + e.getMessage());
        return e;
    }

    /** The entries of a valid file, by name, in order. */
    private static Map<String, byte[]> entries(byte[] file) {
        Map<String, byte[]> entries = new LinkedHashMap<>(Archive.read(file).entries());
        return entries;
    }

    /** A valid file again, after {@code edit} rewrote the JSON tree of model.json; the checksums are recomputed. */
    @SuppressWarnings("unchecked")
    private static byte[] withModelJson(byte[] file, UnaryOperator<Map<String, Object>> edit) {
        Map<String, byte[]> entries = entries(file);
        Map<String, Object> root = (Map<String, Object>) Json.parse(entries.get(Archive.MODEL), Archive.MODEL);
        return withEntry(file, Archive.MODEL, Json.write(edit.apply(root)));
    }

    /** A valid file again with entry {@code name} replaced by {@code bytes}; the checksums are recomputed. */
    private static byte[] withEntry(byte[] file, String name, byte[] bytes) {
        Map<String, byte[]> entries = entries(file);
        entries.put(name, bytes);
        List<byte[]> arrays = new ArrayList<>();
        for (int i = 0; entries.containsKey(Archive.arrayName(i)); i++) {
            arrays.add(entries.get(Archive.arrayName(i)));
        }
        return Archive.write(entries.get(Archive.MODEL), arrays, "a test");
    }

    /** A zip of the given entries, the first with {@code method}, the others stored. */
    private static byte[] zip(Map<String, byte[]> entries, int method) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                if (method == ZipEntry.STORED) {
                    CRC32 crc = new CRC32();
                    crc.update(entry.getValue());
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(entry.getValue().length);
                    zipEntry.setCrc(crc.getValue());
                }
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state(Map<String, Object> node) {
        return (Map<String, Object>) node.get("state");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> treeArrays(Map<String, Object> root) {
        return (Map<String, Object>) state(root).get("tree");
    }

    @Test
    void aJavaSerializationStreamIsNeverDeserialized() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new HashMap<>(Map.of("type", "java.lang.Runtime")));
        }
        assertRefused(bytes.toByteArray(), "a Java serialization stream, not a prepkit model file");
    }

    @Test
    void aTypeThatIsNotAPrepkitClassIsRefused() {
        byte[] file = withModelJson(smallTree(), root -> {
            root.put("type", "java.lang.Runtime");
            return root;
        });
        assertRefused(file, "unknown type \"java.lang.Runtime\": a model file names only prepkit's own classes");
        byte[] estimator = withModelJson(smallTree(), root -> {
            ((Map<String, Object>) root.get("estimator")).put("type", "java.lang.ProcessBuilder");
            return root;
        });
        assertRefused(estimator, "at /estimator: unknown type \"java.lang.ProcessBuilder\"");
    }

    @Test
    void aZipBombIsNeverInflated() throws IOException {
        byte[] zeros = new byte[64 << 20];
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(Archive.MODEL, zeros);
        byte[] bomb = zip(entries, ZipEntry.DEFLATED);
        assertTrue(bomb.length < 1 << 20, "64 MiB of zeros deflate to " + bomb.length + " bytes");
        assertRefused(bomb, "entry 'model.json' is compressed; a model file stores its entries as they are");
    }

    @Test
    void anArrayEntryStandsForOneFieldOnly() {
        byte[] file = ModelFiles.toBytes(pipeline());
        byte[] twice = withModelJson(file, root -> {
            Map<String, Object> trees = (Map<String, Object>) state((Map<String, Object>) state(root).get("model"))
                    .get("tree");
            trees.put("impurities", trees.get("thresholds"));
            return root;
        });
        assertRefused(twice, "/state/model/state/tree/impurities: refers to arrays/1.npy, which another field refers to"
                + " already");
        Map<String, byte[]> entries = entries(file);
        List<byte[]> arrays = new ArrayList<>();
        for (int i = 0; entries.containsKey(Archive.arrayName(i)); i++) {
            arrays.add(entries.get(Archive.arrayName(i)));
        }
        arrays.add(arrays.get(0));
        assertRefused(Archive.write(entries.get(Archive.MODEL), arrays, "a test"),
                "model.json refers to none of [arrays/" + (arrays.size() - 1) + ".npy]");
    }

    @Test
    void stagesWithoutTreesAreRefusedBeforeAnythingIsAllocated() {
        byte[] file = ModelFiles.toBytes(new GradientBoostingRegressor().nEstimators(3).maxDepth(2)
                .fit(Datasets.load("diabetes"), "progression"));
        assertRefused(withModelJson(file, root -> {
            state(root).put("stages", (long) Integer.MAX_VALUE);
            return root;
        }), "/state/stages: 3 trees do not divide into 2147483647 stages");
    }

    @Test
    void entriesOutsideTheExpectedNamesAreRefused() throws IOException {
        for (String name : List.of("../x", "/etc/passwd", "arrays/../../x.npy", "arrays/01.npy", "model.json/", "evil.class")) {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put(name, "{}".getBytes(StandardCharsets.UTF_8));
            assertRefused(zip(entries, ZipEntry.STORED), "unexpected entry '" + name + "'");
        }
    }

    @Test
    void aTreeWhoseChildPointsBackIsRefusedBeforeAModelExists() {
        byte[] file = withModelJson(smallTree(), root -> {
            List<Object> left = new ArrayList<>((List<?>) treeArrays(root).get("leftChildren"));
            int lastSplit = left.size() - 1;
            while (left.get(lastSplit).equals(-1L)) {
                lastSplit--;
            }
            left.set(lastSplit, 0L);
            treeArrays(root).put("leftChildren", left);
            return root;
        });
        assertRefused(file, "model.json at the root: Tree: node 2 has leftChildren 0; a split's children must be nodes after it");
    }

    @Test
    void anArrayShorterThanItsShapeIsRefused() {
        byte[] file = ModelFiles.toBytes(pipeline());
        byte[] npy = entries(file).get(Archive.arrayName(0));
        byte[] cut = java.util.Arrays.copyOf(npy, npy.length - 8);
        assertRefused(withEntry(file, Archive.arrayName(0), cut), "arrays/0.npy: shape [");
        byte[] header = java.util.Arrays.copyOf(npy, 9);
        assertRefused(withEntry(file, Archive.arrayName(0), header), "arrays/0.npy: the .npy header is cut short");
    }

    @Test
    void anArrayThatClaimsAHugeShapeIsRefusedWithoutAllocatingIt() {
        byte[] file = ModelFiles.toBytes(pipeline());
        String header = "{'descr': '<f8', 'fortran_order': False, 'shape': (2147483647, 2147483647), }";
        byte[] npy = new byte[10 + 118];
        System.arraycopy(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, 118, 0}, 0, npy, 0, 10);
        byte[] text = (header + " ".repeat(118 - header.length() - 1) + "\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, npy, 10, text.length);
        assertRefused(withEntry(file, Archive.arrayName(0), npy), "needs 4611686014132420609 values, found 0 bytes");
    }

    @Test
    void jsonNestedAHundredThousandDeepIsRefused() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        byte[] file = withEntry(smallTree(), Archive.MODEL, deep.getBytes(StandardCharsets.UTF_8));
        assertRefused(file, "model.json: not valid JSON: Document nesting depth (65) exceeds the maximum allowed (64");
    }

    @Test
    void aNewerFormatVersionIsRefusedNamingItsWriter() throws IOException {
        Map<String, byte[]> entries = entries(smallTree());
        String manifest = "{\"format\": \"prepkit-model\", \"formatVersion\": 999, \"writer\": \"prepkit 9.0\", \"sha256\": {}}";
        Map<String, byte[]> zip = new LinkedHashMap<>();
        zip.put(Archive.MANIFEST, manifest.getBytes(StandardCharsets.UTF_8));
        zip.put(Archive.MODEL, entries.get(Archive.MODEL));
        assertRefused(zip(zip, ZipEntry.STORED), "written by prepkit 9.0 in model file format 999; this prepkit");
    }

    @Test
    void aNewerNodeVersionIsRefusedNamingTheType() {
        byte[] file = withModelJson(smallTree(), root -> {
            root.put("version", 2L);
            return root;
        });
        assertRefused(file, "DecisionTreeClassifierModel node version 2 is newer than this prepkit");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLogisticRegressionNodeMustHoldTheFieldsOfItsVersion() {
        byte[] file = ModelFiles.toBytes(new LogisticRegression().fit(iris(), "species"));
        // version 1 had no multiClass: a version-1 node that holds one is damaged or forged
        assertRefused(withModelJson(file, root -> {
            ((Map<String, Object>) root.get("estimator")).put("version", 1L);
            return root;
        }), "/estimator/params: unknown field \"multiClass\"");
        assertRefused(withModelJson(file, root -> {
            ((Map<String, Object>) ((Map<String, Object>) root.get("estimator")).get("params")).remove("multiClass");
            return root;
        }), "/estimator/params/multiClass: is missing");
        assertRefused(withModelJson(file, root -> {
            ((Map<String, Object>) ((Map<String, Object>) root.get("estimator")).get("params")).put("multiClass", "SOFTMAX");
            return root;
        }), "expected one of [AUTO, MULTINOMIAL, OVR], found \"SOFTMAX\"");
        assertRefused(withModelJson(file, root -> {
            ((Map<String, Object>) root.get("estimator")).put("version", 4L);
            return root;
        }), "LogisticRegression node version 4 is newer than this prepkit");
        // version 2 had no classWeight either
        assertRefused(withModelJson(file, root -> {
            ((Map<String, Object>) root.get("estimator")).put("version", 2L);
            return root;
        }), "/estimator/params: unknown field \"classWeight\"");
        assertRefused(withModelJson(file, root -> {
            ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) root.get("estimator")).get("params"))
                    .get("classWeight")).put("kind", "HEAVY");
            return root;
        }), "expected one of [NONE, BALANCED, BALANCED_SUBSAMPLE, GIVEN], found \"HEAVY\"");
    }

    @Test
    void aTruncatedFileIsRefusedAtEveryLength() {
        byte[] file = ModelFiles.toBytes(pipeline());
        for (int length = 0; length < file.length; length += Math.max(1, file.length / 97)) {
            assertRefused(java.util.Arrays.copyOf(file, length), "");
        }
    }

    @Test
    void aDamagedEntryFailsItsChecksum() {
        byte[] file = withModelJson(smallTree(), root -> root);
        Map<String, byte[]> entries = entries(file);
        byte[] json = entries.get(Archive.MODEL).clone();
        json[json.length / 2] ^= 1;
        Map<String, byte[]> damaged = new LinkedHashMap<>();
        damaged.put(Archive.MANIFEST, manifestOf(file));
        damaged.put(Archive.MODEL, json);
        assertRefused(zipUnchecked(damaged), "model.json: its SHA-256 differs from the one in manifest.json");
    }

    private static byte[] manifestOf(byte[] file) {
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(file))) {
            zip.getNextEntry();
            return zip.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] zipUnchecked(Map<String, byte[]> entries) {
        try {
            return zip(entries, ZipEntry.STORED);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void wrongJsonTypesUnknownFieldsAndBadStatesAreRefusedNamingThePath() {
        assertRefused(withModelJson(smallTree(), root -> {
            treeArrays(root).put("width", "three");
            return root;
        }), "model.json at /state/tree/width: expected an integer, found \"three\"");
        assertRefused(withModelJson(smallTree(), root -> {
            state(root).put("backdoor", true);
            return root;
        }), "model.json at /state: unknown field \"backdoor\"");
        assertRefused(withModelJson(smallTree(), root -> {
            ((Map<String, Object>) state(root).get("classes")).put("values", List.of("virginica", "setosa", "versicolor"));
            return root;
        }), "the classes of target 'species' must be distinct and increasing, found virginica before setosa");
        assertRefused(withModelJson(smallTree(), root -> {
            ((Map<String, Object>) root.get("schema")).put("types", List.of("DOUBLE", "DOUBLE", "DOUBLE", "java.io.File"));
            return root;
        }), "model.json at /schema/types: unknown column type \"java.io.File\"");
        assertRefused(withModelJson(smallTree(), root -> {
            treeArrays(root).put("thresholds", Map.of("npy", "arrays/7.npy"));
            return root;
        }), "/state/tree/thresholds: refers to arrays/7.npy, which the file does not hold");
    }

    @Test
    void twoThousandRandomByteFlipsAreRefusedOrChangeNothing() {
        ClassifierPipelineModel model = pipeline();
        Table features = Columns.without(Datasets.load("breast_cancer"), "diagnosis");
        Table expected = model.predictProba(features);
        byte[] file = ModelFiles.toBytes(model);
        SplittableRandom random = new SplittableRandom(9);
        int loaded = 0;
        for (int flip = 0; flip < 2_000; flip++) {
            byte[] damaged = file.clone();
            damaged[random.nextInt(damaged.length)] ^= (byte) (1 << random.nextInt(8));
            ClassifierPipelineModel result = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
                try {
                    return ModelFiles.fromBytes(damaged, ClassifierPipelineModel.class);
                } catch (ModelFileException refused) {
                    return null;
                }
            });
            if (result != null) {
                assertTableIdentical(expected, result.predictProba(features));
                loaded++;
            }
        }
        assertTrue(loaded < 100, "flips land in checked bytes but in the zip's central directory; " + loaded + " loaded");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aColumnTransformersChainsMustBeThoseOfItsGroups() {
        byte[] file = ModelFiles.toBytes(new ColumnTransformer().add("scaled", List.of("petal_length_cm"),
                new StandardScaler()).fit(iris()));
        assertRefused(withModelJson(file, root -> {
            ((Map<String, Object>) ((List<?>) state(root).get("chains")).get(0)).put("group", "other");
            return root;
        }), "model.json at /state/chains/0/group: chain 0 is of group 'other', but the column transformer's group 0 is"
                + " 'scaled'");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPipelinesFittedStepsMustBeFitsOfItsSteps() {
        byte[] file = ModelFiles.toBytes(pipeline());
        assertRefused(withModelJson(file, root -> {
            List<Object> transformers = new ArrayList<>((List<Object>) state(root).get("transformers"));
            java.util.Collections.reverse(transformers);
            state(root).put("transformers", transformers);
            return root;
        }), "model.json at /state/transformers/0: a StandardScalerModel fitted by StandardScaler[");
    }
}
