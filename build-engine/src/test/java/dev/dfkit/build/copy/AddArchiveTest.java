package dev.dfkit.build.copy;

import static dev.dfkit.build.copy.Fs.exists;
import static dev.dfkit.build.copy.Fs.owner;
import static dev.dfkit.build.copy.Fs.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

class AddArchiveTest {

  @TempDir Path tmp;
  Path ctx;
  Path target;

  @BeforeEach
  void setUp() throws IOException {
    ctx = Files.createDirectory(tmp.resolve("ctx"));
    target = Files.createDirectory(tmp.resolve("target"));
  }

  static Stream<Arguments> compressions() {
    return Stream.of(
        Arguments.of("plain", (Fs.Compressor) out -> out),
        Arguments.of("gzip", (Fs.Compressor) GZIPOutputStream::new),
        Arguments.of("bzip2", (Fs.Compressor) BZip2CompressorOutputStream::new),
        Arguments.of("xz", (Fs.Compressor) out -> new XZOutputStream(out, new LZMA2Options())),
        Arguments.of("zstd", (Fs.Compressor) ZstdOutputStream::new));
  }

  private byte[] sample() throws IOException {
    return new Fs.Tar()
        .dir("etc/dnf/", 0750)
        .file("etc/dnf/dnf.conf", "content0", 0640)
        .file("implied/parent/file", "deep", 0600)
        .symlink("etc/link", "dnf/dnf.conf")
        .hardlink("etc/hard", "etc/dnf/dnf.conf")
        .bytes();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("compressions")
  void addUnpacksEachCompressionRecognisedByContent(String name, Fs.Compressor compressor)
      throws IOException {
    // The name says nothing: detection is by content.
    Files.write(ctx.resolve("archive.bin"), Fs.compress(sample(), compressor));
    CopyResult result = CopyEngine.copy(CopyRequest.add(ctx, "/", "archive.bin").build(), target);
    assertThat(result.archives()).isEqualTo(1);
    assertThat(read(target.resolve("etc/dnf/dnf.conf"))).isEqualTo("content0");
    assertThat(Fs.mode(target.resolve("etc/dnf"))).isEqualTo(0750);
    assertThat(Fs.mode(target.resolve("etc/dnf/dnf.conf"))).isEqualTo(0640);
    assertThat(Files.getLastModifiedTime(target.resolve("etc/dnf/dnf.conf")).toInstant())
        .isEqualTo(Instant.ofEpochSecond(1_500_000_000));
    assertThat(Files.getLastModifiedTime(target.resolve("etc/dnf")).toInstant())
        .isEqualTo(Instant.ofEpochSecond(1_400_000_000));
    assertThat(Fs.mode(target.resolve("implied"))).isEqualTo(0755);
    assertThat(read(target.resolve("implied/parent/file"))).isEqualTo("deep");
    assertThat(Files.readSymbolicLink(target.resolve("etc/link")))
        .isEqualTo(Path.of("dnf/dnf.conf"));
    assertThat(Fs.ino(target.resolve("etc/hard")))
        .isEqualTo(Fs.ino(target.resolve("etc/dnf/dnf.conf")));
    assertThat(exists(target.resolve("archive.bin"))).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("compressions")
  void unpackFalseCopiesTheArchiveAsIs(String name, Fs.Compressor compressor) throws IOException {
    byte[] bytes = Fs.compress(sample(), compressor);
    Files.write(ctx.resolve("t.tar"), bytes);
    CopyEngine.copy(CopyRequest.add(ctx, "/", "t.tar").unpack(false).build(), target);
    assertThat(Files.readAllBytes(target.resolve("t.tar"))).isEqualTo(bytes);
    assertThat(exists(target.resolve("etc"))).isFalse();
  }

  @Test
  void copyNeverUnpacks() throws IOException {
    byte[] bytes = Fs.compress(sample(), GZIPOutputStream::new);
    Files.write(ctx.resolve("t.tar.gz"), bytes);
    CopyEngine.copy(CopyRequest.copy(ctx, "/", "t.tar.gz").build(), target);
    assertThat(Files.readAllBytes(target.resolve("t.tar.gz"))).isEqualTo(bytes);
  }

  @Test
  void nonArchivesAreCopied() throws IOException {
    Fs.file(ctx, "fake.tar.gz", "not really gzip");
    Files.write(
        ctx.resolve("gzip-not-tar.gz"),
        Fs.compress("plain text".getBytes(), GZIPOutputStream::new));
    Files.write(ctx.resolve("empty.tar"), new Fs.Tar().bytes()); // only end-of-archive blocks
    CopyEngine.copy(
        CopyRequest.add(ctx, "/d/", "fake.tar.gz", "gzip-not-tar.gz", "empty.tar").build(), target);
    assertThat(Fs.tree(target))
        .containsExactly("d/", "d/empty.tar", "d/fake.tar.gz", "d/gzip-not-tar.gz");
  }

  @Test
  void destinationWithoutSlashIsADirectoryForArchives() throws IOException {
    Files.write(ctx.resolve("t.tar"), new Fs.Tar().file("foo", "content0", 0644).bytes());
    Files.write(ctx.resolve("b.tar"), new Fs.Tar().file("bar", "content1", 0644).bytes());
    CopyEngine.copy(CopyRequest.add(ctx, "/dest", "*.tar").build(), target);
    assertThat(read(target.resolve("dest/foo"))).isEqualTo("content0");
    assertThat(read(target.resolve("dest/bar"))).isEqualTo("content1");
  }

  @Test
  void ownersComeFromTheArchiveUnlessChown() throws IOException {
    Files.write(ctx.resolve("t.tar"), new Fs.Tar().owned("foo", "content0", 42, 43).bytes());
    CopyEngine.copy(CopyRequest.add(ctx, "/a/", "t.tar").build(), target);
    CopyEngine.copy(CopyRequest.add(ctx, "/out/", "t.tar").chown(100, 200).build(), target);
    assertThat(owner(target.resolve("a/foo"))).isEqualTo("42:43");
    assertThat(owner(target.resolve("out/foo"))).isEqualTo("100:200");
    assertThat(owner(target.resolve("out"))).isEqualTo("100:200");
  }

  @Test
  void chmodDoesNotApplyToUnpackedFiles() throws IOException {
    Files.write(ctx.resolve("t.tar"), new Fs.Tar().file("foo", "x", 0600).bytes());
    CopyEngine.copy(CopyRequest.add(ctx, "/o/", "t.tar").chmod("755").build(), target);
    assertThat(Fs.mode(target.resolve("o/foo"))).isEqualTo(0600);
  }

  @Test
  void existingFilesAreReplacedAndDirectoriesMerged() throws IOException {
    Fs.file(target, "d/keep", "kept");
    Fs.file(target, "d/foo", "old");
    Fs.file(target, "d/wasdir/inner", "gone");
    Files.write(
        ctx.resolve("t.tar"),
        new Fs.Tar()
            .dir("d", 0755)
            .file("d/foo", "new", 0644)
            .file("d/wasdir", "now a file", 0644)
            .bytes());
    CopyEngine.copy(CopyRequest.add(ctx, "/", "t.tar").build(), target);
    assertThat(read(target.resolve("d/keep"))).isEqualTo("kept");
    assertThat(read(target.resolve("d/foo"))).isEqualTo("new");
    assertThat(read(target.resolve("d/wasdir"))).isEqualTo("now a file");
  }

  @Test
  void extractionFollowsAbsoluteSymlinksInsideTheDestination() throws IOException {
    // BuildKit testDockerfileAddArchiveThroughAbsoluteSymlink
    Files.write(
        ctx.resolve("rootfs.tar"),
        new Fs.Tar().dir("run/", 0755).dir("var/", 0755).symlink("var/run", "/run").bytes());
    Files.write(
        ctx.resolve("payload.tar"),
        new Fs.Tar()
            .dir("var/run/act/", 0755)
            .file("var/run/act/HEAD", "ref: refs/heads/main\n", 0644)
            .hardlink("var/run/act/HEAD.link", "var/run/act/HEAD")
            .bytes());
    CopyEngine.copy(CopyRequest.add(ctx, "/", "rootfs.tar").build(), target);
    CopyEngine.copy(CopyRequest.add(ctx, "/", "payload.tar").build(), target);
    assertThat(read(target.resolve("run/act/HEAD"))).isEqualTo("ref: refs/heads/main\n");
    assertThat(Fs.ino(target.resolve("run/act/HEAD.link")))
        .isEqualTo(Fs.ino(target.resolve("run/act/HEAD")));
  }

  @Test
  void archiveLinksPointingOutAreConfinedToTheDestination() throws IOException {
    Path victim = Files.createDirectory(tmp.resolve("victim"));
    Files.write(
        ctx.resolve("evil.tar"),
        new Fs.Tar()
            .symlink("abs", victim.toString())
            .file("abs/planted", "abs", 0644)
            .symlink("rel", "../../../../../../../" + victim)
            .file("rel/planted2", "rel", 0644)
            .bytes());
    CopyEngine.copy(CopyRequest.add(ctx, "/dest/", "evil.tar").build(), target);
    assertThat(Fs.tree(victim)).isEmpty();
    // the links stay as written; what went through them landed inside /dest
    assertThat(Files.readSymbolicLink(target.resolve("dest/abs"))).isEqualTo(victim);
    assertThat(
            read(target.resolve("dest").resolve(victim.toString().substring(1)).resolve("planted")))
        .isEqualTo("abs");
    assertThat(
            read(
                target.resolve("dest").resolve(victim.toString().substring(1)).resolve("planted2")))
        .isEqualTo("rel");
  }

  @Test
  void archiveEntriesClimbingOutAreRejected() throws IOException {
    Files.write(ctx.resolve("dotdot.tar"), new Fs.Tar().file("../escape", "x", 0644).bytes());
    assertThatThrownBy(
            () -> CopyEngine.copy(CopyRequest.add(ctx, "/dest/", "dotdot.tar").build(), target))
        .isInstanceOf(CopyException.class)
        .hasMessageContaining("\"../escape\" is outside of \"/dest\"")
        .extracting(e -> ((CopyException) e).reason())
        .isEqualTo(CopyException.Reason.ARCHIVE);
    assertThat(exists(target.resolve("escape"))).isFalse();
    assertThat(exists(tmp.resolve("escape"))).isFalse();

    Files.write(ctx.resolve("hard.tar"), new Fs.Tar().hardlink("h", "../../etc/passwd").bytes());
    assertThatThrownBy(
            () -> CopyEngine.copy(CopyRequest.add(ctx, "/dest/", "hard.tar").build(), target))
        .hasMessageContaining("invalid hardlink");
    assertThat(exists(target.resolve("dest/h"))).isFalse();
  }

  @Test
  void absoluteEntryNamesStayInsideTheDestination() throws IOException {
    Files.write(ctx.resolve("abs.tar"), new Fs.Tar().file("/etc/abs", "x", 0644).bytes());
    CopyEngine.copy(CopyRequest.add(ctx, "/dest/", "abs.tar").build(), target);
    assertThat(read(target.resolve("dest/etc/abs"))).isEqualTo("x");
  }

  @Test
  void fifoEntriesAreCreated() throws IOException {
    Files.write(ctx.resolve("f.tar"), new Fs.Tar().fifo("pipe").bytes());
    CopyEngine.copy(CopyRequest.add(ctx, "/", "f.tar").build(), target);
    int mode =
        (Integer)
            Files.getAttribute(target.resolve("pipe"), "unix:mode", LinkOption.NOFOLLOW_LINKS);
    assertThat(mode & FileStat.S_IFMT).isEqualTo(FileStat.S_IFIFO);
    assertThat(mode & 07777).isEqualTo(0640);
  }

  @Test
  void archiveBehindASymlinkSourceIsUnpacked() throws IOException {
    Files.write(ctx.resolve("real.tar"), new Fs.Tar().file("inside", "x", 0644).bytes());
    Fs.symlink(ctx, "link.tar", "real.tar");
    CopyEngine.copy(CopyRequest.add(ctx, "/o/", "link.tar").build(), target);
    assertThat(read(target.resolve("o/inside"))).isEqualTo("x");
  }

  @Test
  void archiveOntoAFileIsAnError() throws IOException {
    Files.write(ctx.resolve("t.tar"), new Fs.Tar().file("inside", "x", 0644).bytes());
    Fs.file(target, "dest", "a file");
    assertThatThrownBy(
            () -> CopyEngine.copy(CopyRequest.add(ctx, "/dest", "t.tar").build(), target))
        .hasMessage("mkdir /dest: not a directory");
  }
}
