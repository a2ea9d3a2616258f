package dev.dfkit.build.registry;

import dev.dfkit.build.content.MediaTypes;
import dev.dfkit.build.image.Descriptor;
import dev.dfkit.build.image.ImageIndex;
import dev.dfkit.build.image.Platform;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the manifest of an index for a platform, as containerd's default matcher does: entries'
 * platforms are normalised first ({@code aarch64} is {@code arm64}, {@code arm64/v8} is {@code
 * arm64}), an exact match (same variant) wins over one {@link Platform#matches} accepts (a variant
 * missing on either side), and a 32-bit ARM host takes an older ARM variant ({@code v7} runs {@code
 * v6} and {@code v5}) when nothing better is there. Entries that are not image manifests (nested
 * indexes, {@code unknown/unknown} attestations) are never picked.
 */
final class PlatformSelector {

  private PlatformSelector() {}

  static Optional<Descriptor> select(ImageIndex index, dev.dfkit.parser.semantic.Platform wanted) {
    Descriptor best = null;
    int bestScore = 0;
    for (Descriptor d : index.manifests()) {
      if (d.platform() == null
          || !(d.mediaType() == null || MediaTypes.isManifest(d.mediaType()))) {
        continue;
      }
      int score = score(normalize(d.platform()), wanted);
      if (score > bestScore) {
        best = d;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The platforms an index offers, for the error when none matches. */
  static List<String> available(ImageIndex index) {
    Set<String> out = new LinkedHashSet<>();
    for (Descriptor d : index.manifests()) {
      Platform p = d.platform();
      if (p == null
          || "unknown".equals(p.os())
          || "unknown".equals(p.architecture())
          || !(d.mediaType() == null || MediaTypes.isManifest(d.mediaType()))) {
        continue;
      }
      out.add(p.os() + "/" + p.architecture() + (p.variant() == null ? "" : "/" + p.variant()));
    }
    return new ArrayList<>(out);
  }

  private static int score(Platform p, dev.dfkit.parser.semantic.Platform wanted) {
    String variant = p.variant() == null ? "" : p.variant();
    if (wanted.os().equals(p.os())
        && wanted.architecture().equals(p.architecture())
        && wanted.variant().equals(variant)) {
      return 100;
    }
    if (p.matches(wanted)) {
      return 50;
    }
    if (wanted.os().equals(p.os())
        && wanted.architecture().equals("arm")
        && "arm".equals(p.architecture())) {
      int w = armVersion(wanted.variant());
      int v = armVersion(variant);
      if (w > 0 && v > 0 && v < w) {
        return 10 + v; // the newest older variant wins
      }
    }
    return 0;
  }

  private static int armVersion(String variant) {
    return variant.matches("v[5-8]") ? variant.charAt(1) - '0' : 0;
  }

  /** The entry's platform normalised the way a wanted platform is. */
  static Platform normalize(Platform p) {
    if (p.os() == null || p.architecture() == null) {
      return p;
    }
    String text =
        p.os()
            + "/"
            + p.architecture()
            + (p.variant() == null || p.variant().isEmpty() ? "" : "/" + p.variant());
    Optional<dev.dfkit.parser.semantic.Platform> parsed =
        dev.dfkit.parser.semantic.Platform.parse(text);
    if (parsed.isEmpty()) {
      return p;
    }
    dev.dfkit.parser.semantic.Platform n = parsed.get();
    // A 32-bit ARM entry without a variant says nothing about it; parse() would make it v7.
    String variant =
        n.architecture().equals("arm") && (p.variant() == null || p.variant().isEmpty())
            ? null
            : (n.variant().isEmpty() ? null : n.variant());
    return new Platform(n.architecture(), n.os(), variant);
  }
}
