/**
 * Registry authentication as Docker does it: the {@code WWW-Authenticate} challenge ({@link
 * dev.dfkit.build.registry.auth.AuthChallenge}), bearer tokens from the challenge's realm
 * (anonymous or with credentials, cached per scope until they expire) and Basic authentication
 * ({@link dev.dfkit.build.registry.auth.RegistryAuthenticator}), and credentials from Docker's
 * {@code config.json} and its {@code docker-credential-*} helpers ({@link
 * dev.dfkit.build.registry.auth.DockerConfigCredentials}, {@link
 * dev.dfkit.build.registry.auth.CredentialHelper}).
 */
package dev.dfkit.build.registry.auth;
