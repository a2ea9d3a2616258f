package dev.dfkit.build.copy;

import io.airlift.compress.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Recognises what ADD unpacks as moby's {@code compression.DecompressStream} and BuildKit's {@code
 * isArchivePath} do: the content (never the name) starts with a gzip, bzip2, xz or zstd magic
 * number or is plain, and what it decompresses to starts with a valid tar header.
 */
final class Archives {

  enum Compression {
    NONE,
    GZIP,
    BZIP2,
    XZ,
    ZSTD
  }

  private static final int BLOCK = 512;

  private Archives() {}

  /** Whether the regular file at {@code path} is a tar archive ADD would unpack. */
  static boolean isArchive(Path path) {
    try (InputStream in = open(path)) {
      byte[] header = in.readNBytes(BLOCK);
      return header.length == BLOCK && validHeader(header);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The file's content, decompressed. */
  static InputStream open(Path path) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    try {
      return switch (detect(raw)) {
        case GZIP -> new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
        case BZIP2 -> new BufferedInputStream(new BZip2CompressorInputStream(raw, true), 1 << 16);
        case XZ -> new BufferedInputStream(new XZInputStream(raw), 1 << 16);
        case ZSTD -> new BufferedInputStream(new ZstdInputStream(raw), 1 << 16);
        case NONE -> raw;
      };
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  /** Peeks at the first bytes (the stream must support mark/reset). */
  static Compression detect(InputStream in) throws IOException {
    in.mark(16);
    byte[] b = in.readNBytes(10);
    in.reset();
    if (startsWith(b, 0x42, 0x5A, 0x68)) {
      return Compression.BZIP2;
    }
    if (startsWith(b, 0x1F, 0x8B, 0x08)) {
      return Compression.GZIP;
    }
    if (startsWith(b, 0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00)) {
      return Compression.XZ;
    }
    if (startsWith(b, 0x28, 0xB5, 0x2F, 0xFD)) {
      return Compression.ZSTD;
    }
    if (b.length >= 8) {
      // A zstd skippable frame: magic 0x184D2A50 to 0x184D2A5F, little endian.
      int magic = (b[0] & 0xff) | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | (b[3] & 0xff) << 24;
      if ((magic & 0xFFFFFFF0) == 0x184D2A50) {
        return Compression.ZSTD;
      }
    }
    return Compression.NONE;
  }

  private static boolean startsWith(byte[] bytes, int... magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((bytes[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * What Go's {@code tar.Reader.Next} needs of a first header block: not the all-zero end marker
   * and a checksum (unsigned or signed sum, the checksum field counted as spaces) that matches.
   */
  static boolean validHeader(byte[] block) {
    boolean zero = true;
    for (byte b : block) {
      if (b != 0) {
        zero = false;
        break;
      }
    }
    if (zero) {
      return false;
    }
    long recorded = parseOctal(block, 148, 8);
    if (recorded < 0) {
      return false;
    }
    long unsigned = 0;
    long signed = 0;
    for (int i = 0; i < BLOCK; i++) {
      byte b = (i >= 148 && i < 156) ? (byte) ' ' : block[i];
      unsigned += b & 0xff;
      signed += b;
    }
    return recorded == unsigned || recorded == signed;
  }

  /**
   * Go's {@code parseOctal}: spaces and NULs trimmed at both ends, then octal digits; -1 if not.
   */
  private static long parseOctal(byte[] block, int offset, int length) {
    int from = offset;
    int to = offset + length;
    while (from < to && (block[from] == ' ' || block[from] == 0)) {
      from++;
    }
    while (to > from && (block[to - 1] == ' ' || block[to - 1] == 0)) {
      to--;
    }
    long value = 0;
    for (int i = from; i < to; i++) {
      byte b = block[i];
      if (b < '0' || b > '7') {
        return -1;
      }
      value = value * 8 + (b - '0');
    }
    return value;
  }
}
