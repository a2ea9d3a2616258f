package dev.dfkit.build.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A content digest, {@code sha256:<64 hex>} (the only algorithm dfkit writes). */
public record Digest(String algorithm, String hex) implements Comparable<Digest> {

  private static final Pattern SHA256 = Pattern.compile("[a-f0-9]{64}");

  public Digest {
    if (!algorithm.equals("sha256") || !SHA256.matcher(hex).matches()) {
      throw new IllegalArgumentException("not a sha256 digest: " + algorithm + ":" + hex);
    }
  }

  /** Parses {@code sha256:...}. */
  public static Digest parse(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("not a digest: " + text);
    }
    return new Digest(text.substring(0, colon), text.substring(colon + 1));
  }

  public static Digest of(byte[] bytes) {
    MessageDigest md = sha256();
    md.update(bytes);
    return new Digest("sha256", HexFormat.of().formatHex(md.digest()));
  }

  public static Digest of(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  public static Digest of(InputStream in) throws IOException {
    MessageDigest md = sha256();
    byte[] buf = new byte[1 << 16];
    for (int n; (n = in.read(buf)) > 0; ) {
      md.update(buf, 0, n);
    }
    return new Digest("sha256", HexFormat.of().formatHex(md.digest()));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first 12 hex digits, as docker shows image ids. */
  public String shortHex() {
    return hex.substring(0, 12);
  }

  @Override
  public int compareTo(Digest o) {
    return toString().compareTo(o.toString());
  }

  @Override
  public String toString() {
    return algorithm + ":" + hex;
  }
}
