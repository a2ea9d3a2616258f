package dev.dfkit.build.layer;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a POSIX (PAX) tar stream. Plain ustar headers are used whenever they can hold an entry;
 * long or non-ASCII names, big numbers and extended attributes go into a PAX header before the
 * entry (records sorted, so the same entries always give the same bytes). Extended attribute values
 * are written as raw bytes ({@code SCHILY.xattr.NAME}), as Go's archive/tar and GNU tar do. No user
 * or group names and no access or change times are written.
 */
public final class TarWriter implements Closeable {

  static final int BLOCK = 512;
  private static final long MAX_OCTAL_8 = 07777777L;
  private static final long MAX_OCTAL_12 = 077777777777L;

  private final OutputStream out;
  private boolean finished;

  public TarWriter(OutputStream out) {
    this.out = out;
  }

  /** Writes a header and, for a regular file, exactly {@code entry.size()} bytes of content. */
  public void write(TarEntry entry, InputStream content) throws IOException {
    Map<String, byte[]> pax = new TreeMap<>();
    byte[] header = new byte[BLOCK];
    String name = entry.name();
    if (!putName(header, name)) {
      pax.put("path", utf8(name));
      putString(header, 0, 100, asciiPrefix(name, 100));
    }
    if (fitsAscii(entry.linkName(), 100)) {
      putString(header, 157, 100, entry.linkName());
    } else {
      pax.put("linkpath", utf8(entry.linkName()));
      putString(header, 157, 100, asciiPrefix(entry.linkName(), 100));
    }
    putOctal(header, 100, 8, entry.mode() & 07777);
    putNumber(header, 108, 8, entry.uid(), MAX_OCTAL_8, "uid", pax);
    putNumber(header, 116, 8, entry.gid(), MAX_OCTAL_8, "gid", pax);
    putNumber(header, 124, 12, entry.size(), MAX_OCTAL_12, "size", pax);
    if (entry.mtime() < 0 || entry.mtime() > MAX_OCTAL_12) {
      pax.put("mtime", utf8(Long.toString(entry.mtime())));
      putOctal(header, 136, 12, 0);
    } else {
      putOctal(header, 136, 12, entry.mtime());
    }
    header[156] = (byte) entry.type().flag;
    putString(header, 257, 6, "ustar");
    header[263] = '0';
    header[264] = '0';
    if (entry.type() == TarEntry.Type.CHAR_DEVICE || entry.type() == TarEntry.Type.BLOCK_DEVICE) {
      putBase256IfNeeded(header, 329, entry.devMajor());
      putBase256IfNeeded(header, 337, entry.devMinor());
    }
    for (Map.Entry<String, byte[]> x : entry.xattrs().entrySet()) {
      pax.put("SCHILY.xattr." + x.getKey(), x.getValue());
    }
    if (!pax.isEmpty()) {
      writePax(name, pax);
    }
    checksum(header);
    out.write(header);
    if (entry.type() == TarEntry.Type.FILE && entry.size() > 0) {
      copy(content, entry.size(), name);
      pad(entry.size());
    }
  }

  /** Writes the end-of-archive marker (two zero blocks); does not close the stream. */
  public void finish() throws IOException {
    if (!finished) {
      finished = true;
      out.write(new byte[BLOCK * 2]);
      out.flush();
    }
  }

  @Override
  public void close() throws IOException {
    finish();
    out.close();
  }

  private void writePax(String name, Map<String, byte[]> records) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, byte[]> r : records.entrySet()) {
      byte[] key = utf8(r.getKey());
      int rest = 1 + key.length + 1 + r.getValue().length + 1; // ' ' key '=' value '\n'
      int len = rest + Integer.toString(rest).length();
      if (Integer.toString(len).length() != Integer.toString(rest).length()) {
        len++;
      }
      body.write(utf8(Integer.toString(len)));
      body.write(' ');
      body.write(key);
      body.write('=');
      body.write(r.getValue());
      body.write('\n');
    }
    byte[] data = body.toByteArray();
    byte[] header = new byte[BLOCK];
    String base = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    int slash = base.lastIndexOf('/');
    String paxName =
        (slash < 0 ? "" : base.substring(0, slash + 1))
            + "PaxHeaders.0/"
            + base.substring(slash + 1);
    putString(header, 0, 100, asciiPrefix(paxName, 100));
    putOctal(header, 100, 8, 0644);
    putOctal(header, 108, 8, 0);
    putOctal(header, 116, 8, 0);
    putOctal(header, 124, 12, data.length);
    putOctal(header, 136, 12, 0);
    header[156] = 'x';
    putString(header, 257, 6, "ustar");
    header[263] = '0';
    header[264] = '0';
    checksum(header);
    out.write(header);
    out.write(data);
    pad(data.length);
  }

  private void copy(InputStream in, long size, String name) throws IOException {
    if (in == null) {
      throw new IOException("no content given for " + name);
    }
    byte[] buf = new byte[1 << 16];
    long left = size;
    while (left > 0) {
      int n = in.read(buf, 0, (int) Math.min(buf.length, left));
      if (n < 0) {
        throw new IOException(name + " shrank while it was archived (" + left + " bytes short)");
      }
      out.write(buf, 0, n);
      left -= n;
    }
  }

  private void pad(long size) throws IOException {
    int rem = (int) (size % BLOCK);
    if (rem != 0) {
      out.write(new byte[BLOCK - rem]);
    }
  }

  /** Puts the name into the name (and prefix) fields; false when only PAX can hold it. */
  private static boolean putName(byte[] header, String name) {
    if (fitsAscii(name, 100)) {
      putString(header, 0, 100, name);
      return true;
    }
    if (!isAscii(name) || name.length() > 256) {
      return false;
    }
    // split at a '/' so that the prefix has at most 155 bytes and the rest at most 100
    for (int i = name.length() - 1; i > 0; i--) {
      if (name.charAt(i) == '/'
          && i <= 155
          && name.length() - i - 1 <= 100
          && i + 1 < name.length()) {
        putString(header, 345, 155, name.substring(0, i));
        putString(header, 0, 100, name.substring(i + 1));
        return true;
      }
    }
    return false;
  }

  private static void putNumber(
      byte[] header, int off, int len, long value, long max, String key, Map<String, byte[]> pax) {
    if (value < 0 || value > max) {
      pax.put(key, utf8(Long.toString(value)));
      putOctal(header, off, len, 0);
    } else {
      putOctal(header, off, len, value);
    }
  }

  private static void putBase256IfNeeded(byte[] header, int off, long value) {
    if (value >= 0 && value <= MAX_OCTAL_8) {
      putOctal(header, off, 8, value);
      return;
    }
    Arrays.fill(header, off, off + 8, (byte) 0);
    long v = value;
    for (int i = off + 7; i > off; i--) {
      header[i] = (byte) v;
      v >>= 8;
    }
    header[off] = (byte) 0x80;
  }

  static void putOctal(byte[] header, int off, int len, long value) {
    String s = Long.toOctalString(value);
    String padded = "0".repeat(len - 1 - s.length()) + s;
    for (int i = 0; i < len - 1; i++) {
      header[off + i] = (byte) padded.charAt(i);
    }
    header[off + len - 1] = 0;
  }

  private static void putString(byte[] header, int off, int len, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(b, 0, header, off, Math.min(len, b.length));
  }

  private static void checksum(byte[] header) {
    Arrays.fill(header, 148, 156, (byte) ' ');
    long sum = 0;
    for (byte b : header) {
      sum += b & 0xff;
    }
    String s = Long.toOctalString(sum);
    String padded = "0".repeat(6 - s.length()) + s;
    for (int i = 0; i < 6; i++) {
      header[148 + i] = (byte) padded.charAt(i);
    }
    header[154] = 0;
    header[155] = ' ';
  }

  private static boolean fitsAscii(String s, int len) {
    return s.length() <= len && isAscii(s);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0 || c > 0x7e) {
        return false;
      }
    }
    return true;
  }

  private static String asciiPrefix(String s, int len) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && b.length() < len; i++) {
      char c = s.charAt(i);
      b.append(c > 0 && c <= 0x7e ? c : '_');
    }
    return b.toString();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
