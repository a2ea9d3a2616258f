package dev.dfkit.build.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserDatabaseTest {

  @TempDir Path root;

  @BeforeEach
  void setUp() throws IOException {
    Fs.file(
        root,
        "etc/passwd",
        """
        root:x:0:0:root:/root:/bin/sh
        daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin

          user:x:1000:1000::/home/user:/bin/sh
        user01:x:1001:1001::/home/user01:/bin/sh
        nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
        """);
    Fs.file(
        root,
        "etc/group",
        """
        root:x:0:
        daemon:x:1:
        user:x:1000:
        user01:x:1001:
        nogroup:x:65534:
        nobody:x:65533:
        """);
  }

  @ParameterizedTest
  @CsvSource({
    "daemon, 1:1",
    "user, 1000:1000",
    "user:user, 1000:1000",
    "user01:user, 1001:1000",
    "1000:nobody, 1000:65533",
    "1000, 1000:1000",
    "1000:1001, 1000:1001",
    "root, 0:0",
    "root:root, 0:0",
    "user:0, 1000:0",
    "0:user, 0:1000",
    "nobody, 65534:65534"
  })
  void resolvesNamesAndNumbers(String chown, String expected) throws IOException {
    assertThat(UserDatabase.resolve(root, chown).toString()).isEqualTo(expected);
  }

  @Test
  void unknownUserIsDockersError() {
    assertThatThrownBy(() -> UserDatabase.resolve(root, "ghost"))
        .isInstanceOf(CopyException.class)
        .hasMessage(
            "unable to convert uid/gid chown string to host mapping: can't find uid for user"
                + " ghost: no such user: ghost");
  }

  @Test
  void unknownGroupIsDockersError() {
    assertThatThrownBy(() -> UserDatabase.resolve(root, "user:ghosts"))
        .hasMessage(
            "unable to convert uid/gid chown string to host mapping: can't find gid for group"
                + " ghosts: no such group: ghosts");
  }

  @Test
  void missingFilesFindNoNamesButNumbersStillWork() throws IOException {
    Path empty = Files.createDirectory(root.resolve("scratch"));
    assertThat(UserDatabase.resolve(empty, "10:20")).isEqualTo(new Ownership(10, 20));
    assertThat(UserDatabase.resolve(empty, "root")).isEqualTo(Ownership.ROOT);
    assertThatThrownBy(() -> UserDatabase.resolve(empty, "daemon"))
        .hasMessageContaining("no such user: daemon");
  }

  @Test
  void passwdReachedThroughALinkStaysInsideTheRoot() throws IOException {
    Path rootfs = Files.createDirectory(root.resolve("rootfs"));
    Fs.file(rootfs, "real/passwd", "app:x:77:78::/:/bin/sh\n");
    Files.createDirectories(rootfs.resolve("etc"));
    // An absolute link: inside the root it means rootfs/real/passwd, never the host's file.
    Fs.symlink(rootfs, "etc/passwd", "/real/passwd");
    assertThat(UserDatabase.resolve(rootfs, "app")).isEqualTo(new Ownership(77, 78));
    Files.delete(rootfs.resolve("etc/passwd"));
    Fs.symlink(rootfs, "etc/passwd", "../../../../../../etc/passwd");
    // Clamped at the root this link points at itself: a loop, never the host's /etc/passwd
    // (where "daemon" exists).
    assertThatThrownBy(() -> UserDatabase.resolve(rootfs, "daemon"))
        .isInstanceOf(CopyException.class);
  }
}
