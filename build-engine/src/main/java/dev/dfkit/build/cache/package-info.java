/**
 * The local build cache: a content-addressed key per graph vertex (its operation, its inputs' keys
 * and the digests of the files it reads) mapped to the layers it produced, so unchanged steps are
 * reused across builds.
 */
package dev.dfkit.build.cache;
