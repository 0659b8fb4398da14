/**
 * Not API (not exported): argument checks, sample weights, feature matrices, class labels, random under-sampling's
 * draw, the power-of-two scaling, the median selection and the reading and writing back of a step's numeric columns
 * the packages share.
 */
package io.github.prepkit.internal.data;
