package dev.dfkit.build.layer;

import dev.dfkit.build.content.ContentStore;
import dev.dfkit.build.content.Digest;
import dev.dfkit.build.content.MediaTypes;
import dev.dfkit.build.image.Descriptor;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Where a layer tar goes: tar bytes are hashed (diff ID) on their way into gzip, the gzip bytes are
 * hashed (digest) and counted on their way into a temporary file in the content store, so one pass
 * gives all three; {@link #commit} moves the file into the store under its digest. Uncompressed
 * layers (no gzip: the blob is the tar, its digest the diff ID) cost a tenth of the time to write.
 */
final class LayerOutput implements Closeable {

  private final ContentStore store;
  private final Path temp;
  private final Hashing compressed;
  private final Hashing uncompressed;
  private final GZIPOutputStream gzip;
  private final TarWriter tar;
  private boolean committed;

  /** Level {@link #UNCOMPRESSED} writes a plain tar. */
  static final int UNCOMPRESSED = -2;

  LayerOutput(ContentStore store, int compressionLevel) throws IOException {
    this.store = store;
    this.temp = Files.createTempFile(store.tmpDir(), "layer", ".tar.gz");
    try {
      OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
      this.compressed = new Hashing(file);
      if (compressionLevel == UNCOMPRESSED) {
        this.gzip = null;
        this.uncompressed = compressed;
      } else {
        this.gzip =
            new GZIPOutputStream(compressed, 1 << 16) {
              {
                def.setLevel(compressionLevel);
              }
            };
        this.uncompressed = new Hashing(new BufferedOutputStream(gzip, 1 << 16));
      }
      this.tar = new TarWriter(uncompressed);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  LayerOutput(ContentStore store) throws IOException {
    this(store, Deflater.DEFAULT_COMPRESSION);
  }

  TarWriter tar() {
    return tar;
  }

  /** Ends the archive and stores it. */
  Layer commit() throws IOException {
    tar.finish();
    uncompressed.flush();
    if (gzip != null) {
      gzip.finish();
    }
    compressed.flush();
    compressed.close();
    Digest digest = compressed.digest();
    // digest() finishes the hash: a plain tar's one stream must not be asked twice.
    Digest diffId = gzip == null ? digest : uncompressed.digest();
    long size = compressed.count;
    store.putFile(temp, digest);
    committed = true;
    String mediaType = gzip == null ? MediaTypes.OCI_LAYER : MediaTypes.OCI_LAYER_GZIP;
    return new Layer(Descriptor.of(mediaType, digest, size), diffId, uncompressed.count);
  }

  @Override
  public void close() throws IOException {
    if (!committed) {
      try {
        compressed.close();
      } catch (IOException e) {
        // the temporary file goes anyway
      }
      Files.deleteIfExists(temp);
    }
  }

  /** Counts and hashes what passes through. */
  private static final class Hashing extends FilterOutputStream {
    private final MessageDigest md;
    long count;

    Hashing(OutputStream out) {
      super(out);
      try {
        md = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      md.update((byte) b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      md.update(b, off, len);
      count += len;
    }

    Digest digest() {
      return new Digest("sha256", HexFormat.of().formatHex(md.digest()));
    }
  }
}
