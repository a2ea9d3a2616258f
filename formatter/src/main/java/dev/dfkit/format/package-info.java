/**
 * dffmt as a library: {@link dev.dfkit.format.Formatter} lays a Dockerfile out canonically and
 * proves, by parsing its own output, that the meaning is unchanged; {@link
 * dev.dfkit.format.Equivalence} is that proof, for tests and tools.
 */
package dev.dfkit.format;
