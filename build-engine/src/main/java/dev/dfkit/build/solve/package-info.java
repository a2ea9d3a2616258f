/**
 * The solver: runs a build graph from its target, vertex by vertex once each, independent branches
 * (stages) in parallel, reusing cached results by key and recording new ones; the filesystem work
 * itself is a {@link dev.dfkit.build.solve.Worker}'s.
 */
package dev.dfkit.build.solve;
