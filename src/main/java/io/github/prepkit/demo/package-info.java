/** Not API (not exported): the demo tour, run by {@link Main}. */
package io.github.prepkit.demo;
