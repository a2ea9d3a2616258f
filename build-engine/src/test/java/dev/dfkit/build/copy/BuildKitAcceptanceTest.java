package dev.dfkit.build.copy;

import static dev.dfkit.build.copy.Fs.dir;
import static dev.dfkit.build.copy.Fs.file;
import static dev.dfkit.build.copy.Fs.symlink;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dfkit.parser.ignore.DockerIgnore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cases transcribed from BuildKit's frontend/dockerfile tests (dockerfile_copy_test.go,
 * dockerfile_add_test.go, dockerfile_parents_test.go, exclude_patterns_test.go,
 * dockerfile_dockerignore_test.go, dockerfile_core_test.go), reduced to what this layer does: a
 * context (and a stage file system), COPY/ADD/WORKDIR lines, and the files that must result.
 */
class BuildKitAcceptanceTest {

  interface Setup {
    void run(Path context, Path stage, Path target) throws IOException;
  }

  record Case(String name, Setup setup, String dockerfile, String checks, String error) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Case ok(String name, Setup setup, String dockerfile, String checks) {
    return new Case(name, setup, dockerfile, checks, null);
  }

  static Case fails(String name, Setup setup, String dockerfile, String error) {
    return new Case(name, setup, dockerfile, "", error);
  }

  static Stream<Case> cases() {
    return Stream.of(
        ok(
            "testCopyWildcards",
            (c, s, t) -> {
              file(c, "foo.go", "foo-contents");
              file(c, "bar.go", "bar-contents");
              file(c, "sub/dir1/dir2/foo", "foo-contents");
            },
            """
            COPY *.go /gofiles/
            COPY f*.go foo2.go
            COPY sub/* /subdest/
            COPY sub/*/dir2/foo /subdest2/
            COPY sub/*/dir2/foo /subdest3/bar
            COPY . all/
            COPY sub/dir1/ subdest4
            COPY sub/dir1/. subdest5
            COPY sub/dir1 subdest6
            """,
            """
            file gofiles/foo.go = foo-contents
            file gofiles/bar.go = bar-contents
            file foo2.go = foo-contents
            file subdest/dir2/foo = foo-contents
            file subdest2/foo = foo-contents
            file subdest3/bar = foo-contents
            file all/foo.go = foo-contents
            file subdest4/dir2/foo = foo-contents
            file subdest5/dir2/foo = foo-contents
            file subdest6/dir2/foo = foo-contents
            """),
        ok(
            "testCopyRelative",
            (c, s, t) -> file(c, "foo", "hello"),
            """
            WORKDIR /test1
            WORKDIR test2
            COPY foo ./
            ADD foo ./bar/baz
            COPY foo ./bar/baz2
            WORKDIR ..
            COPY foo ./
            COPY foo /test3/
            WORKDIR /test4
            COPY . .
            WORKDIR /test5/test6
            COPY foo ../
            """,
            """
            file test1/test2/foo = hello
            file test1/test2/bar/baz = hello
            file test1/test2/bar/baz2 = hello
            file test1/foo = hello
            file test3/foo = hello
            file test4/foo = hello
            file test5/foo = hello
            """),
        ok(
            "testCopyOverrideFiles",
            (c, s, t) -> {
              file(c, "sub/dir1/dir2/foo", "foo-contents");
              file(c, "files/foo.go", "foo.go-contents");
            },
            """
            COPY sub sub
            COPY sub sub
            COPY files/foo.go dest/foo.go
            COPY files/foo.go dest/foo.go
            COPY files dest
            """,
            """
            file sub/dir1/dir2/foo = foo-contents
            file dest/foo.go = foo.go-contents
            """),
        ok(
            "testCopyVarSubstitution",
            (c, s, t) -> file(c, "bar", "bar-contents"),
            "COPY bar baz",
            "file baz = bar-contents"),
        ok(
            "testEmptyWildcard",
            (c, s, t) -> file(c, "foo", "contents0"),
            "COPY foo nomatch* /",
            "file foo = contents0"),
        ok(
            "testEmptyDestDir",
            (c, s, t) -> file(c, "testfile", "contents0"),
            "COPY testfile \"\"",
            "file testfile = contents0"),
        ok(
            "testPreserveDestDirSlash",
            (c, s, t) -> file(c, "testfile", "contents0"),
            "COPY testfile /sample/",
            "file sample/testfile = contents0"),
        ok(
            "testCopyLinkDotDestDir",
            (c, s, t) -> file(c, "testfile", "contents0"),
            """
            WORKDIR /var/www
            COPY testfile .
            """,
            "file var/www/testfile = contents0"),
        ok(
            "testCopyThroughSymlinkContext",
            (c, s, t) -> {
              symlink(c, "link", "sub");
              file(c, "sub/foo", "contents");
            },
            "COPY link/foo .",
            "file foo = contents"),
        ok(
            "testCopyThroughSymlinkMultiStage",
            (c, s, t) -> {
              file(s, "out/sub/foo", "data");
              symlink(s, "sub", "/out/sub");
              symlink(s, "sub2", "out/sub");
            },
            """
            COPY --from=build /sub/foo .
            COPY --from=build /sub2/foo bar
            """,
            """
            file foo = data
            file bar = data
            """),
        ok(
            "testCopyFollowAllSymlinks",
            (c, s, t) -> {
              file(c, "bar", "bar-contents");
              dir(c, "foo");
              symlink(c, "foo/sub", "../bar");
            },
            """
            COPY foo /
            COPY foo/sub bar
            """,
            """
            link sub -> ../bar
            file bar = bar-contents
            """),
        ok(
            "testCopySymlinks",
            (c, s, t) -> {
              file(c, "bar", "bar-contents");
              symlink(c, "foo", "bar");
              file(c, "sub/lfile", "lfile-contents");
              symlink(c, "sub/l0", "subfile");
              file(c, "sub/subfile", "subfile-contents");
              symlink(c, "sub/l1", "second");
              symlink(c, "sub/second", "baz");
              file(c, "sub/baz", "baz-contents");
            },
            """
            COPY foo /
            COPY sub/l* alllinks/
            """,
            """
            file foo = bar-contents
            file alllinks/l0 = subfile-contents
            file alllinks/lfile = lfile-contents
            file alllinks/l1 = baz-contents
            """),
        ok(
            "testCopyChmod",
            (c, s, t) -> {
              file(c, "foo", "foo-contents", 0600);
              file(c, "bar", "bar-contents", 0700);
            },
            """
            COPY --chmod=0644 foo /
            COPY --chmod=777 bar /baz
            COPY --chmod=0 foo /foobis
            COPY --chmod=777 foo /parent/foo
            COPY --chmod=770 foo /parent/sub/foo
            COPY --chmod=755 foo /footer
            """,
            """
            mode foo 0644
            mode baz 0777
            mode foobis 0000
            mode parent 0777
            mode parent/sub 0770
            mode footer 0755
            """),
        ok(
            "testCopyChown",
            (c, s, t) -> {
              passwd(t);
              file(c, "foo", "foo-contents", 0600);
              file(c, "bar/sub", "", 0600);
            },
            """
            COPY --chown=daemon foo /
            COPY --chown=1000:nobody bar /baz
            COPY --chown=1000:nobody foo /foobis
            """,
            """
            owner foo 1:1
            owner baz/sub 1000:65534
            owner foobis 1000:65534
            """),
        ok(
            "testCopyChownCreateDest",
            (c, s, t) -> passwd(t),
            """
            COPY --chown=user:user . /dest
            COPY --chown=user01:user . /dest01
            """,
            """
            owner dest 1000:1000
            owner dest01 1001:1000
            """),
        ok(
            "testCopyChownExistingDir",
            (c, s, t) -> {
              Fs.chown(file(s, "file", ""), 100, 200);
              Fs.chown(dir(s, "dir"), 100, 200);
              Fs.chown(dir(s, "dir/subdir"), 101, 201);
              Fs.chown(file(s, "dir/subdir/nestedfile", ""), 102, 202);
              Fs.chown(dir(t, "existingdir"), 500, 600);
              Fs.chown(dir(t, "existingdir/existingsubdir"), 501, 601);
              Fs.chown(file(t, "existingdir/existingfile", ""), 501, 601);
            },
            """
            COPY --from=source /file .
            COPY --from=source /dir /dir
            COPY --from=source /dir/. /existingdir
            COPY --from=source --chown=300:400 /file /chowned/
            COPY --from=source --chown=300:400 /dir /chowned/dir
            """,
            """
            owner file 100:200
            owner dir 0:0
            owner dir/subdir 101:201
            owner dir/subdir/nestedfile 102:202
            owner existingdir 500:600
            owner existingdir/existingsubdir 501:601
            owner existingdir/existingfile 501:601
            owner existingdir/subdir 101:201
            owner existingdir/subdir/nestedfile 102:202
            owner chowned/file 300:400
            owner chowned/dir 300:400
            owner chowned/dir/subdir 300:400
            owner chowned/dir/subdir/nestedfile 300:400
            """),
        ok(
            "testCopyUnicodePath",
            (c, s, t) -> {
              file(c, "test-äöü.txt", "foo");
              file(c, "test-%C3%A4%C3%B6%C3%BC.txt", "bar");
              file(c, "test+aou.txt", "baz");
            },
            """
            COPY test-äöü.txt /
            COPY test-%C3%A4%C3%B6%C3%BC.txt /
            COPY test+aou.txt /
            """,
            """
            file test-äöü.txt = foo
            file test-%C3%A4%C3%B6%C3%BC.txt = bar
            file test+aou.txt = baz
            """),
        ok(
            "testDockerignore",
            (c, s, t) -> {
              file(c, "Dockerfile", "FROM scratch");
              file(c, "foo", "foo-contents");
              file(c, "bar", "bar-contents");
              file(c, "baz", "baz-contents");
              file(c, "bay", "bay-contents");
              file(c, ".dockerignore", "ba*\nDockerfile\n!bay\n.dockerignore\n");
            },
            "COPY . .",
            """
            file foo = foo-contents
            file bay = bay-contents
            absent .dockerignore
            absent Dockerfile
            absent bar
            absent baz
            """),
        ok(
            "testSymlinkDestination",
            (c, s, t) -> {
              file(c, "foo", "content0");
              Files.write(
                  c.resolve("t.tar"),
                  new Fs.Tar().symlink("symlink", "../tmp/symlink-target").bytes());
            },
            """
            ADD t.tar /
            COPY foo /symlink/
            """,
            "file tmp/symlink-target/foo = content0"),
        ok(
            "testWorkdirCopyIgnoreRelative",
            (c, s, t) -> file(s, "Dockerfile", "df"),
            """
            WORKDIR /foo
            COPY --from=base Dockerfile .
            """,
            "file foo/Dockerfile = df"),
        ok(
            "testExcludedFilesOnCopy",
            (c, s, t) -> {
              file(c, "dir1/file-101.png", "2");
              file(c, "dir1/file-102.txt", "3");
              file(c, "dir1/file-103.jpeg", "4");
              file(c, "dir2/file-201.pdf", "6");
              file(c, "dir2/file-202.jpeg", "7");
              file(c, "dir2/file-203.png", "8");
              file(c, "dir3/file-301.mp3", "9");
              file(c, "dir3/file-302.mpeg", "10");
              file(c, "dir4/file-401.txt", "11");
              symlink(c, "dir4/file-402.txt", "file-401.txt");
              symlink(c, "dir4/file-403.txt", "file-404.txt");
            },
            """
            COPY --exclude=*/*.png --exclude=*/*.jpeg . /1
            COPY --exclude=*/*.pdf --exclude=*/*.txt . /2
            ADD --exclude=*.mp3 dir3/ /3/
            COPY --exclude=*.mp3 --exclude=*.jpeg --exclude=*.png --exclude=*.pdf --exclude=*.txt dir* /4/
            ADD --exclude=*.mp* --exclude=*.jpeg --exclude=*.png --exclude=*.pdf dir* /5
            ADD --exclude=* dir* /6
            """,
            """
            absent 1/dir1/file-101.png
            file 1/dir1/file-102.txt = 3
            absent 1/dir1/file-103.jpeg
            file 1/dir2/file-201.pdf = 6
            absent 1/dir2/file-202.jpeg
            absent 1/dir2/file-203.png
            file 1/dir3/file-301.mp3 = 9
            file 1/dir3/file-302.mpeg = 10
            file 1/dir4/file-401.txt = 11
            link 1/dir4/file-402.txt -> file-401.txt
            link 1/dir4/file-403.txt -> file-404.txt
            file 2/dir1/file-101.png = 2
            absent 2/dir1/file-102.txt
            file 2/dir1/file-103.jpeg = 4
            absent 2/dir2/file-201.pdf
            file 2/dir2/file-202.jpeg = 7
            file 2/dir2/file-203.png = 8
            absent 2/dir4/file-401.txt
            absent 2/dir4/file-402.txt
            absent 2/dir4/file-403.txt
            absent 3/file-301.mp3
            file 3/file-302.mpeg = 10
            absent 4/file-101.png
            absent 4/file-102.txt
            absent 4/file-301.mp3
            file 4/file-302.mpeg = 10
            absent 4/dir4/file-401.txt
            file 5/file-102.txt = 3
            absent 5/file-302.mpeg
            file 5/file-401.txt = 11
            link 5/file-402.txt -> file-401.txt
            link 5/file-403.txt -> file-404.txt
            empty 6
            """),
        ok(
            "testCopyParents",
            (c, s, t) -> {
              file(c, "foo1/foo2/bar", "testing");
              file(c, "foo1/foo2/baz", "testing2");
            },
            """
            COPY --parents foo1/foo2/bar /
            WORKDIR /test
            COPY --parents foo1/foo2/ba* .
            """,
            """
            file foo1/foo2/bar = testing
            file test/foo1/foo2/bar = testing
            file test/foo1/foo2/baz = testing2
            """),
        ok(
            "testCopyRelativeParents",
            BuildKitAcceptanceTest::parentsBase,
            """
            COPY --from=base --parents /test/a/b/./c/d /middle/
            COPY --from=base --parents /test/a/b/c/d/. /end/
            COPY --from=base --parents ./test/a/b/c/d /start/
            COPY --from=base --parents /test/a/./b/./c /double/
            COPY --from=base --parents /test/a/./*/c /wildcard/
            COPY --from=base --parents /test/a/b*/./c/**/e /doublewildcard/
            COPY --from=base --parents /test/a/b/c*/./d/**/baz /test/a/b*/./c/**/bar /doubleinputs/
            """,
            """
            dir middle/c/d/e
            file middle/c/d/foo =
            absent middle/a
            absent middle/e
            dir end/test/a/b/c/d/e
            file end/test/a/b/c/d/foo =
            dir start/test/a/b/c/d/e
            file start/test/a/b/c/d/foo =
            dir double/b/c/d/e
            file double/b/c/d/foo =
            dir wildcard/b/c/d/e
            file wildcard/b2/c/d/e/bar =
            dir doublewildcard/c/d/e
            file doublewildcard/c/d/e/bay =
            file doublewildcard/c/d/e/bar =
            file doubleinputs/d/e/baz =
            absent doubleinputs/d/e/bay
            file doubleinputs/d/e2/baz =
            file doubleinputs/c/d/e/bar =
            """),
        ok(
            "testCopyParentsMissingDirectory",
            BuildKitAcceptanceTest::parentsBase,
            """
            COPY --from=base --parents /test/a/b/c/d /normal/
            COPY --from=base --parents /test/a/b/./c/d /withpivot/
            COPY --from=base --parents /test/a/b3*/c /wildcard-nonexistent/
            COPY --from=base --parents /test/a/b/./c3* /wildcard-afterpivot/
            """,
            """
            dir normal/test/a/b/c/d/e
            file normal/test/a/b/c/d/e/bay =
            absent normal/e
            absent normal/a
            dir withpivot/c/d/e
            file withpivot/c/d/foo =
            absent withpivot/a
            empty wildcard-nonexistent
            empty wildcard-afterpivot
            """),
        fails(
            "testCopyParentsMissingDirectory nonexistentfile",
            BuildKitAcceptanceTest::parentsBase,
            "COPY --from=base --parents /test/nonexistent-file /out/",
            "failed to compute cache key: \"/test/nonexistent-file\": not found"),
        fails(
            "testCopyInvalidChmod 64a",
            (c, s, t) -> file(c, "foo", "x"),
            "COPY --chmod=64a foo /",
            "invalid chmod parameter: '64a'. it should be octal string and between 0 and 07777"),
        fails(
            "testCopyInvalidChmod 10000",
            (c, s, t) -> file(c, "foo", "x"),
            "COPY --chmod=10000 foo /",
            "invalid chmod parameter: '10000'. it should be octal string and between 0 and 07777"),
        fails(
            "missing source (dockerfile_check_test)",
            (c, s, t) -> {},
            "COPY Dockerfile .",
            "failed to compute cache key: \"/Dockerfile\": not found"),
        ok(
            "testDockerfileAddArchiveWildcard",
            (c, s, t) -> {
              Files.write(c.resolve("t.tar"), new Fs.Tar().file("foo", "content0", 0644).bytes());
              Files.write(c.resolve("b.tar"), new Fs.Tar().file("bar", "content1", 0644).bytes());
            },
            "ADD *.tar /dest",
            """
            file dest/foo = content0
            file dest/bar = content1
            """),
        ok(
            "testDockerfileAddChownArchive",
            (c, s, t) ->
                Files.write(c.resolve("t.tar"), new Fs.Tar().file("foo", "content0", 0644).bytes()),
            "ADD --chown=100:200 t.tar /out/",
            """
            file out/foo = content0
            owner out/foo 100:200
            owner out 100:200
            """),
        ok(
            "testDockerfileAddArchive unpack=false and COPY",
            (c, s, t) ->
                Files.write(c.resolve("t.tar"), new Fs.Tar().file("foo", "content0", 0644).bytes()),
            """
            ADD --unpack=false t.tar /a/
            COPY t.tar /b/
            ADD t.tar /c/
            """,
            """
            absent a/foo
            absent b/foo
            file c/foo = content0
            absent c/t.tar
            """));
  }

  /** The "base" stage of testCopyRelativeParents / testCopyParentsMissingDirectory. */
  static void parentsBase(Path c, Path s, Path t) throws IOException {
    for (String d : List.of("a/b/c/d/e", "a/b2/c/d/e", "a/b/c2/d/e", "a/b/c2/d/e2")) {
      Files.createDirectories(s.resolve("test").resolve(d));
    }
    for (String f :
        List.of(
            "a/b/c/d/foo",
            "a/b/c/d/e/bay",
            "a/b2/c/d/e/bar",
            "a/b/c2/d/e/baz",
            "a/b/c2/d/e2/baz")) {
      file(s, "test/" + f, "");
    }
  }

  static void passwd(Path target) throws IOException {
    file(
        target,
        "etc/passwd",
        "root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\n"
            + "user:x:1000:1000::/home/user:/bin/sh\nuser01:x:1001:1001::/home/user01:/bin/sh\n");
    file(
        target,
        "etc/group",
        "root:x:0:\ndaemon:x:1:\nuser:x:1000:\nuser01:x:1001:\nnobody:x:65534:\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void buildKitCase(Case c, @TempDir Path tmp) throws IOException {
    Path context = Files.createDirectory(tmp.resolve("context"));
    Path stage = Files.createDirectory(tmp.resolve("stage"));
    Path target = Files.createDirectory(tmp.resolve("target"));
    if (c.name().contains("Unicode")) {
      org.junit.jupiter.api.Assumptions.assumeTrue(
          "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")),
          "the JVM cannot name non-ASCII files here");
    }
    c.setup().run(context, stage, target);
    if (c.error() != null) {
      assertThatThrownBy(() -> run(c.dockerfile(), context, stage, target)).hasMessage(c.error());
      return;
    }
    run(c.dockerfile(), context, stage, target);
    check(c.checks(), target);
  }

  private static void run(String dockerfile, Path context, Path stage, Path target)
      throws IOException {
    String workdir = "/";
    DockerIgnore ignore =
        Files.exists(context.resolve(".dockerignore"))
            ? DockerIgnore.parse(Files.readString(context.resolve(".dockerignore")))
            : DockerIgnore.empty();
    for (String line : dockerfile.strip().split("\n")) {
      List<String> words = new ArrayList<>(List.of(line.strip().split("\\s+")));
      String instruction = words.remove(0);
      if (instruction.equals("WORKDIR")) {
        String dir = words.get(0);
        workdir = dir.startsWith("/") ? dir : PathText.clean(workdir + "/" + dir);
        continue;
      }
      boolean add = instruction.equals("ADD");
      List<String> flags = new ArrayList<>();
      while (words.get(0).startsWith("--")) {
        flags.add(words.remove(0));
      }
      String destination = words.remove(words.size() - 1);
      if (destination.equals("\"\"")) {
        destination = "";
      }
      String[] sources = words.toArray(String[]::new);
      boolean fromStage = flags.stream().anyMatch(f -> f.startsWith("--from="));
      CopyRequest.Builder b =
          add
              ? CopyRequest.add(fromStage ? stage : context, destination, sources)
              : CopyRequest.copy(fromStage ? stage : context, destination, sources);
      b.workdir(workdir);
      if (fromStage) {
        b.fromStage();
      } else {
        b.ignore(ignore);
      }
      for (String flag : flags) {
        String value = flag.contains("=") ? flag.substring(flag.indexOf('=') + 1) : "";
        if (flag.startsWith("--chmod=")) {
          b.chmod(value);
        } else if (flag.startsWith("--chown=")) {
          b.chown(UserDatabase.resolve(target, value));
        } else if (flag.equals("--parents")) {
          b.parents();
        } else if (flag.startsWith("--exclude=")) {
          b.exclude(value);
        } else if (flag.startsWith("--unpack=")) {
          b.unpack(Boolean.parseBoolean(value));
        }
      }
      CopyEngine.copy(b.build(), target);
    }
  }

  private static void check(String checks, Path target) throws IOException {
    for (String line : checks.strip().split("\n")) {
      String[] w = line.strip().split(" ", 3);
      Path p = target.resolve(w[1]);
      switch (w[0]) {
        case "file" -> {
          String expected = w.length > 2 ? w[2].replaceFirst("^= ?", "") : "";
          assertThat(Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).as(line).isTrue();
          assertThat(Fs.read(p)).as(line).isEqualTo(expected);
        }
        case "absent" -> assertThat(Fs.exists(p)).as(line).isFalse();
        case "dir" -> assertThat(Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).as(line).isTrue();
        case "empty" -> assertThat(Fs.tree(p)).as(line).isEmpty();
        case "mode" ->
            assertThat(Integer.toOctalString(Fs.mode(p)))
                .as(line)
                .isEqualTo(Integer.toOctalString(Integer.parseInt(w[2], 8)));
        case "owner" -> assertThat(Fs.owner(p)).as(line).isEqualTo(w[2]);
        case "link" ->
            assertThat(Files.readSymbolicLink(p).toString())
                .as(line)
                .isEqualTo(w[2].replaceFirst("^-> ", ""));
        default -> throw new IllegalArgumentException(line);
      }
    }
  }
}
