/**
 * dfbuild, the build engine: the parsed Dockerfile becomes a DAG of operations that a solver runs
 * with a content-addressed cache, RUN steps in runc over overlayfs snapshots, results stored as an
 * OCI image layout and exported or pushed to registries.
 */
package dev.dfkit.build;
