package dev.dfkit.build.registry;

import dev.dfkit.build.content.ContentStore;
import dev.dfkit.build.content.Digest;
import dev.dfkit.build.content.MediaTypes;
import dev.dfkit.build.image.ContainerConfig;
import dev.dfkit.build.image.Descriptor;
import dev.dfkit.build.image.ImageConfig;
import dev.dfkit.build.image.ImageIndex;
import dev.dfkit.build.image.ImageJson;
import dev.dfkit.build.image.Manifest;
import dev.dfkit.build.image.Platform;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Tiny images made in Java: gzipped tar layers, a configuration, a manifest, an index. */
final class TestImages {

  private TestImages() {}

  /** One image: its documents and blobs with their bytes. */
  record Image(
      Descriptor manifest,
      byte[] manifestBytes,
      Descriptor config,
      byte[] configBytes,
      List<Descriptor> layers,
      List<byte[]> layerBytes) {

    void store(ContentStore store) throws IOException {
      for (byte[] layer : layerBytes) {
        store.put(layer);
      }
      store.put(configBytes);
      store.put(manifestBytes);
    }

    void serve(FakeRegistry registry, String repository, String tag) {
      for (byte[] layer : layerBytes) {
        registry.putBlob(repository, layer);
      }
      registry.putBlob(repository, configBytes);
      registry.putManifest(repository, tag, manifest.mediaType(), manifestBytes);
    }
  }

  /** An index over images, with its descriptor and bytes. */
  record Index(Descriptor descriptor, byte[] bytes, List<Image> images) {

    void store(ContentStore store) throws IOException {
      for (Image i : images) {
        i.store(store);
      }
      store.put(bytes);
    }

    void serve(FakeRegistry registry, String repository, String tag) {
      for (Image i : images) {
        i.serve(registry, repository, null);
      }
      registry.putManifest(repository, tag, descriptor.mediaType(), bytes);
    }
  }

  /** An OCI image for linux/amd64 with one layer holding {@code file} with {@code content}. */
  static Image oci(String file, String content) {
    return image(false, new Platform("amd64", "linux", null), tarGz(Map.of(file, content)));
  }

  static Image image(boolean docker, Platform platform, byte[]... layers) {
    List<Descriptor> layerDescriptors = new ArrayList<>();
    List<String> diffIds = new ArrayList<>();
    for (byte[] layer : layers) {
      layerDescriptors.add(
          Descriptor.of(
              docker ? MediaTypes.DOCKER_LAYER_GZIP : MediaTypes.OCI_LAYER_GZIP,
              Digest.of(layer),
              layer.length));
      diffIds.add(Digest.of(gunzip(layer)).toString());
    }
    ImageConfig config =
        new ImageConfig(
            "2024-01-01T00:00:00Z",
            null,
            platform.architecture(),
            platform.os(),
            platform.variant(),
            new ContainerConfig(
                null,
                null,
                List.of("PATH=/bin"),
                null,
                List.of("/bin/sh"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null),
            new ImageConfig.RootFs("layers", diffIds),
            List.of(new ImageConfig.History("2024-01-01T00:00:00Z", "test", null, null, null)));
    byte[] configBytes = ImageJson.write(config);
    Descriptor configDescriptor =
        Descriptor.of(
            docker ? MediaTypes.DOCKER_CONFIG : MediaTypes.OCI_CONFIG,
            Digest.of(configBytes),
            configBytes.length);
    String mediaType = docker ? MediaTypes.DOCKER_MANIFEST : MediaTypes.OCI_MANIFEST;
    byte[] manifestBytes =
        ImageJson.write(new Manifest(2, mediaType, configDescriptor, layerDescriptors, null));
    Descriptor manifest =
        Descriptor.of(mediaType, Digest.of(manifestBytes), manifestBytes.length)
            .withPlatform(platform);
    return new Image(
        manifest, manifestBytes, configDescriptor, configBytes, layerDescriptors, List.of(layers));
  }

  static Index index(boolean docker, List<Image> images) {
    List<Descriptor> entries = images.stream().map(Image::manifest).toList();
    String mediaType = docker ? MediaTypes.DOCKER_MANIFEST_LIST : MediaTypes.OCI_INDEX;
    byte[] bytes = ImageJson.write(new ImageIndex(2, mediaType, entries, null));
    return new Index(Descriptor.of(mediaType, Digest.of(bytes), bytes.length), bytes, images);
  }

  /** A gzipped tar of regular files (sorted, mtime 0, root-owned: reproducible). */
  static byte[] tarGz(Map<String, String> files) {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(tar(files));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return gz.toByteArray();
  }

  /** Random-looking but reproducible content of {@code size} bytes (compresses badly). */
  static byte[] noise(int size, long seed) {
    byte[] out = new byte[size];
    new java.util.Random(seed).nextBytes(out);
    return out;
  }

  static byte[] tar(Map<String, String> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String name : new java.util.TreeMap<>(files).keySet()) {
      byte[] content = files.get(name).getBytes(StandardCharsets.UTF_8);
      byte[] header = new byte[512];
      put(header, 0, 100, name);
      put(header, 100, 8, "0000644");
      put(header, 108, 8, "0000000");
      put(header, 116, 8, "0000000");
      put(header, 124, 12, String.format("%011o", content.length));
      put(header, 136, 12, "00000000000");
      for (int i = 148; i < 156; i++) {
        header[i] = ' ';
      }
      header[156] = '0';
      put(header, 257, 6, "ustar");
      put(header, 263, 2, "00");
      int sum = 0;
      for (byte b : header) {
        sum += b & 0xff;
      }
      put(header, 148, 8, String.format("%06o", sum));
      header[155] = ' ';
      out.writeBytes(header);
      out.writeBytes(content);
      out.writeBytes(new byte[(512 - content.length % 512) % 512]);
    }
    out.writeBytes(new byte[1024]);
    return out.toByteArray();
  }

  private static void put(byte[] header, int offset, int length, String value) {
    byte[] b = value.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(b, 0, header, offset, Math.min(length, b.length));
  }

  private static byte[] gunzip(byte[] gz) {
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    } catch (IOException e) {
      // not gzip (a raw test blob): the diff id is the blob's digest
      return gz;
    }
  }
}
