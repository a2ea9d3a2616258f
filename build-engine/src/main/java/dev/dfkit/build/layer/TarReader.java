package dev.dfkit.build.layer;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a tar stream: ustar, POSIX PAX ({@code x} and {@code g} headers: path, linkpath, size, uid,
 * gid, mtime, {@code SCHILY.xattr.*}, {@code LIBARCHIVE.xattr.*}), GNU long names and links ({@code
 * L}, {@code K}) and base-256 numbers. Sparse files and multi-volume archives are refused with a
 * clear error rather than mis-read. {@link #next()} returns each entry; {@link #content()} streams
 * the current entry's data.
 */
public final class TarReader implements Closeable {

  private static final int BLOCK = TarWriter.BLOCK;

  private final InputStream in;
  private final Map<String, byte[]> globalPax = new HashMap<>();
  private long remaining;
  private long padding;
  private boolean done;
  private EntryStream current;

  public TarReader(InputStream in) {
    this.in = in;
  }

  /** The next entry, or null at the end of the archive. */
  public TarEntry next() throws IOException {
    if (done) {
      return null;
    }
    skipRest();
    Map<String, byte[]> pax = new LinkedHashMap<>(globalPax);
    String longName = null;
    String longLink = null;
    while (true) {
      byte[] header = readBlock(true);
      if (header == null || isZero(header)) {
        done = true;
        return null;
      }
      verifyChecksum(header);
      char flag = (char) header[156];
      long size = number(header, 124, 12);
      switch (flag) {
        case 'x' -> {
          parsePax(readData(size), pax);
          continue;
        }
        case 'g' -> {
          parsePax(readData(size), globalPax);
          pax.putAll(globalPax);
          continue;
        }
        case 'L' -> {
          longName = cString(readData(size));
          continue;
        }
        case 'K' -> {
          longLink = cString(readData(size));
          continue;
        }
        case 'V' -> {
          readData(size);
          continue;
        }
        case 'S' -> throw new IOException("GNU sparse files are not supported in layers");
        case 'M', 'N' -> throw new IOException("multi-volume tar archives are not supported");
        default -> {}
      }
      if (pax.keySet().stream().anyMatch(k -> k.startsWith("GNU.sparse."))) {
        throw new IOException("sparse files (PAX GNU.sparse) are not supported in layers");
      }
      TarEntry.Type type = TarEntry.Type.of(flag);
      if (type == null) {
        throw new IOException("unsupported tar entry type '" + flag + "' for " + rawName(header));
      }
      String name = rawName(header);
      if (longName != null) {
        name = longName;
      }
      if (pax.containsKey("path")) {
        name = utf8(pax.get("path"));
      }
      String link = cString(Arrays.copyOfRange(header, 157, 257));
      if (longLink != null) {
        link = longLink;
      }
      if (pax.containsKey("linkpath")) {
        link = utf8(pax.get("linkpath"));
      }
      long uid = paxNumber(pax, "uid", number(header, 108, 8));
      long gid = paxNumber(pax, "gid", number(header, 116, 8));
      size = paxNumber(pax, "size", size);
      long mtime = number(header, 136, 12);
      if (pax.containsKey("mtime")) {
        String m = utf8(pax.get("mtime"));
        int dot = m.indexOf('.');
        mtime = Long.parseLong(dot < 0 ? m : m.substring(0, dot));
      }
      int mode = (int) (number(header, 100, 8) & 07777);
      int major = 0;
      int minor = 0;
      if (type == TarEntry.Type.CHAR_DEVICE || type == TarEntry.Type.BLOCK_DEVICE) {
        major = (int) number(header, 329, 8);
        minor = (int) number(header, 337, 8);
      }
      Map<String, byte[]> xattrs = new HashMap<>();
      for (Map.Entry<String, byte[]> p : pax.entrySet()) {
        if (p.getKey().startsWith("SCHILY.xattr.")) {
          xattrs.put(p.getKey().substring("SCHILY.xattr.".length()), p.getValue());
        } else if (p.getKey().startsWith("LIBARCHIVE.xattr.")) {
          String xname =
              java.net.URLDecoder.decode(
                  p.getKey().substring("LIBARCHIVE.xattr.".length()), StandardCharsets.UTF_8);
          xattrs.putIfAbsent(xname, Base64.getDecoder().decode(utf8(p.getValue()).trim()));
        }
      }
      long dataSize = (type == TarEntry.Type.FILE) ? size : dataSizeOfOther(type, size);
      remaining = dataSize;
      padding = (BLOCK - dataSize % BLOCK) % BLOCK;
      current = new EntryStream();
      return new TarEntry(name, type, mode, uid, gid, size, mtime, link, major, minor, xattrs);
    }
  }

  /** The current entry's content (empty for anything but a regular file). */
  public InputStream content() {
    return current == null ? InputStream.nullInputStream() : current;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private static long dataSizeOfOther(TarEntry.Type type, long size) {
    // Hard links, symlinks, devices, directories and FIFOs carry no data; a few writers still put
    // a size on hard links or directories, which must then be skipped.
    return type == TarEntry.Type.DIRECTORY || type == TarEntry.Type.HARDLINK ? size : 0;
  }

  private void skipRest() throws IOException {
    skipFully(remaining + padding);
    remaining = 0;
    padding = 0;
  }

  private void skipFully(long n) throws IOException {
    byte[] buf = new byte[8192];
    while (n > 0) {
      int r = in.read(buf, 0, (int) Math.min(buf.length, n));
      if (r < 0) {
        throw new EOFException("tar archive ends in the middle of an entry");
      }
      n -= r;
    }
  }

  private byte[] readData(long size) throws IOException {
    if (size < 0 || size > (16 << 20)) {
      throw new IOException("tar extended header too large: " + size + " bytes");
    }
    byte[] data = in.readNBytes((int) size);
    if (data.length != size) {
      throw new EOFException("tar archive ends in an extended header");
    }
    skipFully((BLOCK - size % BLOCK) % BLOCK);
    return data;
  }

  private byte[] readBlock(boolean eofOk) throws IOException {
    byte[] b = in.readNBytes(BLOCK);
    if (b.length == 0 && eofOk) {
      return null;
    }
    if (b.length != BLOCK) {
      throw new EOFException("tar archive truncated (a header is incomplete)");
    }
    return b;
  }

  private static void parsePax(byte[] data, Map<String, byte[]> into) throws IOException {
    int pos = 0;
    while (pos < data.length) {
      int space = pos;
      while (space < data.length && data[space] != ' ') {
        space++;
      }
      int len;
      try {
        len = Integer.parseInt(new String(data, pos, space - pos, StandardCharsets.US_ASCII));
      } catch (NumberFormatException e) {
        throw new IOException("malformed PAX header record", e);
      }
      int end = pos + len;
      if (len <= 0 || end > data.length || data[end - 1] != '\n') {
        throw new IOException("malformed PAX header record");
      }
      int eq = space + 1;
      while (eq < end && data[eq] != '=') {
        eq++;
      }
      if (eq >= end) {
        throw new IOException("malformed PAX header record (no '=')");
      }
      String key = new String(data, space + 1, eq - space - 1, StandardCharsets.UTF_8);
      byte[] value = Arrays.copyOfRange(data, eq + 1, end - 1);
      if (value.length == 0) {
        into.remove(key); // an empty value deletes the key
      } else {
        into.put(key, value);
      }
      pos = end;
    }
  }

  private static long paxNumber(Map<String, byte[]> pax, String key, long fallback)
      throws IOException {
    byte[] v = pax.get(key);
    if (v == null) {
      return fallback;
    }
    try {
      return Long.parseLong(utf8(v).trim());
    } catch (NumberFormatException e) {
      throw new IOException("malformed PAX " + key + ": " + utf8(v));
    }
  }

  private static String rawName(byte[] header) {
    String name = cString(Arrays.copyOfRange(header, 0, 100));
    boolean posix =
        header[257] == 'u'
            && header[258] == 's'
            && header[259] == 't'
            && header[260] == 'a'
            && header[261] == 'r'
            && header[262] == 0;
    if (posix) {
      String prefix = cString(Arrays.copyOfRange(header, 345, 500));
      if (!prefix.isEmpty()) {
        return prefix + "/" + name;
      }
    }
    return name;
  }

  static long number(byte[] header, int off, int len) throws IOException {
    if ((header[off] & 0x80) != 0) {
      long v = header[off] & 0x7f;
      if ((header[off] & 0x40) != 0) {
        throw new IOException("negative base-256 number in tar header");
      }
      for (int i = off + 1; i < off + len; i++) {
        v = (v << 8) | (header[i] & 0xff);
      }
      return v;
    }
    int start = off;
    int end = off + len;
    while (start < end && (header[start] == ' ' || header[start] == 0)) {
      start++;
    }
    int stop = start;
    while (stop < end && header[stop] >= '0' && header[stop] <= '7') {
      stop++;
    }
    if (stop == start) {
      return 0;
    }
    return Long.parseLong(new String(header, start, stop - start, StandardCharsets.US_ASCII), 8);
  }

  private static void verifyChecksum(byte[] header) throws IOException {
    long expected = number(header, 148, 8);
    long unsigned = 0;
    long signed = 0;
    for (int i = 0; i < BLOCK; i++) {
      int b = (i >= 148 && i < 156) ? ' ' : header[i];
      unsigned += b & 0xff;
      signed += (i >= 148 && i < 156) ? ' ' : header[i];
    }
    if (expected != unsigned && expected != signed) {
      throw new IOException("not a tar archive, or a corrupt one (header checksum mismatch)");
    }
  }

  private static boolean isZero(byte[] b) {
    for (byte x : b) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }

  private static String cString(byte[] b) {
    int n = 0;
    while (n < b.length && b[n] != 0) {
      n++;
    }
    return new String(b, 0, n, StandardCharsets.UTF_8);
  }

  private static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  /** The current entry's data; reading past it returns end of stream. */
  private final class EntryStream extends InputStream {
    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (current != this || remaining <= 0) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, remaining));
      if (n < 0) {
        throw new EOFException("tar archive ends in the middle of an entry's content");
      }
      remaining -= n;
      return n;
    }
  }
}
