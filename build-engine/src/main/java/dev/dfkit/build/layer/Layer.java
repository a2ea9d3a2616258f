package dev.dfkit.build.layer;

import dev.dfkit.build.content.Digest;
import dev.dfkit.build.image.Descriptor;

/**
 * A layer in the content store: the descriptor of its gzip blob (media type, digest, size), its
 * diff ID (the sha256 of the uncompressed tar, which image configs list) and that tar's size.
 */
public record Layer(Descriptor blob, Digest diffId, long uncompressedSize) {

  public Digest digest() {
    return blob.digestValue();
  }

  public long size() {
    return blob.size();
  }
}
