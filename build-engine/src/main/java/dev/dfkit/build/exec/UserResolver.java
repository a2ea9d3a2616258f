package dev.dfkit.build.exec;

import dev.dfkit.build.layer.RootPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves a {@code USER} value ({@code name}, {@code uid}, {@code name:group}, {@code uid:gid} …)
 * against an image's {@code /etc/passwd} and {@code /etc/group}, with Docker's rules (moby's {@code
 * user.GetExecUser}): a name must be in passwd, a number need not be; without a group the user's
 * primary group applies and the groups listing the user become supplementary groups; with a group,
 * only that group applies. The files are read inside the rootfs, following its symlinks without
 * leaving it.
 */
public final class UserResolver {

  private static final long MAX_ID = (1L << 31) - 1;

  private UserResolver() {}

  /** The ids a process runs with. */
  public record ResolvedUser(long uid, long gid, List<Long> additionalGids, String home) {
    public ResolvedUser {
      additionalGids = List.copyOf(additionalGids);
    }

    public static final ResolvedUser ROOT = new ResolvedUser(0, 0, List.of(), "/root");
  }

  /** Resolves {@code spec} (empty means root) inside {@code rootfs}. */
  public static ResolvedUser resolve(Path rootfs, String spec) throws IOException {
    return resolve(spec, readLines(rootfs, "/etc/passwd"), readLines(rootfs, "/etc/group"));
  }

  private static List<String> readLines(Path rootfs, String file) throws IOException {
    Path p = RootPath.resolve(rootfs, file);
    if (!Files.isRegularFile(p)) {
      return null;
    }
    return List.of(new String(Files.readAllBytes(p), StandardCharsets.UTF_8).split("\n"));
  }

  /**
   * Resolves {@code spec} against the lines of passwd and group files (null when a file is
   * missing).
   *
   * @throws UserNotFoundException when a name is in neither file, with Docker's message
   */
  public static ResolvedUser resolve(String spec, List<String> passwd, List<String> group)
      throws UserNotFoundException {
    String s = spec == null ? "" : spec.strip();
    String userArg = s;
    String groupArg = "";
    int colon = s.indexOf(':');
    if (colon >= 0) {
      userArg = s.substring(0, colon);
      groupArg = s.substring(colon + 1);
    }
    long uid = 0;
    long gid = 0;
    String home = "/";
    Long uidArg = number(userArg);
    String[] match = null;
    if (passwd != null) {
      for (String line : passwd) {
        String[] f = fields(line, 7);
        if (f == null) {
          continue;
        }
        Long fuid = number(f[2]);
        boolean hit;
        if (userArg.isEmpty()) {
          hit = fuid != null && fuid == 0;
        } else if (uidArg != null) {
          hit = fuid != null && fuid.longValue() == uidArg;
        } else {
          hit = f[0].equals(userArg);
        }
        if (hit) {
          match = f;
          break;
        }
      }
    }
    String matchedName = null;
    if (match != null) {
      matchedName = match[0];
      uid = orZero(number(match[2]));
      gid = orZero(number(match[3]));
      home = match[5].isEmpty() ? "/" : match[5];
    } else if (!userArg.isEmpty()) {
      if (uidArg == null) {
        throw new UserNotFoundException(
            "unable to find user " + userArg + ": no matching entries in passwd file");
      }
      uid = uidArg;
    }
    checkRange(uid);
    List<Long> extra = new ArrayList<>();
    if (!groupArg.isEmpty() || matchedName != null) {
      Long gidArg = number(groupArg);
      List<Long> groups = new ArrayList<>();
      if (group != null) {
        for (String line : group) {
          String[] f = fields(line, 4);
          if (f == null) {
            continue;
          }
          Long fgid = number(f[2]);
          boolean hit;
          if (groupArg.isEmpty()) {
            hit = List.of(f[3].split(",")).contains(matchedName);
          } else if (gidArg != null) {
            hit = fgid != null && fgid.longValue() == gidArg;
          } else {
            hit = f[0].equals(groupArg);
          }
          if (hit && fgid != null) {
            groups.add(fgid);
          }
        }
      }
      if (!groupArg.isEmpty()) {
        if (!groups.isEmpty()) {
          gid = groups.get(0);
        } else if (gidArg != null) {
          gid = gidArg;
        } else {
          throw new UserNotFoundException(
              "unable to find group " + groupArg + ": no matching entries in group file");
        }
        checkRange(gid);
      } else {
        extra.addAll(groups);
      }
    }
    return new ResolvedUser(uid, gid, extra, home);
  }

  private static void checkRange(long id) throws UserNotFoundException {
    if (id < 0 || id > MAX_ID) {
      throw new UserNotFoundException("uids and gids must be in range 0-" + MAX_ID);
    }
  }

  private static String[] fields(String line, int n) {
    String l = line.strip();
    if (l.isEmpty()) {
      return null;
    }
    String[] parts = l.split(":", -1);
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = i < parts.length ? parts[i] : "";
    }
    return out;
  }

  private static Long number(String s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static long orZero(Long v) {
    return v == null ? 0 : v;
  }

  /** A user or group named in USER that the image does not have. */
  public static final class UserNotFoundException extends IOException {
    public UserNotFoundException(String message) {
      super(message);
    }
  }
}
