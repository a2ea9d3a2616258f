package dev.dfkit.build.layer;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How a directory marks deletions. {@link #OVERLAYFS} reads an overlay upper directory: a whiteout
 * is a character device 0/0 with the name of what it hides, an opaque directory carries {@code
 * trusted.overlay.opaque=y} (or {@code user.overlay.opaque=y} when mounted with {@code userxattr},
 * as dfbuild mounts). Tests may supply markers they can make without root.
 */
public interface WhiteoutMarkers {

  /**
   * The name this file hides, if it is a whiteout.
   *
   * @param unix the file's {@code unix:*} attributes (mode, rdev, …)
   */
  Optional<String> hidden(Path file, Map<String, Object> unix);

  /** Whether a directory hides everything below it in lower layers. */
  boolean opaque(Path dir, Map<String, byte[]> xattrs);

  WhiteoutMarkers OVERLAYFS =
      new WhiteoutMarkers() {
        @Override
        public Optional<String> hidden(Path file, Map<String, Object> unix) {
          int mode = (Integer) unix.get("mode");
          long rdev = (Long) unix.get("rdev");
          if ((mode & 0170000) == 0020000 && rdev == 0) {
            return Optional.of(file.getFileName().toString());
          }
          return Optional.empty();
        }

        @Override
        public boolean opaque(Path dir, Map<String, byte[]> xattrs) {
          return isY(xattrs.get(Xattrs.OPAQUE_TRUSTED)) || isY(xattrs.get(Xattrs.OPAQUE_USER));
        }

        private boolean isY(byte[] v) {
          return v != null && v.length == 1 && v[0] == 'y';
        }
      };
}
