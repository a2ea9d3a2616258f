package dev.dfkit.build.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.build.content.Digest;
import dev.dfkit.build.content.MediaTypes;
import dev.dfkit.build.image.Descriptor;
import dev.dfkit.build.image.ImageIndex;
import dev.dfkit.build.image.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlatformSelectorTest {

  private static Descriptor entry(String os, String arch, String variant) {
    return Descriptor.of(MediaTypes.OCI_MANIFEST, Digest.of(os + arch + variant), 1)
        .withPlatform(new Platform(arch, os, variant));
  }

  private static Optional<Descriptor> select(String wanted, Descriptor... entries) {
    return PlatformSelector.select(
        new ImageIndex(2, MediaTypes.OCI_INDEX, List.of(entries), null),
        dev.dfkit.parser.semantic.Platform.parse(wanted).orElseThrow());
  }

  @Test
  void arm64V8IsArm64() {
    Descriptor v8 = entry("linux", "arm64", "v8");
    Descriptor plain = entry("linux", "arm64", null);

    assertThat(select("linux/arm64", entry("linux", "amd64", null), v8)).contains(v8);
    assertThat(select("linux/arm64/v8", plain)).contains(plain);
    assertThat(select("linux/aarch64", v8)).contains(v8);
  }

  @Test
  void anExactVariantWinsOverAMissingOne() {
    Descriptor any = entry("linux", "arm", null);
    Descriptor v6 = entry("linux", "arm", "v6");
    Descriptor v7 = entry("linux", "arm", "v7");

    assertThat(select("linux/arm/v7", any, v6, v7)).contains(v7);
    assertThat(select("linux/arm/v7", v6, any)).contains(any);
  }

  @Test
  void olderArmVariantsRunOnNewerHosts() {
    Descriptor v5 = entry("linux", "arm", "v5");
    Descriptor v6 = entry("linux", "arm", "v6");

    assertThat(select("linux/arm/v7", v5, v6)).contains(v6);
    assertThat(select("linux/arm/v6", entry("linux", "arm", "v7"))).isEmpty();
  }

  @Test
  void attestationsAndNestedIndexesAreNeverPicked() {
    Descriptor attestation = entry("unknown", "unknown", null);
    Descriptor nested =
        Descriptor.of(MediaTypes.OCI_INDEX, Digest.of("n"), 1)
            .withPlatform(new Platform("amd64", "linux", null));
    ImageIndex index = new ImageIndex(2, MediaTypes.OCI_INDEX, List.of(attestation, nested), null);

    assertThat(PlatformSelector.select(index, dev.dfkit.parser.semantic.Platform.LINUX_AMD64))
        .isEmpty();
    assertThat(PlatformSelector.available(index)).isEmpty();
  }

  @Test
  void theOsMustMatch() {
    List<Descriptor> entries = new ArrayList<>();
    entries.add(entry("windows", "amd64", null));
    assertThat(select("linux/amd64", entries.toArray(Descriptor[]::new))).isEmpty();
  }
}
