/**
 * The build graph: what a Dockerfile asks for, as a DAG of operations ({@link
 * dev.dfkit.build.graph.Op}) on filesystems. Each {@link dev.dfkit.build.graph.Vertex} produces one
 * filesystem from its inputs; the solver executes vertices and caches their results.
 */
package dev.dfkit.build.graph;
