/**
 * The build engine as a library: a state directory (content store, snapshots, cache), builds from a
 * Dockerfile to an image and its exports, and the store commands ({@code images}, {@code rm},
 * {@code prune}, {@code import}, {@code inspect}) that the {@code dfbuild} CLI is a thin shell
 * over.
 */
package dev.dfkit.build.engine;
