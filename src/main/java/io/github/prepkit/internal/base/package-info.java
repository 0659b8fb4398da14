/** Not API (not exported): the thread pool, seeding and shuffling of parallel work, and models' short text. */
package io.github.prepkit.internal.base;
