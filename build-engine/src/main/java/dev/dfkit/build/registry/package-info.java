/**
 * The registry client of dfbuild: the OCI distribution API over {@code java.net.http}.
 *
 * <p>{@link dev.dfkit.build.registry.RegistryClient} is the façade (one per registry host,
 * repositories as arguments; {@link dev.dfkit.build.registry.Registries} keeps one per host). Each
 * API endpoint is a small package-private {@code RegistryEndpoint} ({@code ManifestPuller}, {@code
 * BlobChecker}, {@code BlobPuller}, {@code UploadStarter}, {@code BlobChunkPusher}, {@code
 * UploadFinisher}, {@code ManifestPusher}); {@code RegistryEndpointCaller} sends them, answers
 * authentication challenges (package {@code auth}), retries what can be retried and turns the
 * registry's error body into {@link dev.dfkit.build.registry.RegistryException}s that say what to
 * do.
 */
package dev.dfkit.build.registry;
