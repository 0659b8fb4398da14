package io.github.prepkit.spark;

import io.github.prepkit.stats.OrderStatistics;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;

/**
 * Chosen ranks of numeric columns' present values, found on the cluster without sorting, shuffling or collecting the
 * values: a radix selection. Each value becomes a 64-bit key whose unsigned order is {@link Double#compare}'s (so -0.0
 * ranks below 0.0, as after a sort); a pass counts, for each rank sought, the keys that share its known prefix by their
 * next 12-bit digit, and the driver keeps the digit the rank falls in, until at most {@value #COLLECT} keys share the
 * prefix and the next pass brings them to the driver, or the prefix is the whole key. Counts are integers, so the
 * result does not depend on the partitioning: it is the value a sort would put at the rank, bit for bit. Typical data
 * takes two to four passes; a column of a few distinct values, at most six.
 */
final class RankSelection {

    /** The prefix every key has: the search for a rank starts here, at the first digit. */
    static final Prefix FIRST = new Prefix(0, 0);

    /** Keys sharing a prefix that are few enough to bring to the driver. */
    static final int COLLECT = 1 << 16;

    private static final int DIGIT_BITS = 12;

    private RankSelection() {
    }

    /** The first {@code bits} bits of a key, {@code value}, and the digit that follows them. */
    record Prefix(int bits, long value) implements Serializable {

        boolean matches(long key) {
            return bits == 0 || key >>> (Long.SIZE - bits) == value;
        }

        int width() {
            return Math.min(DIGIT_BITS, Long.SIZE - bits);
        }

        int buckets() {
            return 1 << width();
        }

        int digit(long key) {
            return (int) (key >>> (Long.SIZE - bits - width())) & (buckets() - 1);
        }

        Prefix then(int digit) {
            return new Prefix(bits + width(), value << width() | digit);
        }
    }

    /** What a pass asks of column {@code column}: its keys with {@code prefix} counted by digit, or collected. */
    record Query(int column, Prefix prefix, boolean collect) implements Serializable {}

    /** The key of a value that is not NaN: unsigned order of keys is Double.compare's order of values. */
    static long key(double value) {
        long bits = Double.doubleToRawLongBits(value);
        return bits >= 0 ? bits ^ Long.MIN_VALUE : ~bits;
    }

    /** The value of {@link #key}. */
    static double value(long key) {
        return Double.longBitsToDouble(key < 0 ? key ^ Long.MIN_VALUE : ~key);
    }

    /** Two digit counts added. */
    static long[] sum(long[] a, long[] b) {
        long[] sum = a.clone();
        for (int d = 0; d < sum.length; d++) {
            sum[d] += b[d];
        }
        return sum;
    }

    /**
     * The order statistics of numeric fields {@code fields} of {@code data} at ranks {@code ranks.get(j)} of column j.
     *
     * @param survey the survey of {@code data} with {@code fields} as its numeric fields, which gives each column's
     *               count and first digits
     * @return per column, statistics that know its count and the ranks asked for
     */
    static List<OrderStatistics> find(Dataset<Row> data, int[] fields, ColumnSurvey survey, List<long[]> ranks) {
        List<Search> searches = new ArrayList<>();
        for (int j = 0; j < fields.length; j++) {
            for (long rank : Arrays.stream(ranks.get(j)).distinct().toArray()) {
                Search search = new Search(j, rank);
                search.narrow(survey.firstDigits()[j]);
                searches.add(search);
            }
        }
        List<Search> open = searches.stream().filter(search -> !search.done).toList();
        InternalRows.Numbers numbers = InternalRows.Numbers.of(data.schema(), fields);
        while (!open.isEmpty()) {
            List<Query> queries = new ArrayList<>(new LinkedHashSet<>(open.stream().map(Search::query).toList()));
            long[][] answers = InternalRows.of(data).mapPartitions(rows -> List.<long[][]>of(answer(rows, numbers, queries))
                    .iterator())
                    .treeReduce((a, b) -> combine(a, b, queries));
            for (Search search : open) {
                search.advance(answers[queries.indexOf(search.query())]);
            }
            open = open.stream().filter(search -> !search.done).toList();
        }
        List<OrderStatistics> found = new ArrayList<>();
        for (int j = 0; j < fields.length; j++) {
            Map<Long, Double> values = new HashMap<>();
            for (Search search : searches) {
                if (search.column == j) {
                    values.put(search.rank, search.value);
                }
            }
            found.add(new KnownRanks(survey.present(j), values));
        }
        return found;
    }

    private static long[][] answer(Iterator<InternalRow> rows, InternalRows.Numbers numbers, List<Query> queries) {
        long[][] answers = new long[queries.size()][];
        int[] collected = new int[queries.size()];
        for (int q = 0; q < answers.length; q++) {
            answers[q] = new long[queries.get(q).collect() ? 16 : queries.get(q).prefix().buckets()];
        }
        while (rows.hasNext()) {
            InternalRow row = rows.next();
            for (int q = 0; q < answers.length; q++) {
                Query query = queries.get(q);
                double v = numbers.get(row, query.column());
                long key = key(v);
                if (Double.isNaN(v) || Double.isInfinite(v) || !query.prefix().matches(key)) {
                    continue;
                }
                if (!query.collect()) {
                    answers[q][query.prefix().digit(key)]++;
                } else {
                    if (collected[q] == answers[q].length) {
                        answers[q] = Arrays.copyOf(answers[q], 2 * collected[q]);
                    }
                    answers[q][collected[q]++] = key;
                }
            }
        }
        for (int q = 0; q < answers.length; q++) {
            answers[q] = queries.get(q).collect() ? Arrays.copyOf(answers[q], collected[q]) : answers[q];
        }
        return answers;
    }

    private static long[][] combine(long[][] a, long[][] b, List<Query> queries) {
        long[][] both = new long[a.length][];
        for (int q = 0; q < both.length; q++) {
            if (queries.get(q).collect()) {
                both[q] = Arrays.copyOf(a[q], a[q].length + b[q].length);
                System.arraycopy(b[q], 0, both[q], a[q].length, b[q].length);
            } else {
                both[q] = sum(a[q], b[q]);
            }
        }
        return both;
    }

    /** The search for one rank of one column, on the driver. */
    private static final class Search {

        final int column;
        final long rank;
        Prefix prefix = FIRST;
        /** The rank among the keys with the prefix. */
        long offset;
        /** How many keys have the prefix. */
        long sharing;
        boolean done;
        double value;

        Search(int column, long rank) {
            this.column = column;
            this.rank = rank;
            this.offset = rank;
        }

        Query query() {
            return new Query(column, prefix, sharing <= COLLECT);
        }

        /** Keeps the digit the rank falls in, given the keys with the prefix counted by digit. */
        void narrow(long[] digits) {
            int d = 0;
            while (offset >= digits[d]) {
                offset -= digits[d++];
            }
            prefix = prefix.then(d);
            sharing = digits[d];
            if (prefix.bits() == Long.SIZE) {
                finish(prefix.value());
            }
        }

        void advance(long[] answer) {
            if (!query().collect()) {
                narrow(answer);
                return;
            }
            long[] ordered = answer.clone();
            for (int i = 0; i < ordered.length; i++) {
                ordered[i] ^= Long.MIN_VALUE;   // signed order of these is the unsigned order of the keys
            }
            Arrays.sort(ordered);
            finish(ordered[(int) offset] ^ Long.MIN_VALUE);
        }

        private void finish(long key) {
            value = value(key);
            done = true;
        }
    }

    /** A column's count and the values at the ranks found. */
    private record KnownRanks(long count, Map<Long, Double> values) implements OrderStatistics {

        @Override
        public double valueAt(long rank) {
            Double value = values.get(rank);
            if (value == null) {
                throw new IllegalArgumentException("rank " + rank + " was not looked for; found " + values.keySet());
            }
            return value;
        }
    }
}
