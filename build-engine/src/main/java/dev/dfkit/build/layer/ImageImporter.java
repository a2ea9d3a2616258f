package dev.dfkit.build.layer;

import dev.dfkit.build.content.ContentStore;
import dev.dfkit.build.content.MediaTypes;
import dev.dfkit.build.image.ContainerConfig;
import dev.dfkit.build.image.Descriptor;
import dev.dfkit.build.image.ImageConfig;
import dev.dfkit.build.image.ImageJson;
import dev.dfkit.build.image.Manifest;
import dev.dfkit.build.image.Platform;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * {@code import ROOTFS.tar NAME}, as {@code docker import} does: a plain root file system (a tar,
 * gzip or not, or a directory) becomes a one-layer image with an empty runtime configuration,
 * stored and tagged in the content store.
 *
 * <p>A tar is re-encoded entry by entry, in its own order: names are normalised ({@code ./bin/sh}
 * becomes {@code bin/sh}, the root entry is dropped), and an absolute name or one with {@code ..}
 * (in the entry or in a hard link target) is refused, so the image can be unpacked safely later.
 */
public final class ImageImporter {

  private final ContentStore store;

  public ImageImporter(ContentStore store) {
    this.store = store;
  }

  /** An imported image: its manifest's descriptor (as tagged), its config and its one layer. */
  public record Imported(Descriptor manifest, ImageConfig config, Layer layer) {}

  /**
   * Imports a root file system tar and tags it {@code name} (null: not tagged).
   *
   * @param platform the image's platform; null for this machine's
   * @param created the creation time written into the config; null for now
   */
  public Imported importTar(InputStream rootfsTar, String name, Platform platform, Instant created)
      throws IOException {
    InputStream in = new BufferedInputStream(rootfsTar, 1 << 16);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    if (b1 == 0x1f && b2 == 0x8b) {
      in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
    }
    Layer layer;
    try (LayerOutput out = new LayerOutput(store)) {
      TarReader reader = new TarReader(in);
      for (TarEntry e; (e = reader.next()) != null; ) {
        String clean = RootPath.clean(e.name());
        if (clean.isEmpty()) {
          continue;
        }
        TarEntry normal = e.withName(e.isDirectory() ? clean + "/" : clean);
        if (e.type() == TarEntry.Type.HARDLINK) {
          String target;
          try {
            target = RootPath.clean(e.linkName());
          } catch (UnsafeEntryException bad) {
            throw new UnsafeEntryException(
                e.name(), "its hard link target " + e.linkName() + " is outside the archive");
          }
          normal = normal.withLinkName(target);
        }
        out.tar().write(normal, reader.content());
      }
      layer = out.commit();
    }
    return store(layer, name, platform, created);
  }

  /** Imports a root file system tar file. */
  public Imported importTar(Path rootfsTar, String name, Platform platform, Instant created)
      throws IOException {
    try (InputStream in = Files.newInputStream(rootfsTar)) {
      return importTar(in, name, platform, created);
    }
  }

  /** Imports a directory holding a root file system. */
  public Imported importDirectory(Path rootfs, String name, Platform platform, Instant created)
      throws IOException {
    Layer layer = LayerWriter.create().write(rootfs, store);
    return store(layer, name, platform, created);
  }

  private Imported store(Layer layer, String name, Platform platform, Instant created)
      throws IOException {
    Platform p = platform == null ? hostPlatform() : platform;
    String time =
        (created == null ? Instant.now() : created).truncatedTo(ChronoUnit.SECONDS).toString();
    ImageConfig config =
        new ImageConfig(
            time,
            null,
            p.architecture(),
            p.os(),
            p.variant(),
            ContainerConfig.EMPTY,
            new ImageConfig.RootFs("layers", List.of(layer.diffId().toString())),
            List.of(new ImageConfig.History(time, null, null, "Imported from rootfs", null)));
    byte[] configJson = ImageJson.write(config);
    ContentStore.Written c = store.put(configJson);
    Manifest manifest =
        new Manifest(
            2,
            MediaTypes.OCI_MANIFEST,
            Descriptor.of(MediaTypes.OCI_CONFIG, c.digest(), c.size()),
            List.of(layer.blob()),
            null);
    ContentStore.Written m = store.put(ImageJson.write(manifest));
    Descriptor descriptor =
        Descriptor.of(MediaTypes.OCI_MANIFEST, m.digest(), m.size()).withPlatform(p);
    if (name != null) {
      store.tag(name, descriptor);
    }
    return new Imported(descriptor, config, layer);
  }

  /** This machine's platform in OCI terms ({@code linux/amd64}, {@code linux/arm64} …). */
  public static Platform hostPlatform() {
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String oci =
        switch (arch) {
          case "amd64", "x86_64" -> "amd64";
          case "aarch64", "arm64" -> "arm64";
          case "x86", "i386", "i486", "i586", "i686" -> "386";
          case "arm" -> "arm";
          case "ppc64le" -> "ppc64le";
          case "s390x" -> "s390x";
          case "riscv64" -> "riscv64";
          default -> arch;
        };
    return new Platform(oci, "linux", null);
  }
}
