/**
 * RUN steps in runc: {@link dev.dfkit.build.exec.RuntimeSpecBuilder} makes the OCI runtime
 * configuration (user resolved by {@link dev.dfkit.build.exec.UserResolver}, Docker's default
 * capabilities, the standard mounts, {@link dev.dfkit.build.exec.NetworkMode}), and {@link
 * dev.dfkit.build.exec.RuncExecutor} runs it in a snapshot, streaming output and always cleaning up
 * the container and its bundle.
 */
package dev.dfkit.build.exec;
