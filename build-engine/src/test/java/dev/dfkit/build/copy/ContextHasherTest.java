package dev.dfkit.build.copy;

import static dev.dfkit.build.copy.Fs.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dfkit.build.content.Digest;
import dev.dfkit.parser.ignore.DockerIgnore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextHasherTest {

  @TempDir Path tmp;
  Path ctx;
  final ContextHasher hasher = new ContextHasher();

  @BeforeEach
  void setUp() throws IOException {
    ctx = Files.createDirectory(tmp.resolve("ctx"));
    file(ctx, "src/a.go", "package a");
    file(ctx, "src/sub/b.go", "package b");
    file(ctx, "README", "readme");
    Fs.symlink(ctx, "src/link", "a.go");
  }

  private Digest digest(CopyRequest.Builder request) throws IOException {
    return hasher.digest(request.build());
  }

  private Digest all() throws IOException {
    return digest(CopyRequest.copy(ctx, "/", "."));
  }

  @Test
  void digestsSavedByOneBuildSpareTheNextOneReading() throws IOException {
    ContextHasher first = new ContextHasher(-60_000); // every file counts as settled
    Digest before = first.digest(CopyRequest.copy(ctx, "/", ".").build());
    assertThat(first.reads()).isEqualTo(3);
    Path memo = tmp.resolve("state/context-digests");
    first.save(memo);

    ContextHasher second = ContextHasher.load(memo, -60_000);
    assertThat(second.digest(CopyRequest.copy(ctx, "/", ".").build())).isEqualTo(before);
    assertThat(second.reads()).isZero();

    // Same size, new content: the change time moves, so the memo does not answer.
    Files.writeString(ctx.resolve("README"), "README");
    ContextHasher third = ContextHasher.load(memo, -60_000);
    assertThat(third.digest(CopyRequest.copy(ctx, "/", ".").build())).isNotEqualTo(before);
    assertThat(third.reads()).isEqualTo(1);
  }

  @Test
  void aFileChangedJustBeforeItWasReadIsNotRemembered() throws IOException {
    ContextHasher first = new ContextHasher(); // the files were all written a moment ago
    Digest before = first.digest(CopyRequest.copy(ctx, "/", ".").build());
    Path memo = tmp.resolve("state/context-digests");
    first.save(memo);
    ContextHasher second = ContextHasher.load(memo);
    assertThat(second.digest(CopyRequest.copy(ctx, "/", ".").build())).isEqualTo(before);
    assertThat(second.reads()).isEqualTo(3);
  }

  @Test
  void aDamagedMemoIsIgnored() throws IOException {
    Path memo = tmp.resolve("context-digests");
    Files.write(memo, new byte[] {1, 2, 3});
    ContextHasher h = ContextHasher.load(memo);
    assertThat(h.digest(CopyRequest.copy(ctx, "/", ".").build())).isEqualTo(all());
  }

  @Test
  void sameTreeSameDigest() throws IOException {
    Digest first = all();
    assertThat(new ContextHasher().digest(CopyRequest.copy(ctx, "/", ".").build()))
        .isEqualTo(first);
    assertThat(all()).isEqualTo(first);
  }

  @Test
  void copyOfTheTreeElsewhereHasTheSameDigest() throws IOException {
    Path target = Files.createDirectory(tmp.resolve("copy"));
    CopyEngine.copy(CopyRequest.copy(ctx, "/", ".").build(), target);
    assertThat(hasher.digest(CopyRequest.copy(target, "/", ".").build())).isEqualTo(all());
  }

  @Test
  void touchingMtimeKeepsTheDigest() throws IOException {
    Digest before = all();
    Fs.mtime(ctx.resolve("src/a.go"), 1_000_000);
    Fs.mtime(ctx.resolve("src"), 1_000_000);
    assertThat(all()).isEqualTo(before);
  }

  @Test
  void ownerInTheContextDoesNotMatter() throws IOException {
    Digest before = all();
    Fs.chown(ctx.resolve("README"), 1000, 1000);
    assertThat(all()).isEqualTo(before);
  }

  @Test
  void ownerInAStageMatters() throws IOException {
    Digest before = digest(CopyRequest.copy(ctx, "/", ".").fromStage());
    Fs.chown(ctx.resolve("README"), 1000, 1000);
    assertThat(digest(CopyRequest.copy(ctx, "/", ".").fromStage())).isNotEqualTo(before);
  }

  @Test
  void contentChangeChangesTheDigest() throws IOException {
    Digest before = all();
    Files.writeString(ctx.resolve("src/sub/b.go"), "package c");
    assertThat(all()).isNotEqualTo(before);
  }

  @Test
  void sameSizeSameMtimeContentChangeIsSeen() throws IOException {
    Digest before = all();
    var mtime = Files.getLastModifiedTime(ctx.resolve("README"));
    Files.writeString(ctx.resolve("README"), "README"); // same size
    Files.setLastModifiedTime(ctx.resolve("README"), mtime);
    assertThat(all()).isNotEqualTo(before); // ctime is part of the memo key
  }

  @Test
  void modeChangeChangesTheDigest() throws IOException {
    Digest before = all();
    Fs.chmod(ctx.resolve("README"), 0755);
    assertThat(all()).isNotEqualTo(before);
  }

  @Test
  void linkTargetChangeChangesTheDigest() throws IOException {
    Digest before = all();
    Files.delete(ctx.resolve("src/link"));
    Fs.symlink(ctx, "src/link", "sub/b.go");
    assertThat(all()).isNotEqualTo(before);
  }

  @Test
  void renameChangesTheDigest() throws IOException {
    Digest before = all();
    Files.move(ctx.resolve("README"), ctx.resolve("README.md"));
    assertThat(all()).isNotEqualTo(before);
  }

  @Test
  void onlyWhatTheCopyReadsCounts() throws IOException {
    Digest src = digest(CopyRequest.copy(ctx, "/", "src"));
    Digest goFiles = digest(CopyRequest.copy(ctx, "/", "src/*.go"));
    Files.writeString(ctx.resolve("README"), "changed");
    assertThat(digest(CopyRequest.copy(ctx, "/", "src"))).isEqualTo(src);
    Files.writeString(ctx.resolve("src/sub/b.go"), "changed");
    assertThat(digest(CopyRequest.copy(ctx, "/", "src"))).isNotEqualTo(src);
    assertThat(digest(CopyRequest.copy(ctx, "/", "src/*.go"))).isEqualTo(goFiles);
  }

  @Test
  void excludesAndIgnoreFileApply() throws IOException {
    Digest excluded = digest(CopyRequest.copy(ctx, "/", ".").exclude("src/sub"));
    DockerIgnore ignore = DockerIgnore.parse("README\n");
    Digest ignored = digest(CopyRequest.copy(ctx, "/", ".").ignore(ignore));
    Files.writeString(ctx.resolve("src/sub/b.go"), "changed");
    Files.writeString(ctx.resolve("README"), "changed too");
    assertThat(digest(CopyRequest.copy(ctx, "/", ".").exclude("src/sub"))).isNotEqualTo(excluded);
    Digest both = digest(CopyRequest.copy(ctx, "/", ".").exclude("src/sub").ignore(ignore));
    Files.writeString(ctx.resolve("src/sub/b.go"), "changed again");
    Files.writeString(ctx.resolve("README"), "changed again");
    assertThat(digest(CopyRequest.copy(ctx, "/", ".").exclude("src/sub").ignore(ignore)))
        .isEqualTo(both);
    assertThat(ignored).isNotNull();
  }

  @Test
  void wildcardWithNoMatchHasADigest() throws IOException {
    assertThat(digest(CopyRequest.copy(ctx, "/", "nomatch*"))).isNotNull();
  }

  @Test
  void missingLiteralSourceFailsLikeTheCopy() {
    assertThatThrownBy(() -> digest(CopyRequest.copy(ctx, "/", "missing")))
        .isInstanceOf(CopyException.class)
        .hasMessage("failed to compute cache key: \"/missing\": not found");
  }

  @Test
  void contentDigestsAreMemoized() throws IOException {
    all();
    int memoized = hasher.memoized();
    assertThat(memoized).isEqualTo(3);
    all();
    assertThat(hasher.memoized()).isEqualTo(memoized);
  }
}
