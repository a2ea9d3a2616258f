/**
 * Overlayfs snapshots: layers unpacked once per diff ID and shared as lower directories, one
 * writable upper directory per step, reference counts, and pruning of what a crash left behind.
 */
package dev.dfkit.build.snapshot;
