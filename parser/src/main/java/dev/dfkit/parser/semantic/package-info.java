/**
 * What a Dockerfile means beyond its syntax, as BuildKit's frontend computes it: the variables
 * (predefined platform ARGs, global ARGs, stage ARGs and ENVs) visible at each instruction, how
 * each stage's base name expands and which earlier stage it builds on. The linter, the language
 * server and the build engine share this one model.
 */
package dev.dfkit.parser.semantic;
