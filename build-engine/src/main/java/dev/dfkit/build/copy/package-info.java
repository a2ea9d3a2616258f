/**
 * The file side of COPY and ADD, with Docker BuildKit's semantics: {@link
 * dev.dfkit.build.copy.CopyEngine#copy} writes a {@link dev.dfkit.build.copy.CopyRequest} into a
 * prepared target root, {@link dev.dfkit.build.copy.ContextHasher} digests exactly what that copy
 * reads (for cache keys), {@link dev.dfkit.build.copy.UserDatabase} resolves {@code --chown} names
 * in the target, {@link dev.dfkit.build.copy.FileMode} parses {@code --chmod}, and {@link
 * dev.dfkit.build.copy.UrlSource} names and copies downloaded ADD URLs.
 *
 * <p>Paths on both sides are resolved as the kernel would inside a chroot at the root in question,
 * so nothing outside the source root is read through a link and nothing outside the target root is
 * written. Nothing here mounts anything or runs as anything but the calling process (root, for
 * ownership changes); fifos and device nodes are made with coreutils' {@code mknod}.
 */
package dev.dfkit.build.copy;
