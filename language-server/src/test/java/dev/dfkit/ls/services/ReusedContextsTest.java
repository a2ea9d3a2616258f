package dev.dfkit.ls.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.ContextOpener;
import dev.dfkit.parser.context.BuildContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReusedContextsTest {

  private final AtomicLong now = new AtomicLong();
  private final ReusedContexts contexts = new ReusedContexts(now::get);

  @Test
  void aContextIsReusedWithinItsGenerationThenReadAgain(@TempDir Path dir) throws Exception {
    Path dockerfile = dir.resolve("Dockerfile");
    BuildContext first = contexts.of(1).open(dir, dockerfile);
    assertThat(first.entries()).isEmpty();
    Files.writeString(dir.resolve("app.txt"), "hi");
    Files.writeString(dir.resolve(".dockerignore"), "*.md\n");
    now.addAndGet(ReusedContexts.UNWATCHED_REUSE_NANOS / 2);
    assertThat(contexts.of(1).open(dir, dockerfile)).isSameAs(first);

    BuildContext next = contexts.of(2).open(dir, dockerfile);
    assertThat(next).isNotSameAs(first);
    assertThat(next.entries()).containsExactly(".dockerignore", "app.txt");
    assertThat(next.ignore().isExcluded("README.md")).isTrue();
    assertThat(contexts.of(2).open(dir, dockerfile)).isSameAs(next);
  }

  @Test
  void unwatchedContextsAreReadAgainAfterAPause(@TempDir Path dir) throws Exception {
    Path dockerfile = dir.resolve("Dockerfile");
    BuildContext first = contexts.of(0).open(dir, dockerfile);
    assertThat(first.entries()).isEmpty();
    Files.writeString(dir.resolve("app.txt"), "hi");
    now.addAndGet(ReusedContexts.UNWATCHED_REUSE_NANOS);
    BuildContext again = contexts.of(0).open(dir, dockerfile);
    assertThat(again).isNotSameAs(first);
    assertThat(again.entries()).containsExactly("app.txt");
  }

  @Test
  void watchedContextsAreReusedUntilTheGenerationChanges(@TempDir Path dir) throws Exception {
    Path inside = Files.createDirectories(dir.resolve("work/app"));
    Path outside = Files.createDirectories(dir.resolve("elsewhere"));
    contexts.watched(dir.resolve("work"));
    BuildContext watched = contexts.of(0).open(inside, inside.resolve("Dockerfile"));
    BuildContext unwatched = contexts.of(0).open(outside, outside.resolve("Dockerfile"));
    now.addAndGet(ReusedContexts.UNWATCHED_REUSE_NANOS * 100);
    assertThat(contexts.of(0).open(inside, inside.resolve("Dockerfile"))).isSameAs(watched);
    assertThat(contexts.of(0).open(outside, outside.resolve("Dockerfile"))).isNotSameAs(unwatched);
    assertThat(contexts.of(1).open(inside, inside.resolve("Dockerfile"))).isNotSameAs(watched);
  }

  @Test
  void aLateLintOfAnOlderGenerationDoesNotReplaceTheNewerContext(@TempDir Path dir) {
    Path dockerfile = dir.resolve("Dockerfile");
    contexts.watched(dir);
    ContextOpener old = contexts.of(1);
    BuildContext newer = contexts.of(2).open(dir, dockerfile);
    assertThat(old.open(dir, dockerfile)).isNotSameAs(newer);
    assertThat(contexts.of(2).open(dir, dockerfile)).isSameAs(newer);
  }

  @Test
  void eachDockerfileAndRootHasItsOwnContext(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("Dockerfile.dockerignore"), "secret\n");
    BuildContext plain = contexts.of(0).open(dir, dir.resolve("Dockerfile"));
    BuildContext dev = contexts.of(0).open(dir, dir.resolve("Dockerfile.dev"));
    BuildContext own = contexts.of(0).open(dir, dir.resolve("Dockerfile"));
    assertThat(own).isSameAs(plain).isNotSameAs(dev);
    contexts.forget(dir.resolve("Dockerfile"));
    assertThat(contexts.of(0).open(dir, dir.resolve("Dockerfile"))).isNotSameAs(plain);
    assertThat(contexts.of(0).open(dir, dir.resolve("Dockerfile.dev"))).isSameAs(dev);
  }
}
