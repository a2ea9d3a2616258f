package dev.dfkit.build.layer;

import static dev.dfkit.build.layer.LayerRoundTripTest.tar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No entry of a layer may write outside the directory it is applied to. */
class LayerApplierSafetyTest {

  @TempDir Path tmp;
  Path target;
  Path outside;

  @BeforeEach
  void dirs() throws IOException {
    target = Files.createDirectories(tmp.resolve("root"));
    outside = Files.createDirectories(tmp.resolve("outside"));
  }

  private void assertRefused(byte[] layer, String entry, String reason) throws IOException {
    assertThatThrownBy(() -> LayerApplier.merging().apply(new ByteArrayInputStream(layer), target))
        .isInstanceOf(UnsafeEntryException.class)
        .hasMessageContaining("\"" + entry + "\"")
        .hasMessageContaining(reason);
    assertThat(outside).isEmptyDirectory();
    assertThat(Files.exists(tmp.resolve("x"))).isFalse();
  }

  @Test
  void dotDotIsRefused() throws IOException {
    assertRefused(tar(TarEntry.file("../x", 0644, 0, 0, 1, 0)), "../x", "'..'");
    assertRefused(tar(TarEntry.file("a/../../x", 0644, 0, 0, 1, 0)), "a/../../x", "'..'");
  }

  @Test
  void absoluteNamesAreRefused() throws IOException {
    assertRefused(tar(TarEntry.file("/etc/x", 0644, 0, 0, 1, 0)), "/etc/x", "absolute");
  }

  @Test
  void writingThroughAnAbsoluteSymlinkIsRefused() throws IOException {
    byte[] layer =
        tar(
            TarEntry.symlink("link", outside.toString(), 0, 0, 0),
            TarEntry.file("link/file", 0644, 0, 0, 1, 0));
    assertRefused(layer, "link/file", "its parent link is a symbolic link to " + outside);
  }

  @Test
  void writingThroughARelativeSymlinkThatClimbsOutIsRefused() throws IOException {
    byte[] layer =
        tar(
            TarEntry.directory("a/", 0755, 0, 0, 0),
            TarEntry.symlink("a/up", "../../outside", 0, 0, 0),
            TarEntry.file("a/up/file", 0644, 0, 0, 1, 0));
    assertRefused(layer, "a/up/file", "outside the target");
  }

  @Test
  void aSymlinkAlreadyInTheTargetIsNotWrittenThrough() throws IOException {
    Files.createSymbolicLink(target.resolve("etc"), outside);
    assertRefused(tar(TarEntry.file("etc/passwd", 0644, 0, 0, 1, 0)), "etc/passwd", "etc");
  }

  @Test
  void aFileEntryReplacesASymlinkInsteadOfWritingThroughIt() throws IOException {
    Path victim = Files.writeString(outside.resolve("victim"), "safe");
    Files.createSymbolicLink(target.resolve("f"), victim);
    LayerApplier.merging()
        .apply(new ByteArrayInputStream(tar(TarEntry.file("f", 0644, 0, 0, 3, 0))), target);
    assertThat(Files.readString(victim)).isEqualTo("safe");
    assertThat(Files.isSymbolicLink(target.resolve("f"))).isFalse();
    assertThat(Files.readString(target.resolve("f"))).isEqualTo("xxx");
  }

  @Test
  void hardLinksToOutsideAreRefused() throws IOException {
    assertRefused(
        tar(TarEntry.hardlink("h", "../outside/secret", 0, 0, 0)), "h", "hard link target");
    assertRefused(tar(TarEntry.hardlink("h", "/etc/passwd", 0, 0, 0)), "h", "hard link target");
  }

  @Test
  void aWhiteoutCannotDeleteOutside() throws IOException {
    Files.writeString(outside.resolve("keep"), "k");
    Files.createSymbolicLink(target.resolve("l"), outside);
    assertThatThrownBy(
            () ->
                LayerApplier.merging()
                    .apply(
                        new ByteArrayInputStream(tar(TarEntry.file("l/.wh.keep", 0, 0, 0, 0, 0))),
                        target))
        .isInstanceOf(UnsafeEntryException.class);
    assertThat(outside.resolve("keep")).exists();
  }

  @Test
  void relativeSymlinksInsideTheTargetAreFollowed() throws IOException {
    byte[] layer =
        tar(
            TarEntry.directory("usr/lib/", 0755, 0, 0, 0),
            TarEntry.symlink("lib", "usr/lib", 0, 0, 0),
            TarEntry.file("lib/libc.so", 0644, 0, 0, 2, 0));
    LayerApplier.merging().apply(new ByteArrayInputStream(layer), target);
    assertThat(target.resolve("usr/lib/libc.so")).hasContent("xx");
  }

  @Test
  void resolveKeepsContainerPathsInsideTheRoot() throws IOException {
    Files.createDirectories(target.resolve("usr/share"));
    Files.createSymbolicLink(target.resolve("etc"), Path.of("/usr/share"));
    Files.createSymbolicLink(target.resolve("up"), Path.of("../../../.."));
    assertThat(RootPath.resolve(target, "/etc/passwd"))
        .isEqualTo(target.resolve("usr/share/passwd"));
    assertThat(RootPath.resolve(target, "/up/etc/x")).isEqualTo(target.resolve("usr/share/x"));
    assertThat(RootPath.resolve(target, "../../x")).isEqualTo(target.resolve("x"));
  }
}
