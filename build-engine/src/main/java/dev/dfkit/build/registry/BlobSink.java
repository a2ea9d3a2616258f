package dev.dfkit.build.registry;

import dev.dfkit.build.content.Digest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where a downloaded blob goes, hashed as it is written so that a download resumed with {@code
 * Range} is verified as a whole. Never holds more than the expected size.
 */
abstract class BlobSink {

  private final Digest expected;
  private final long size;
  private MessageDigest md = sha256();
  private long position;

  BlobSink(Digest expected, long size) {
    this.expected = expected;
    this.size = size;
  }

  static BlobSink toFile(Path file, Digest expected, long size) {
    return new FileSink(file, expected, size);
  }

  static Memory toMemory(Digest expected, long size) {
    return new Memory(expected, size);
  }

  Digest expected() {
    return expected;
  }

  long size() {
    return size;
  }

  long position() {
    return position;
  }

  boolean complete() {
    return position == size;
  }

  /** Appends bytes; more than the expected size is a content error, not a retry. */
  void write(byte[] b, int off, int len) throws IOException {
    if (position + len > size) {
      throw RegistryException.content(
          "SIZE_INVALID", "blob " + expected + " is larger than the " + size + " bytes expected");
    }
    out().write(b, off, len);
    md.update(b, off, len);
    position += len;
  }

  /** Drops what was written (the server ignored a Range request). */
  void reset() throws IOException {
    truncate();
    md = sha256();
    position = 0;
  }

  /** Whether what was written has the expected digest. */
  Digest actual() {
    try {
      MessageDigest copy = (MessageDigest) md.clone();
      return new Digest("sha256", HexFormat.of().formatHex(copy.digest()));
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(e);
    }
  }

  abstract OutputStream out() throws IOException;

  abstract void truncate() throws IOException;

  abstract void close() throws IOException;

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final class FileSink extends BlobSink {
    private final Path file;
    private OutputStream out;

    FileSink(Path file, Digest expected, long size) {
      super(expected, size);
      this.file = file;
    }

    @Override
    OutputStream out() throws IOException {
      if (out == null) {
        out =
            Files.newOutputStream(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
      }
      return out;
    }

    @Override
    void truncate() throws IOException {
      close();
      Files.write(file, new byte[0]);
    }

    @Override
    void close() throws IOException {
      if (out != null) {
        out.close();
        out = null;
      }
    }
  }

  static final class Memory extends BlobSink {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Memory(Digest expected, long size) {
      super(expected, size);
    }

    byte[] bytes() {
      return out.toByteArray();
    }

    @Override
    OutputStream out() {
      return out;
    }

    @Override
    void truncate() {
      out.reset();
    }

    @Override
    void close() {}
  }
}
