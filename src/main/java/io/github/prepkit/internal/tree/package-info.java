/** Not API (not exported): the CART tree growth shared by single trees, forests and boosting. */
package io.github.prepkit.internal.tree;
