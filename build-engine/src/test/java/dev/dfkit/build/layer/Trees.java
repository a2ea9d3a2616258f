package dev.dfkit.build.layer;

import dev.dfkit.build.content.Digest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A directory tree described as text, for comparing trees in tests. */
final class Trees {

  private Trees() {}

  /** Relative path to "type mode [content digest | link target]"; hard links share "ino#N". */
  static Map<String, String> describe(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    Map<Object, String> inodes = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted().toList()) {
        if (p.equals(root)) {
          continue;
        }
        String rel = root.relativize(p).toString();
        Map<String, Object> u = Files.readAttributes(p, "unix:*", LinkOption.NOFOLLOW_LINKS);
        int mode = (Integer) u.get("mode");
        String perm = Integer.toOctalString(mode & 07777);
        String d;
        if (Files.isSymbolicLink(p)) {
          d = "l " + Files.readSymbolicLink(p);
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          d = "d " + perm;
        } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          d = "f " + perm + " " + Digest.of(Files.readAllBytes(p)).shortHex();
          if (((Number) u.get("nlink")).intValue() > 1) {
            String key = u.get("ino").toString();
            d += " linked-with " + inodes.computeIfAbsent(key, k -> rel);
          }
        } else {
          d = "other " + Integer.toOctalString(mode);
        }
        out.put(rel, d);
      }
    }
    return out;
  }
}
