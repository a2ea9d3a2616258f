package dev.dfkit.parser.ignore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IgnoreFileLocatorTest {

  @TempDir Path context;

  private Path write(String relative) throws IOException {
    Path file = context.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "x\n");
  }

  @Test
  void noIgnoreFile() throws IOException {
    Path dockerfile = write("Dockerfile");
    assertThat(IgnoreFileLocator.locate(context, dockerfile)).isEmpty();
  }

  @Test
  void contextRootIgnoreFile() throws IOException {
    Path dockerfile = write("Dockerfile");
    Path shared = write(".dockerignore");
    assertThat(IgnoreFileLocator.locate(context, dockerfile)).contains(shared);
  }

  @Test
  void dockerfileSpecificIgnoreFileWins() throws IOException {
    Path dockerfile = write("Dockerfile");
    write(".dockerignore");
    Path specific = write("Dockerfile.dockerignore");
    assertThat(IgnoreFileLocator.locate(context, dockerfile)).contains(specific);
  }

  @Test
  void specificFileIsLookedUpNextToTheDockerfile() throws IOException {
    Path dockerfile = write("build/app.Dockerfile");
    Path shared = write(".dockerignore");
    // Not next to the Dockerfile, so it does not count.
    write("app.Dockerfile.dockerignore");
    assertThat(IgnoreFileLocator.locate(context, dockerfile)).contains(shared);

    Path specific = write("build/app.Dockerfile.dockerignore");
    assertThat(IgnoreFileLocator.locate(context, dockerfile)).contains(specific);
  }

  @Test
  void anotherDockerfilesIgnoreFileIsNotUsed() throws IOException {
    Path dockerfile = write("Dockerfile2");
    write("Dockerfile.dockerignore");
    assertThat(IgnoreFileLocator.locate(context, dockerfile)).isEmpty();
  }

  @Test
  void defaultDockerfileWhenNoneIsGiven() throws IOException {
    write(".dockerignore");
    Path specific = write("Dockerfile.dockerignore");
    assertThat(IgnoreFileLocator.locate(context, null)).contains(specific);
  }

  @Test
  void directoriesAreNotIgnoreFiles() throws IOException {
    Path dockerfile = write("Dockerfile");
    Files.createDirectories(context.resolve("Dockerfile.dockerignore"));
    Files.createDirectories(context.resolve(".dockerignore"));
    assertThat(IgnoreFileLocator.locate(context, dockerfile)).isEmpty();
  }
}
