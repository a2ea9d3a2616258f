package dev.dfkit.build.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootedPathTest {

  @TempDir Path tmp;
  Path root;

  @BeforeEach
  void setUp() throws IOException {
    root = Files.createDirectory(tmp.resolve("root"));
    Fs.file(root, "usr/lib/x", "x");
    Fs.symlink(root, "lib", "usr/lib");
    Fs.symlink(root, "abs", "/usr/lib");
    Fs.symlink(root, "up", "../../../../usr");
    Fs.symlink(root, "loop1", "loop2");
    Fs.symlink(root, "loop2", "loop1");
    Fs.symlink(root, "dangling", "/nowhere/else");
  }

  private RootedPath.Resolved clamped(String path, boolean followFinal) throws IOException {
    return RootedPath.resolveClamped(root, path, followFinal);
  }

  @Test
  void followsLinksInsideTheRoot() throws IOException {
    assertThat(clamped("lib/x", true).relative()).isEqualTo("usr/lib/x");
    assertThat(clamped("/abs/x", true).relative()).isEqualTo("usr/lib/x");
    assertThat(clamped("up/lib/x", true).relative()).isEqualTo("usr/lib/x");
    assertThat(clamped("lib/x", true).exists()).isTrue();
  }

  @Test
  void finalLinkIsKeptUnlessFollowed() throws IOException {
    RootedPath.Resolved link = clamped("lib", false);
    assertThat(link.relative()).isEqualTo("lib");
    assertThat(link.stat().isSymlink()).isTrue();
    assertThat(clamped("lib", true).relative()).isEqualTo("usr/lib");
  }

  @Test
  void missingTailsAreAppendedAndDanglingLinksResolved() throws IOException {
    RootedPath.Resolved missing = clamped("lib/new/dir", true);
    assertThat(missing.exists()).isFalse();
    assertThat(missing.relative()).isEqualTo("usr/lib/new/dir");
    assertThat(clamped("dangling", true).relative()).isEqualTo("nowhere/else");
    assertThat(clamped("missing/../lib/x", true).relative()).isEqualTo("usr/lib/x");
    assertThat(clamped("missing/../lib/x", true).exists()).isTrue();
    assertThat(clamped("usr/lib/x/below", true).exists()).isFalse();
  }

  @Test
  void dotDotStopsAtTheRoot() throws IOException {
    assertThat(clamped("../../../usr/lib/x", true).relative()).isEqualTo("usr/lib/x");
    assertThat(clamped("/", true).host()).isEqualTo(root);
  }

  @Test
  void loopsFail() {
    assertThatThrownBy(() -> clamped("loop1/x", true))
        .hasMessageContaining("too many levels of symbolic links");
  }

  @Test
  void rejectModeRefusesLinksOut() throws IOException {
    assertThatThrownBy(
            () ->
                RootedPath.resolve(
                    root, "abs/x", true, RootedPath.Escape.REJECT, RootedPath.Visibility.ALL))
        .isInstanceOf(RootedPath.Escaped.class);
    assertThatThrownBy(
            () ->
                RootedPath.resolve(
                    root, "up/lib", true, RootedPath.Escape.REJECT, RootedPath.Visibility.ALL))
        .isInstanceOf(RootedPath.Escaped.class);
    try {
      assertThat(
              RootedPath.resolve(
                      root, "lib/x", true, RootedPath.Escape.REJECT, RootedPath.Visibility.ALL)
                  .relative())
          .isEqualTo("usr/lib/x");
    } catch (RootedPath.Escaped e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void invisiblePathsDoNotExist() throws Exception {
    RootedPath.Resolved r =
        RootedPath.resolve(
            root, "lib/x", true, RootedPath.Escape.CLAMP, rel -> !rel.equals("usr/lib/x"));
    assertThat(r.exists()).isFalse();
  }
}
