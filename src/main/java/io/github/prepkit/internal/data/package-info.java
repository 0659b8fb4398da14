/**
 * Not API (not exported): argument checks, sample weights, feature matrices, class labels, random under-sampling's
 * draw and the power-of-two scaling the packages share.
 */
package io.github.prepkit.internal.data;
