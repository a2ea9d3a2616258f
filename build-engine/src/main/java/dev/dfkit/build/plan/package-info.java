/**
 * From a parsed Dockerfile to a build graph, with Docker's semantics: which stages the target
 * needs, base images resolved, ARG/ENV scoping and expansion, ONBUILD triggers, and the image
 * configuration and history each instruction writes (as BuildKit's Dockerfile frontend does).
 */
package dev.dfkit.build.plan;
