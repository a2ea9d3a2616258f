package dev.dfkit.build.copy;

/**
 * Where COPY reads from. BuildKit treats the two differently, and so do we.
 *
 * <ul>
 *   <li>{@link #CONTEXT}: the build context (or a downloaded URL file, or a named local context).
 *       BuildKit transfers it with owners reset, so copied files belong to {@code 0:0} unless
 *       {@code --chown}; a symbolic link on a source path that leads outside the context is an
 *       error; {@code .dockerignore} applies.
 *   <li>{@link #STAGE}: another stage's (or image's) root file system. Owners are preserved unless
 *       {@code --chown}; symbolic links on source paths resolve as the kernel would inside a chroot
 *       at the stage root (absolute targets start at that root, {@code ..} stops there).
 * </ul>
 */
public enum SourceKind {
  CONTEXT,
  STAGE
}
