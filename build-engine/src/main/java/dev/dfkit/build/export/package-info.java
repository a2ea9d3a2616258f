/**
 * What a build leaves behind: the image committed to the content store (config and manifest), and
 * its exports: an OCI layout (directory or tar), a {@code docker load} archive, the final
 * filesystem as a directory or tar, or a registry push.
 */
package dev.dfkit.build.export;
