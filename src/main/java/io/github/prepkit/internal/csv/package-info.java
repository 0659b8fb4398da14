/**
 * Not API (not exported): reading CSV text, shared by the command line's streaming reader and {@code data.Csv}'s
 * parallel one: the record reader and its dialects, the missing-value markers, the exact fast number parser, and the
 * block-parallel table reader that gives Tablesaw's table.
 */
package io.github.prepkit.internal.csv;
