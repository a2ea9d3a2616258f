package dev.dfkit.build.copy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Resolves a {@code --chown} value against the target file system's {@code /etc/passwd} and {@code
 * /etc/group} (found as the kernel would inside a chroot at the target root, so links there never
 * lead out of it): {@code user}, {@code user:group}, {@code uid}, {@code uid:gid} and mixes. A user
 * alone takes its primary group from {@code /etc/passwd}; a uid alone is also the gid; {@code root}
 * is 0 without a lookup.
 *
 * <p>A name that is not found is an error worded as Docker's classic builder words it ({@code
 * unable to convert uid/gid chown string to host mapping: can't find uid for user x: no such user:
 * x}). BuildKit itself silently uses 0 there; dfbuild refuses.
 */
public final class UserDatabase {

  /** BuildKit's limit on the size of {@code /etc/passwd} and {@code /etc/group}. */
  static final int MAX_FILE_BYTES = 10 << 20;

  private static final String PREFIX = "unable to convert uid/gid chown string to host mapping: ";

  private UserDatabase() {}

  /** The ids {@code chown} names in the file system at {@code targetRoot}. */
  public static Ownership resolve(Path targetRoot, String chown) throws IOException {
    if (chown == null || chown.isEmpty()) {
      throw new CopyException(CopyException.Reason.INVALID, PREFIX + "empty chown string");
    }
    int colon = chown.indexOf(':');
    String user = colon < 0 ? chown : chown.substring(0, colon);
    String group = colon < 0 ? null : chown.substring(colon + 1);
    Path root = targetRoot.toAbsolutePath().normalize();
    int uid;
    int gid;
    Optional<Integer> numericUser = number(user);
    if (numericUser.isPresent()) {
      uid = numericUser.get();
      gid = uid;
    } else {
      int[] ids = lookup(root, "/etc/passwd", user, 2, 3);
      if (ids == null) {
        throw new CopyException(
            CopyException.Reason.UNKNOWN_USER,
            PREFIX + "can't find uid for user " + user + ": no such user: " + user);
      }
      uid = ids[0];
      gid = ids[1];
    }
    if (group != null) {
      Optional<Integer> numericGroup = number(group);
      if (numericGroup.isPresent()) {
        gid = numericGroup.get();
      } else {
        int[] ids = lookup(root, "/etc/group", group, 2, 2);
        if (ids == null) {
          throw new CopyException(
              CopyException.Reason.UNKNOWN_USER,
              PREFIX + "can't find gid for group " + group + ": no such group: " + group);
        }
        gid = ids[0];
      }
    }
    return new Ownership(uid, gid);
  }

  /** {@code root} or a decimal id; empty for a name. */
  private static Optional<Integer> number(String text) throws CopyException {
    if (text.equals("root")) {
      return Optional.of(0);
    }
    if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      throw new CopyException(CopyException.Reason.INVALID, PREFIX + "id out of range: " + text);
    }
  }

  /**
   * The numeric fields at {@code first} and {@code second} of the first line whose name is {@code
   * name}, or null. Missing files count as empty (nothing found).
   */
  private static int[] lookup(Path root, String file, String name, int first, int second)
      throws IOException {
    RootedPath.Resolved resolved = RootedPath.resolveClamped(root, file, true);
    if (!resolved.exists()) {
      return null;
    }
    if (!resolved.stat().isRegular()) {
      throw new CopyException(CopyException.Reason.INVALID, file + " is not a regular file");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(resolved.host())) {
      bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    }
    if (bytes.length > MAX_FILE_BYTES) {
      throw new CopyException(
          CopyException.Reason.INVALID, "\"" + file + "\" exceeds " + MAX_FILE_BYTES + " bytes");
    }
    for (String raw : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] fields = line.split(":", -1);
      if (!fields[0].equals(name)) {
        continue;
      }
      return new int[] {atoi(fields, first), atoi(fields, second)};
    }
    return null;
  }

  /** Go's {@code strconv.Atoi} with the error ignored, as moby/sys/user parses the files. */
  private static int atoi(String[] fields, int index) {
    if (index >= fields.length) {
      return 0;
    }
    try {
      return Integer.parseInt(fields[index].strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
