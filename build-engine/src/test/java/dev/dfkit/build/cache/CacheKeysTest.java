package dev.dfkit.build.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.build.content.Digest;
import dev.dfkit.build.graph.CopyOp;
import dev.dfkit.build.graph.CopySource;
import dev.dfkit.build.graph.ExecOp;
import dev.dfkit.build.graph.InlineFile;
import dev.dfkit.build.graph.MkdirOp;
import dev.dfkit.build.graph.Op;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CacheKeysTest {

  private static final Digest PARENT = Digest.of("parent");

  private static Digest key(Op op) {
    return CacheKeys.key(op, List.of(PARENT), Optional.empty());
  }

  private static ExecOp run(List<String> env, String user, String network) {
    return new ExecOp(
        List.of("/bin/sh", "-c", "make"), env, "/src", user, network, "sandbox", List.of());
  }

  @Test
  void everythingThatChangesAResultChangesTheKey() {
    Digest base = key(run(List.of("A=1"), "", "default"));
    assertThat(key(run(List.of("A=1"), "", "default"))).isEqualTo(base);
    assertThat(key(run(List.of("A=2"), "", "default"))).isNotEqualTo(base);
    assertThat(key(run(List.of("A=1"), "app", "default"))).isNotEqualTo(base);
    assertThat(key(run(List.of("A=1"), "", "none"))).isNotEqualTo(base);
    assertThat(
            CacheKeys.key(
                run(List.of("A=1"), "", "default"), List.of(Digest.of("other")), Optional.empty()))
        .isNotEqualTo(base);
    assertThat(
            key(
                new ExecOp(
                    List.of("/bin/sh", "-c", "make"),
                    List.of("A=1"),
                    "/src",
                    "",
                    "default",
                    "sandbox",
                    List.of(new InlineFile("EOF", "#!/bin/sh\n", 0755)))))
        .isNotEqualTo(base);
  }

  @Test
  void proxyVariablesAreNotPartOfTheKey() {
    assertThat(key(run(List.of("A=1", "HTTP_PROXY=http://proxy:3128"), "", "default")))
        .isEqualTo(key(run(List.of("A=1"), "", "default")));
  }

  @Test
  void copiesAreKeyedByWhatTheyReadAndHowTheyWrite() {
    CopyOp copy =
        new CopyOp(
            List.of(new CopySource.Path("src")),
            "/app/",
            false,
            null,
            null,
            List.of(),
            false,
            false,
            false,
            false);
    CopyOp chowned =
        new CopyOp(
            List.of(new CopySource.Path("src")),
            "/app/",
            false,
            "1:1",
            null,
            List.of(),
            false,
            false,
            false,
            false);
    Digest v1 = CacheKeys.key(copy, List.of(PARENT), Optional.of(Digest.of("files v1")));
    Digest v2 = CacheKeys.key(copy, List.of(PARENT), Optional.of(Digest.of("files v2")));
    assertThat(v1).isNotEqualTo(v2);
    assertThat(CacheKeys.key(chowned, List.of(PARENT), Optional.of(Digest.of("files v1"))))
        .isNotEqualTo(v1);
    assertThat(key(new MkdirOp("/a", ""))).isNotEqualTo(key(new MkdirOp("/b", "")));
  }
}
