package dev.dfkit.build.graph;

/**
 * Creates a directory and its parents if missing ({@code WORKDIR}), owned by {@code user} when one
 * is set, mode 0755.
 */
public record MkdirOp(String path, String user) implements Op {}
