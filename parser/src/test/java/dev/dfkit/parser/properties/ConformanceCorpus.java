package dev.dfkit.parser.properties;

import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every Dockerfile of BuildKit's parser corpus ({@code ../shared/conformance/buildkit-parser}),
 * read once: the seeds the mutation generator starts from.
 */
final class ConformanceCorpus {

  /** One corpus file: its path relative to the corpus root and its text. */
  record Sample(String name, String text) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Sample> SAMPLES = load();

  private ConformanceCorpus() {}

  static List<Sample> samples() {
    return SAMPLES;
  }

  private static List<Sample> load() {
    Path root = SharedData.path("conformance/buildkit-parser");
    List<Path> files = new ArrayList<>();
    files.addAll(dockerfilesOneLevelDown(root.resolve("testfiles")));
    files.addAll(dockerfilesOneLevelDown(root.resolve("testfiles-negative")));
    files.add(root.resolve("testfile-line/Dockerfile"));
    files.add(root.resolve("heredoc/Dockerfile"));
    List<Sample> samples = new ArrayList<>();
    for (Path f : files) {
      try {
        samples.add(
            new Sample(
                root.relativize(f).toString(), DockerfileParser.decode(Files.readAllBytes(f))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (samples.size() < 39) {
      throw new IllegalStateException("conformance corpus incomplete: " + samples.size());
    }
    return List.copyOf(samples);
  }

  private static List<Path> dockerfilesOneLevelDown(Path dir) {
    try (Stream<Path> cases = Files.list(dir)) {
      return cases.map(c -> c.resolve("Dockerfile")).filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
