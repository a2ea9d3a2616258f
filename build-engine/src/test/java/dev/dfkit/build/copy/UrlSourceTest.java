package dev.dfkit.build.copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlSourceTest {

  @ParameterizedTest
  @CsvSource({
    "http://example.com/foo, foo",
    "https://example.com/dir/file.tar.gz?x=1#frag, file.tar.gz",
    "http://example.com/, __unnamed__",
    "http://example.com, __unnamed__",
    "http://example.com/dir/, dir",
    "http://example.com/a%20b, a b",
    "http://example.com/test-%C3%A4%C3%B6%C3%BC.txt, test-äöü.txt",
    "http://example.com/bad%zz, __unnamed__",
    "http://example.com/.., __unnamed__",
    "http://example.com/x/., __unnamed__"
  })
  void fileNameRule(String url, String expected) {
    assertThat(UrlSource.destinationName(url)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "plain.txt",
    "t[1].tar.gz",
    "a*b?c",
    "back\\slash",
    "[x]",
    "]odd",
    "\\lead",
    "-dash[",
    "^caret*"
  })
  void literalSourcesMatchExactlyTheName(String name, @TempDir Path tmp) throws IOException {
    Path download = Files.createDirectory(tmp.resolve("download"));
    Path target = Files.createDirectory(tmp.resolve("target"));
    Files.writeString(download.resolve(name), "x");
    Files.writeString(download.resolve("decoy"), "y");
    CopyResult result =
        CopyEngine.copy(
            UrlSource.request(
                download, name, "/out", "/", Optional.empty(), Optional.empty(), Optional.empty()),
            target);
    assertThat(result.items()).containsExactly(name);
    assertThat(Fs.read(target.resolve("out"))).isEqualTo("x");
  }

  @Test
  void downloadedFileIsCopiedLiterallyAndNotUnpackedByDefault(@TempDir Path tmp)
      throws IOException {
    Path download = Files.createDirectory(tmp.resolve("download"));
    Path target = Files.createDirectory(tmp.resolve("target"));
    byte[] archive =
        Fs.compress(new Fs.Tar().file("foo", "content0", 0644).bytes(), GZIPOutputStream::new);
    String name = "t[1].tar.gz";
    Files.write(download.resolve(name), archive);
    Fs.chmod(download.resolve(name), 0600);
    CopyEngine.copy(
        UrlSource.request(
            download, name, "/", "/", Optional.empty(), Optional.empty(), Optional.empty()),
        target);
    assertThat(Files.readAllBytes(target.resolve(name))).isEqualTo(archive);
    assertThat(Fs.mode(target.resolve(name))).isEqualTo(0600);
    CopyEngine.copy(
        UrlSource.request(
            download,
            name,
            "/dest/",
            "/",
            Optional.empty(),
            Optional.of(FileMode.parse("0413")),
            Optional.of(true)),
        target);
    assertThat(Fs.read(target.resolve("dest/foo"))).isEqualTo("content0");
    CopyEngine.copy(
        UrlSource.request(
            download,
            name,
            "/tmp/foo3",
            "/",
            Optional.empty(),
            Optional.of(FileMode.parse("0413")),
            Optional.empty()),
        target);
    assertThat(Fs.mode(target.resolve("tmp/foo3"))).isEqualTo(0413);
  }
}
