package dev.dfkit.parser.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildContextTest {

  @Test
  void entriesAreRelativeSlashSeparatedAndSorted(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("src/main"));
    Files.writeString(dir.resolve("src/main/App.java"), "x");
    Files.writeString(dir.resolve("a\\b.txt"), "x");
    Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
    BuildContext context = BuildContext.open(dir, dir.resolve("Dockerfile"));
    assertThat(context.entries())
        .containsExactly("Dockerfile", "a/b.txt", "src/", "src/main/", "src/main/App.java");
  }

  @Test
  void aRootGivenRelativeOrUnnormalisedListsTheSame(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("ctx/sub"));
    Files.writeString(dir.resolve("ctx/sub/f"), "x");
    BuildContext direct = BuildContext.open(dir.resolve("ctx"), dir.resolve("ctx/Dockerfile"));
    BuildContext roundabout =
        BuildContext.open(dir.resolve("ctx/sub/.."), dir.resolve("ctx/Dockerfile"));
    assertThat(roundabout.entries()).isEqualTo(direct.entries()).containsExactly("sub/", "sub/f");
  }
}
