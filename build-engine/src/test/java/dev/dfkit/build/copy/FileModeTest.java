package dev.dfkit.build.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileModeTest {

  @ParameterizedTest
  @CsvSource({"0644, 0644", "777, 0777", "0, 0", "0413, 0413", "4755, 04755", "07777, 07777"})
  void octal(String text, String expected) {
    FileMode mode = FileMode.parse(text);
    assertThat(mode).isInstanceOf(FileMode.Octal.class);
    assertThat(mode.apply(0600, false)).isEqualTo(Integer.parseInt(expected, 8));
    assertThat(mode.createdDirectoryMode()).isEqualTo(Integer.parseInt(expected, 8) & 0777);
  }

  @ParameterizedTest
  @ValueSource(strings = {"64a", "10000", "8", "0799", "99999999999999999999"})
  void badNumbersGetBuildKitsMessage(String text) {
    assertThatThrownBy(() -> FileMode.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "invalid chmod parameter: '"
                + text
                + "'. it should be octal string and between 0 and 07777");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "u", "u+x,", "q+x", "u+x,,g+w", "u*x", "ux"})
  void badSymbolicModes(String text) {
    assertThatThrownBy(() -> FileMode.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  /** BuildKit's testChmodNonOctal table. */
  @ParameterizedTest
  @CsvSource({
    "go-w, 0666, false, 0644",
    "'u=rw,g=r,o=r', 0666, false, 0644",
    "a+X, 0666, false, 0666",
    "go-w, 0124, true, 0104",
    "'u+rw,g+r,o-x,o+w', 0124, true, 0766",
    "a+X, 0124, true, 0135"
  })
  void buildKitTable(String text, String start, boolean directory, String expected) {
    FileMode mode = FileMode.parse(text);
    assertThat(mode).isInstanceOf(FileMode.Symbolic.class);
    assertThat(Integer.toOctalString(mode.apply(Integer.parseInt(start, 8), directory)))
        .isEqualTo(Integer.toOctalString(Integer.parseInt(expected, 8)));
    assertThat(mode.createdDirectoryMode()).isEqualTo(0755);
  }

  @ParameterizedTest
  @CsvSource({
    "+s, 0755, 06755",
    "u+s, 0755, 04755",
    "g+s, 0755, 02755",
    "o+s, 0755, 0755",
    "+t, 0755, 01755",
    "u+t, 0755, 01755",
    "o+t, 0755, 0755",
    "a=r, 01755, 01444",
    "u=rw, 04755, 0655",
    "a-X, 0755, 0644"
  })
  void bsdDetailsOfSpecialBits(String text, String start, String expected) {
    assertThat(Integer.toOctalString(FileMode.parse(text).apply(Integer.parseInt(start, 8), false)))
        .isEqualTo(expected.substring(1));
  }

  /** For plain permission bits on regular files, GNU chmod with umask 0 agrees with BSD. */
  @Test
  void agreesWithChmodOnRegularFiles(@TempDir Path tmp) throws Exception {
    String[] modes = {
      "go-w",
      "u=rw,g=r,o=r",
      "a+X",
      "u+x",
      "+x",
      "-w",
      "g=u",
      "o=g",
      "u-x,g+w",
      "a=",
      "u+rw,g+r,o-x,o+w",
      "ug+x,o-rwx",
      "=r",
      "a-r,u+w",
      "g+X",
      "o+X",
      "u=rwx,g=rx,o=",
      "u+r-w",
      "go=u-w",
      "a+rwx,g-w,o-wx",
      "u=g,g=o,o=u"
    };
    int[] starts = {0644, 0755, 0600, 0124, 0, 0777, 0421, 0070};
    Path f = tmp.resolve("f");
    Files.createFile(f);
    for (String text : modes) {
      for (int start : starts) {
        Fs.chmod(f, start);
        Process p =
            new ProcessBuilder("sh", "-c", "umask 0; chmod -- \"$0\" \"$1\"", text, f.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
        int gnu = Fs.mode(f);
        int ours = FileMode.parse(text).apply(start, false);
        assertThat(Integer.toOctalString(ours))
            .as("%s on %o", text, start)
            .isEqualTo(Integer.toOctalString(gnu));
      }
    }
  }

  @Test
  void chmodOnCopyOfDirectoriesUsesX() throws IOException {
    FileMode mode = FileMode.parse("a+X");
    assertThat(mode.apply(0600, true)).isEqualTo(0711);
    assertThat(mode.apply(0600, false)).isEqualTo(0600);
    assertThat(mode.apply(0610, false)).isEqualTo(0711);
  }
}
