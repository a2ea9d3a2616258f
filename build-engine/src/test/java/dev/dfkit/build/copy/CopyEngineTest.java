package dev.dfkit.build.copy;

import static dev.dfkit.build.copy.Fs.dir;
import static dev.dfkit.build.copy.Fs.exists;
import static dev.dfkit.build.copy.Fs.file;
import static dev.dfkit.build.copy.Fs.mode;
import static dev.dfkit.build.copy.Fs.owner;
import static dev.dfkit.build.copy.Fs.read;
import static dev.dfkit.build.copy.Fs.symlink;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dfkit.parser.ignore.DockerIgnore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopyEngineTest {

  @TempDir Path tmp;
  Path ctx;
  Path target;

  @BeforeEach
  void setUp() throws IOException {
    ctx = Files.createDirectory(tmp.resolve("ctx"));
    target = Files.createDirectory(tmp.resolve("target"));
  }

  private CopyResult copy(CopyRequest.Builder request) throws IOException {
    return CopyEngine.copy(request.build(), target);
  }

  private static CopyRequest.Builder copyOf(Path root, String dest, String... sources) {
    return CopyRequest.copy(root, dest, sources);
  }

  // --- destinations -------------------------------------------------------------------------

  @Test
  void fileToFile() throws IOException {
    file(ctx, "foo", "hello");
    copy(copyOf(ctx, "/bar", "foo"));
    assertThat(read(target.resolve("bar"))).isEqualTo("hello");
    assertThat(Fs.tree(target)).containsExactly("bar");
  }

  @Test
  void fileToDirectoryWithSlashCreatesIt() throws IOException {
    file(ctx, "foo", "hello");
    copy(copyOf(ctx, "/a/b/", "foo"));
    assertThat(read(target.resolve("a/b/foo"))).isEqualTo("hello");
    assertThat(mode(target.resolve("a"))).isEqualTo(0755);
    assertThat(mode(target.resolve("a/b"))).isEqualTo(0755);
  }

  @Test
  void fileIntoExistingDirectory() throws IOException {
    file(ctx, "foo", "hello");
    dir(target, "existing");
    copy(copyOf(ctx, "/existing", "foo"));
    assertThat(read(target.resolve("existing/foo"))).isEqualTo("hello");
  }

  @Test
  void fileReplacesExistingFile() throws IOException {
    file(ctx, "foo", "new");
    file(target, "bar", "old");
    copy(copyOf(ctx, "/bar", "foo"));
    assertThat(read(target.resolve("bar"))).isEqualTo("new");
  }

  @Test
  void relativeDestinationUsesWorkdir() throws IOException {
    file(ctx, "foo", "hello");
    copy(copyOf(ctx, "sub/x", "foo").workdir("/work/dir"));
    copy(copyOf(ctx, ".", "foo").workdir("/work/dir"));
    copy(copyOf(ctx, "", "foo").workdir("/w2"));
    copy(copyOf(ctx, "../up/", "foo").workdir("/work/dir"));
    assertThat(read(target.resolve("work/dir/sub/x"))).isEqualTo("hello");
    assertThat(read(target.resolve("work/dir/foo"))).isEqualTo("hello");
    assertThat(read(target.resolve("w2/foo"))).isEqualTo("hello");
    assertThat(read(target.resolve("work/up/foo"))).isEqualTo("hello");
  }

  @Test
  void severalSourcesGoIntoADirectory() throws IOException {
    file(ctx, "a", "A");
    file(ctx, "b", "B");
    copy(copyOf(ctx, "/dest", "a", "b"));
    assertThat(read(target.resolve("dest/a"))).isEqualTo("A");
    assertThat(read(target.resolve("dest/b"))).isEqualTo("B");
  }

  @Test
  void severalWildcardMatchesGoIntoADirectory() throws IOException {
    file(ctx, "a.txt", "A");
    file(ctx, "b.txt", "B");
    copy(copyOf(ctx, "/dest", "*.txt"));
    assertThat(Fs.tree(target)).containsExactly("dest/", "dest/a.txt", "dest/b.txt");
  }

  @Test
  void directoryCopiesItsContents() throws IOException {
    file(ctx, "dir/a", "A");
    file(ctx, "dir/sub/b", "B");
    copy(copyOf(ctx, "/out", "dir"));
    assertThat(Fs.tree(target)).containsExactly("out/", "out/a", "out/sub/", "out/sub/b");
  }

  @Test
  void directoryMergesIntoExistingDirectory() throws IOException {
    file(ctx, "dir/a", "A");
    file(target, "out/keep", "K");
    copy(copyOf(ctx, "/out/", "dir"));
    assertThat(Fs.tree(target)).containsExactly("out/", "out/a", "out/keep");
  }

  @Test
  void directoryOntoFileIsAnError() throws IOException {
    file(ctx, "dir/a", "A");
    file(target, "out", "file");
    assertThatThrownBy(() -> copy(copyOf(ctx, "/out", "dir")))
        .isInstanceOf(CopyException.class)
        .hasMessage("cannot copy to non-directory: /out");
  }

  @Test
  void fileOntoDirectoryInsideTreeIsAnError() throws IOException {
    file(ctx, "dir/x", "file");
    file(target, "out/x/inner", "dir in the way");
    assertThatThrownBy(() -> copy(copyOf(ctx, "/out", "dir")))
        .isInstanceOf(CopyException.class)
        .hasMessage("cannot replace to directory /out/x with file");
  }

  @Test
  void rootSourceCopiesTheWholeContext() throws IOException {
    file(ctx, "a", "A");
    file(ctx, "d/b", "B");
    copy(copyOf(ctx, "/all/", "."));
    copy(copyOf(ctx, "/all2", "/"));
    assertThat(Fs.tree(target.resolve("all"))).containsExactly("a", "d/", "d/b");
    assertThat(Fs.tree(target.resolve("all2"))).containsExactly("a", "d/", "d/b");
  }

  // --- wildcards and missing sources ---------------------------------------------------------

  @Test
  void wildcardMatchingNothingCopiesNothing() throws IOException {
    file(ctx, "foo", "x");
    CopyResult result = copy(copyOf(ctx, "/new/", "nomatch*"));
    assertThat(result.items()).isEmpty();
    assertThat(Fs.tree(target)).isEmpty();
  }

  @Test
  void wildcardsMatchPerSegmentWithGoSyntax() throws IOException {
    file(ctx, "sub/a1/x.go", "1");
    file(ctx, "sub/b2/x.go", "2");
    file(ctx, "sub/a1/deeper/x.go", "deep");
    file(ctx, "f[1].txt", "literal brackets");
    copy(copyOf(ctx, "/o/", "sub/[a-b]?/x.go"));
    copy(copyOf(ctx, "/p/", "f\\[1\\].*"));
    assertThat(Fs.tree(target.resolve("o"))).containsExactly("x.go");
    assertThat(read(target.resolve("o/x.go"))).isEqualTo("2"); // later match wins
    assertThat(read(target.resolve("p/f[1].txt"))).isEqualTo("literal brackets");
  }

  @Test
  void missingLiteralSourceIsNotFound() throws IOException {
    file(ctx, "foo", "x");
    assertThatThrownBy(() -> copy(copyOf(ctx, "/", "foo", "missing/x")))
        .isInstanceOf(CopyException.class)
        .hasMessage("failed to compute cache key: \"/missing/x\": not found")
        .extracting(e -> ((CopyException) e).reason())
        .isEqualTo(CopyException.Reason.NOT_FOUND);
    assertThat(Fs.tree(target)).isEmpty(); // nothing written before the failure
  }

  @Test
  void ignoredSourceIsNotFound() throws IOException {
    file(ctx, "secret.txt", "x");
    file(ctx, "ok.txt", "y");
    DockerIgnore ignore = DockerIgnore.parse("secret.txt\n");
    assertThatThrownBy(() -> copy(copyOf(ctx, "/", "secret.txt").ignore(ignore)))
        .hasMessage("failed to compute cache key: \"/secret.txt\": not found");
    copy(copyOf(ctx, "/out/", "*.txt").ignore(ignore));
    assertThat(Fs.tree(target)).containsExactly("out/", "out/ok.txt");
  }

  @Test
  void ignoreFileAppliesInsideDirectoriesWithExceptions() throws IOException {
    file(ctx, "foo", "f");
    file(ctx, "bar", "b");
    file(ctx, "baz", "z");
    file(ctx, "bay", "y");
    file(ctx, "logs/a.log", "a");
    file(ctx, "logs/keep.log", "k");
    DockerIgnore ignore = DockerIgnore.parse("ba*\n!bay\nlogs\n!logs/keep.log\n");
    copy(copyOf(ctx, "/", ".").ignore(ignore));
    assertThat(Fs.tree(target)).containsExactly("bay", "foo", "logs/", "logs/keep.log");
  }

  @Test
  void wildcardUnderMissingDirectoryFailsLikeBuildKit() throws IOException {
    assertThatThrownBy(() -> copy(copyOf(ctx, "/", "nodir/*.txt")))
        .isInstanceOf(CopyException.class)
        .hasMessage("lstat /nodir: no such file or directory");
  }

  // --- ownership, modes, times ---------------------------------------------------------------

  @Test
  void contextFilesBelongToRootUnlessChown() throws IOException {
    Path f = file(ctx, "foo", "x");
    Fs.chown(f, 1234, 5678);
    copy(copyOf(ctx, "/a", "foo"));
    copy(copyOf(ctx, "/b/c/", "foo").chown(1000, 1001));
    assertThat(owner(target.resolve("a"))).isEqualTo("0:0");
    assertThat(owner(target.resolve("b/c/foo"))).isEqualTo("1000:1001");
    // created parents take the --chown identity too
    assertThat(owner(target.resolve("b"))).isEqualTo("1000:1001");
    assertThat(owner(target.resolve("b/c"))).isEqualTo("1000:1001");
  }

  @Test
  void stageFilesKeepTheirOwners() throws IOException {
    Path stage = Files.createDirectory(tmp.resolve("stage"));
    Fs.chown(file(stage, "file", "x"), 100, 200);
    Fs.chown(dir(stage, "dir"), 100, 200);
    Fs.chown(dir(stage, "dir/subdir"), 101, 201);
    Fs.chown(file(stage, "dir/subdir/nestedfile", ""), 102, 202);
    copy(copyOf(stage, "/", "/file").fromStage());
    copy(copyOf(stage, "/dir", "/dir").fromStage());
    assertThat(owner(target.resolve("file"))).isEqualTo("100:200");
    assertThat(owner(target.resolve("dir"))).isEqualTo("0:0"); // created as root
    assertThat(owner(target.resolve("dir/subdir"))).isEqualTo("101:201");
    assertThat(owner(target.resolve("dir/subdir/nestedfile"))).isEqualTo("102:202");
  }

  @Test
  void modesArePreservedUnlessChmod() throws IOException {
    file(ctx, "exec", "x", 0750);
    file(ctx, "suid", "x", 04755);
    dir(ctx, "d/inner", 0700);
    copy(copyOf(ctx, "/", "exec", "suid"));
    copy(copyOf(ctx, "/d/", "d"));
    assertThat(mode(target.resolve("exec"))).isEqualTo(0750);
    assertThat(mode(target.resolve("suid"))).isEqualTo(04755);
    assertThat(mode(target.resolve("d/inner"))).isEqualTo(0700);
  }

  @Test
  void chmodAppliesToFilesDirectoriesAndCreatedParents() throws IOException {
    file(ctx, "foo", "x", 0600);
    file(ctx, "d/sub/f", "x", 0600);
    copy(copyOf(ctx, "/parent/sub/foo", "foo").chmod("770"));
    copy(copyOf(ctx, "/tree/", "d").chmod("0751"));
    assertThat(mode(target.resolve("parent"))).isEqualTo(0770);
    assertThat(mode(target.resolve("parent/sub"))).isEqualTo(0770);
    assertThat(mode(target.resolve("parent/sub/foo"))).isEqualTo(0770);
    assertThat(mode(target.resolve("tree/sub"))).isEqualTo(0751);
    assertThat(mode(target.resolve("tree/sub/f"))).isEqualTo(0751);
  }

  @Test
  void symbolicChmodEditsTheSourceBits() throws IOException {
    file(ctx, "file", "x", 0666);
    dir(ctx, "in/dir", 0124);
    copy(copyOf(ctx, "/f1", "file").chmod("go-w"));
    copy(copyOf(ctx, "/f3", "file").chmod("a+X"));
    copy(copyOf(ctx, "/d/", "in").chmod("u+rw,g+r,o-x,o+w"));
    copy(copyOf(ctx, "/x/", "in").chmod("a+X"));
    assertThat(mode(target.resolve("f1"))).isEqualTo(0644);
    assertThat(mode(target.resolve("f3"))).isEqualTo(0666);
    assertThat(mode(target.resolve("d/dir"))).isEqualTo(0766);
    assertThat(mode(target.resolve("x/dir"))).isEqualTo(0135);
    assertThat(mode(target.resolve("d"))).isEqualTo(0755); // created with a symbolic mode
  }

  @Test
  void timesArePreserved() throws IOException {
    Path f = file(ctx, "d/f", "x");
    Files.setLastModifiedTime(f, FileTime.from(Instant.ofEpochSecond(1_000_000_000, 123_456_789)));
    Fs.mtime(ctx.resolve("d"), 1_100_000_000);
    Fs.mtime(ctx.resolve("d"), 1_100_000_000);
    copy(copyOf(ctx, "/out/", "d"));
    Path dir = Files.createDirectories(ctx.resolve("e/inner"));
    Fs.mtime(dir, 1_200_000_000);
    copy(copyOf(ctx, "/e/", "e"));
    assertThat(Files.getLastModifiedTime(target.resolve("out/f")).toInstant())
        .isEqualTo(Instant.ofEpochSecond(1_000_000_000, 123_456_789));
    // the destination directory takes the source directory's times
    assertThat(Files.getLastModifiedTime(target.resolve("out")).toInstant())
        .isEqualTo(Instant.ofEpochSecond(1_100_000_000));
    assertThat(Files.getLastModifiedTime(target.resolve("e/inner")).toInstant())
        .isEqualTo(Instant.ofEpochSecond(1_200_000_000));
  }

  @Test
  void existingDestinationDirectoryKeepsOwnerAndMode() throws IOException {
    file(ctx, "d/f", "x");
    Path existing = dir(target, "existing", 0700);
    Fs.chown(existing, 500, 600);
    copy(copyOf(ctx, "/existing", "d").chown(1, 2));
    assertThat(owner(existing)).isEqualTo("500:600");
    assertThat(mode(existing)).isEqualTo(0700);
    assertThat(owner(existing.resolve("f"))).isEqualTo("1:2");
  }

  // --- links and special files ---------------------------------------------------------------

  @Test
  void symlinksInsideDirectoriesAreCopiedAsLinks() throws IOException {
    file(ctx, "d/real", "r");
    symlink(ctx, "d/rel", "real");
    symlink(ctx, "d/abs", "/etc/passwd");
    symlink(ctx, "d/dangling", "nowhere");
    copy(copyOf(ctx, "/out/", "d"));
    assertThat(Files.readSymbolicLink(target.resolve("out/rel"))).isEqualTo(Path.of("real"));
    assertThat(Files.readSymbolicLink(target.resolve("out/abs"))).isEqualTo(Path.of("/etc/passwd"));
    assertThat(Files.readSymbolicLink(target.resolve("out/dangling")))
        .isEqualTo(Path.of("nowhere"));
    assertThat(owner(target.resolve("out/rel"))).isEqualTo("0:0");
  }

  @Test
  void symlinkNamedAsSourceIsFollowed() throws IOException {
    file(ctx, "bar", "bar-contents");
    symlink(ctx, "foo", "bar");
    file(ctx, "sub/subfile", "subfile-contents");
    symlink(ctx, "sub/l0", "subfile");
    copy(copyOf(ctx, "/", "foo"));
    copy(copyOf(ctx, "/alllinks/", "sub/l*"));
    assertThat(Files.isSymbolicLink(target.resolve("foo"))).isFalse();
    assertThat(read(target.resolve("foo"))).isEqualTo("bar-contents");
    assertThat(read(target.resolve("alllinks/l0"))).isEqualTo("subfile-contents");
  }

  @Test
  void symlinkedDirectoryOnTheSourcePathIsFollowed() throws IOException {
    file(ctx, "sub/foo", "contents");
    symlink(ctx, "link", "sub");
    copy(copyOf(ctx, "/", "link/foo"));
    copy(copyOf(ctx, "/viadir/", "link"));
    assertThat(read(target.resolve("foo"))).isEqualTo("contents");
    assertThat(read(target.resolve("viadir/foo"))).isEqualTo("contents");
  }

  @Test
  void hardLinksInsideOneItemAreKept() throws IOException {
    Path a = file(ctx, "d/a", "same");
    Files.createLink(ctx.resolve("d/b"), a);
    CopyResult result = copy(copyOf(ctx, "/out/", "d"));
    assertThat(Fs.ino(target.resolve("out/a"))).isEqualTo(Fs.ino(target.resolve("out/b")));
    assertThat(result.hardlinks()).isEqualTo(1);
    assertThat(result.files()).isEqualTo(1);
  }

  @Test
  void fifosAreRecreatedAndSocketsBecomeEmptyFiles() throws Exception {
    dir(ctx, "d");
    Process p =
        new ProcessBuilder("mkfifo", "-m", "0640", ctx.resolve("d/fifo").toString()).start();
    assertThat(p.waitFor()).isZero();
    java.net.UnixDomainSocketAddress address =
        java.net.UnixDomainSocketAddress.of(ctx.resolve("d/socket.sock"));
    try (var channel =
        java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
      channel.bind(address);
      copy(copyOf(ctx, "/out/", "d"));
    }
    var fifo =
        Files.readAttributes(target.resolve("out/fifo"), "unix:mode", LinkOption.NOFOLLOW_LINKS);
    assertThat((Integer) fifo.get("mode") & FileStat.S_IFMT).isEqualTo(FileStat.S_IFIFO);
    assertThat(mode(target.resolve("out/fifo"))).isEqualTo(0640);
    assertThat(Files.isRegularFile(target.resolve("out/socket.sock"), LinkOption.NOFOLLOW_LINKS))
        .isTrue();
  }

  @Test
  void userExtendedAttributesAreCopied() throws IOException {
    Path f = file(ctx, "f", "x");
    var view =
        Files.getFileAttributeView(f, java.nio.file.attribute.UserDefinedFileAttributeView.class);
    try {
      view.write("dfkit.test", java.nio.ByteBuffer.wrap("v".getBytes()));
    } catch (IOException e) {
      org.junit.jupiter.api.Assumptions.abort("no user xattrs on this file system: " + e);
    }
    copy(copyOf(ctx, "/", "f"));
    var copied =
        Files.getFileAttributeView(
            target.resolve("f"), java.nio.file.attribute.UserDefinedFileAttributeView.class);
    assertThat(copied.list()).contains("dfkit.test");
  }

  // --- --exclude and --parents ---------------------------------------------------------------

  @Test
  void excludePatternsApplyBelowEachSource() throws IOException {
    file(ctx, "dir1/file-101.png", "2");
    file(ctx, "dir1/file-102.txt", "3");
    file(ctx, "dir2/file-201.pdf", "6");
    copy(copyOf(ctx, "/1", ".").exclude("*/*.png"));
    copy(copyOf(ctx, "/4/", "dir*").exclude("*.png", "*.pdf"));
    assertThat(Fs.tree(target.resolve("1")))
        .containsExactly("dir1/", "dir1/file-102.txt", "dir2/", "dir2/file-201.pdf");
    assertThat(Fs.tree(target.resolve("4"))).containsExactly("file-102.txt");
  }

  @Test
  void excludeWithExceptionWalksExcludedDirectories() throws IOException {
    file(ctx, "d/logs/a.log", "a");
    file(ctx, "d/logs/keep.log", "k");
    file(ctx, "d/other", "o");
    copy(copyOf(ctx, "/o/", "d").exclude("logs", "!logs/keep.log"));
    assertThat(Fs.tree(target.resolve("o"))).containsExactly("logs/", "logs/keep.log", "other");
  }

  @Test
  void excludingEverythingLeavesAnEmptyDestination() throws IOException {
    file(ctx, "dir1/a", "a");
    file(ctx, "dir2/b", "b");
    copy(CopyRequest.add(ctx, "/6", "dir*").exclude("*"));
    assertThat(Fs.tree(target)).containsExactly("6/");
  }

  @Test
  void parentsKeepTheSourcePath() throws IOException {
    file(ctx, "foo1/foo2/bar", "testing");
    file(ctx, "foo1/foo2/baz", "testing2");
    file(ctx, "foo1/other", "no");
    copy(copyOf(ctx, "/", "foo1/foo2/bar").parents());
    copy(copyOf(ctx, ".", "foo1/foo2/ba*").parents().workdir("/test"));
    assertThat(read(target.resolve("foo1/foo2/bar"))).isEqualTo("testing");
    assertThat(exists(target.resolve("foo1/other"))).isFalse();
    assertThat(Fs.tree(target.resolve("test")))
        .containsExactly("foo1/", "foo1/foo2/", "foo1/foo2/bar", "foo1/foo2/baz");
  }

  @Test
  void parentsMissingLiteralIsNotFound() {
    assertThatThrownBy(() -> copy(copyOf(ctx, "/out/", "test/nonexistent-file").parents()))
        .hasMessage("failed to compute cache key: \"/test/nonexistent-file\": not found");
  }

  // --- escapes --------------------------------------------------------------------------------

  @Test
  void dotDotOutOfTheContextIsForbidden() throws IOException {
    file(tmp, "outside", "secret");
    assertThatThrownBy(() -> copy(copyOf(ctx, "/", "../outside")))
        .isInstanceOf(CopyException.class)
        .hasMessage("COPY ../outside: forbidden path outside the build context");
    assertThatThrownBy(() -> copy(copyOf(ctx, "/", "/a/../../outside")))
        .hasMessageContaining("forbidden path outside the build context");
    assertThat(Fs.tree(target)).isEmpty();
  }

  @Test
  void symlinkOutOfTheContextIsForbidden() throws IOException {
    file(tmp, "outside/secret", "secret");
    symlink(ctx, "abs", tmp.resolve("outside").toString());
    symlink(ctx, "rel", "../outside");
    assertThatThrownBy(() -> copy(copyOf(ctx, "/", "abs/secret")))
        .isInstanceOf(CopyException.class)
        .extracting(e -> ((CopyException) e).reason())
        .isEqualTo(CopyException.Reason.OUTSIDE_ROOT);
    assertThatThrownBy(() -> copy(copyOf(ctx, "/", "rel")))
        .hasMessageStartingWith("COPY rel: forbidden path outside the build context");
    // a wildcard match that is a link is followed too
    assertThatThrownBy(() -> copy(copyOf(ctx, "/", "re*")))
        .hasMessageContaining("forbidden path outside the build context");
    // but a wildcard walk never goes through a link (filepath.Walk does not)
    assertThat(copy(copyOf(ctx, "/", "re*/secret")).items()).isEmpty();
    assertThat(Fs.tree(target)).isEmpty();
  }

  @Test
  void stageSymlinksResolveInsideTheStageRoot() throws IOException {
    Path stage = Files.createDirectory(tmp.resolve("stage"));
    file(stage, "out/sub/foo", "data");
    symlink(stage, "sub", "/out/sub");
    symlink(stage, "sub2", "out/sub");
    symlink(stage, "up", "../../../out");
    copy(copyOf(stage, "/", "/sub/foo").fromStage());
    copy(copyOf(stage, "/bar", "/sub2/foo").fromStage());
    copy(copyOf(stage, "/baz", "/up/sub/foo").fromStage());
    assertThat(read(target.resolve("foo"))).isEqualTo("data");
    assertThat(read(target.resolve("bar"))).isEqualTo("data");
    assertThat(read(target.resolve("baz"))).isEqualTo("data");
  }

  @Test
  void destinationSymlinksResolveInsideTheTarget() throws IOException {
    Path outside = Files.createDirectory(tmp.resolve("host-dir"));
    file(ctx, "foo", "x");
    symlink(target, "abs", outside.toString());
    symlink(target, "rel", "../../../host-dir");
    symlink(target, "symlink", "../tmp/symlink-target");
    copy(copyOf(ctx, "/abs/", "foo"));
    copy(copyOf(ctx, "/rel/", "foo"));
    copy(copyOf(ctx, "/symlink/", "foo"));
    assertThat(Fs.tree(outside)).isEmpty();
    assertThat(read(target.resolve(outside.toString().substring(1)).resolve("foo"))).isEqualTo("x");
    assertThat(read(target.resolve("host-dir/foo"))).isEqualTo("x");
    assertThat(read(target.resolve("tmp/symlink-target/foo"))).isEqualTo("x");
  }

  @Test
  void symlinkInTheWayInsideACopiedTreeIsReplacedNotFollowed() throws IOException {
    Path outside = Files.createDirectory(tmp.resolve("victim"));
    file(ctx, "d/f", "payload");
    dir(target, "out");
    symlink(target, "out/f", outside.resolve("f").toString());
    copy(copyOf(ctx, "/out/", "d"));
    assertThat(Files.isSymbolicLink(target.resolve("out/f"))).isFalse();
    assertThat(read(target.resolve("out/f"))).isEqualTo("payload");
    assertThat(Fs.tree(outside)).isEmpty();
  }

  @Test
  void directoryOntoSymlinkInsideTreeIsAnError() throws IOException {
    Path outside = Files.createDirectory(tmp.resolve("victim"));
    file(ctx, "d/sub/f", "payload");
    dir(target, "out");
    symlink(target, "out/sub", outside.toString());
    assertThatThrownBy(() -> copy(copyOf(ctx, "/out/", "d")))
        .hasMessage("cannot copy to non-directory: /out/sub");
    assertThat(Fs.tree(outside)).isEmpty();
  }

  // --- the result -----------------------------------------------------------------------------

  @Test
  void resultCountsWhatWasWritten() throws IOException {
    file(ctx, "d/a", "12345");
    symlink(ctx, "d/l", "a");
    CopyResult result = copy(copyOf(ctx, "/o/", "d"));
    assertThat(result.items()).containsExactly("d");
    assertThat(result.files()).isEqualTo(1);
    assertThat(result.symlinks()).isEqualTo(1);
    assertThat(result.bytes()).isEqualTo(5);
  }

  @Test
  void requestKeepsTheBriefsConstructor() throws IOException {
    file(ctx, "foo", "x");
    CopyRequest request =
        new CopyRequest(
            ctx,
            List.of("foo"),
            "bar",
            "/w",
            Optional.empty(),
            Optional.empty(),
            false,
            List.of(),
            false,
            Optional.empty(),
            DockerIgnore.empty());
    assertThat(request.sourceKind()).isEqualTo(SourceKind.CONTEXT);
    CopyEngine.copy(request, target);
    assertThat(read(target.resolve("w/bar"))).isEqualTo("x");
  }
}
