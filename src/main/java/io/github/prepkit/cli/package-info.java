/** Not API (not exported): the {@code inspect} and {@code predict} command line, run by {@link Main}. */
package io.github.prepkit.cli;
