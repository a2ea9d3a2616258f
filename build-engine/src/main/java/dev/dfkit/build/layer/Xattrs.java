package dev.dfkit.build.layer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Extended attributes without native code. Java's file API reaches only the {@code user.}
 * namespace, so {@code user.*} attributes are read and written with it; the attributes a layer also
 * keeps from other namespaces ({@code security.capability}, and {@code trusted.overlay.opaque} when
 * reading an upper directory mounted without {@code userxattr}) go through {@code getfattr} and
 * {@code setfattr} (Debian package {@code attr}) when they are installed: a whole tree is read with
 * one {@code getfattr -R} call. Without those tools such attributes are skipped on read and refused
 * on write (a file capability that silently vanished would break the image).
 */
public final class Xattrs {

  /** Attributes other than {@code user.*} that layers keep. */
  static final List<String> KEPT_SYSTEM = List.of("security.capability");

  static final String OPAQUE_TRUSTED = "trusted.overlay.opaque";
  static final String OPAQUE_USER = "user.overlay.opaque";

  private static final System.Logger LOG = System.getLogger(Xattrs.class.getName());
  private static volatile Boolean toolsPresent;

  private Xattrs() {}

  /** Whether {@code getfattr} and {@code setfattr} are on the PATH. */
  public static boolean toolsPresent() {
    Boolean t = toolsPresent;
    if (t == null) {
      t = onPath("getfattr") && onPath("setfattr");
      toolsPresent = t;
    }
    return t;
  }

  private static boolean onPath(String tool) {
    String path = System.getenv("PATH");
    if (path == null) {
      path = "/usr/sbin:/usr/bin:/sbin:/bin";
    }
    for (String dir : path.split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  /** The {@code user.*} attributes of a file or directory (never of a symlink or device). */
  static Map<String, byte[]> readUser(Path file) {
    Map<String, byte[]> out = new TreeMap<>();
    try {
      UserDefinedFileAttributeView view =
          Files.getFileAttributeView(
              file, UserDefinedFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
      if (view == null) {
        return out;
      }
      for (String name : view.list()) {
        ByteBuffer buf = ByteBuffer.allocate(view.size(name));
        view.read(name, buf);
        out.put("user." + name, buf.array());
      }
    } catch (IOException | UnsupportedOperationException e) {
      // the file system has no user xattrs: nothing to keep
    }
    return out;
  }

  /**
   * Reads the attributes matching {@code pattern} (a getfattr regular expression) of every file
   * under {@code root}, without following symlinks: absolute path to name to value. Empty when the
   * tools are missing.
   */
  static Map<Path, Map<String, byte[]>> scan(Path root, String pattern) throws IOException {
    Map<Path, Map<String, byte[]>> out = new HashMap<>();
    if (!toolsPresent()) {
      return out;
    }
    List<String> cmd =
        List.of(
            "getfattr",
            "-R",
            "-P",
            "-h",
            "-d",
            "-e",
            "hex",
            "--absolute-names",
            "-m",
            pattern,
            root.toAbsolutePath().toString());
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String text;
    try (InputStream in = p.getInputStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try {
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IOException("getfattr did not finish reading " + root);
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading extended attributes", e);
    }
    Path file = null;
    for (String line : text.split("\n")) {
      if (line.startsWith("# file: ")) {
        file = Path.of(unescape(line.substring("# file: ".length())));
      } else if (file != null && !line.isEmpty() && !line.startsWith("#")) {
        int eq = line.indexOf('=');
        if (eq < 0) {
          continue;
        }
        String name = unescape(line.substring(0, eq));
        String value = line.substring(eq + 1);
        byte[] bytes =
            value.startsWith("0x")
                ? HexFormat.of().parseHex(value.substring(2))
                : value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2
                    ? unescape(value.substring(1, value.length() - 1))
                        .getBytes(StandardCharsets.ISO_8859_1)
                    : new byte[0];
        out.computeIfAbsent(file, k -> new TreeMap<>()).put(name, bytes);
      }
    }
    return out;
  }

  /** getfattr escapes unusual bytes as a backslash and three octal digits. */
  private static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    byte[] raw = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == '\\' && i + 3 < raw.length + 0 && isOctal(raw, i + 1)) {
        b.write(Integer.parseInt(new String(raw, i + 1, 3, StandardCharsets.US_ASCII), 8));
        i += 3;
      } else if (raw[i] == '\\' && i + 1 < raw.length && raw[i + 1] == '\\') {
        b.write('\\');
        i++;
      } else {
        b.write(raw[i]);
      }
    }
    return b.toString(StandardCharsets.UTF_8);
  }

  private static boolean isOctal(byte[] raw, int from) {
    if (from + 3 > raw.length) {
      return false;
    }
    for (int i = from; i < from + 3; i++) {
      if (raw[i] < '0' || raw[i] > '7') {
        return false;
      }
    }
    return true;
  }

  /** Sets one attribute on a file (never following a symlink). */
  static void write(Path file, String name, byte[] value) throws IOException {
    if (name.startsWith("user.")) {
      UserDefinedFileAttributeView view =
          Files.getFileAttributeView(
              file, UserDefinedFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
      if (view == null) {
        throw new IOException("the file system of " + file + " has no extended attributes");
      }
      view.write(name.substring("user.".length()), ByteBuffer.wrap(value));
      return;
    }
    if (!toolsPresent()) {
      throw new IOException(
          "cannot set extended attribute "
              + name
              + " on "
              + file
              + ": setfattr is not installed (Debian package attr)");
    }
    List<String> cmd = new ArrayList<>();
    cmd.addAll(
        List.of(
            "setfattr",
            "-h",
            "-n",
            name,
            "-v",
            "0x" + HexFormat.of().formatHex(value),
            "--",
            file.toAbsolutePath().toString()));
    Commands.run(cmd, "set extended attribute " + name + " on " + file);
    LOG.log(System.Logger.Level.DEBUG, "set {0} on {1}", name, file);
  }
}
