/** Not API (not exported): the thread pool and seeding of parallel work, and models' short text. */
package io.github.prepkit.internal.base;
