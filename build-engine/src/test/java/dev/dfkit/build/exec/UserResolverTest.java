package dev.dfkit.build.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dfkit.build.exec.UserResolver.ResolvedUser;
import dev.dfkit.build.exec.UserResolver.UserNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserResolverTest {

  static final List<String> PASSWD =
      List.of(
          "root:x:0:0:root:/root:/bin/sh",
          "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin",
          "app:x:1000:1000:App:/home/app:/bin/sh",
          "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin");
  static final List<String> GROUP =
      List.of(
          "root:x:0:",
          "daemon:x:1:",
          "wheel:x:10:root,app",
          "docker:x:999:app",
          "app:x:1000:",
          "nogroup:x:65534:");

  private static ResolvedUser r(String spec) throws UserNotFoundException {
    return UserResolver.resolve(spec, PASSWD, GROUP);
  }

  @Test
  void emptyIsRootWithItsGroups() throws Exception {
    assertThat(r("")).isEqualTo(new ResolvedUser(0, 0, List.of(10L), "/root"));
  }

  @Test
  void namesAndNumbersFindThePasswdEntry() throws Exception {
    assertThat(r("app")).isEqualTo(new ResolvedUser(1000, 1000, List.of(10L, 999L), "/home/app"));
    assertThat(r("1000")).isEqualTo(r("app"));
    assertThat(r("nobody")).isEqualTo(new ResolvedUser(65534, 65534, List.of(), "/nonexistent"));
  }

  @Test
  void anUnknownNumberIsUsedAsItIsWithGroupZero() throws Exception {
    assertThat(r("4242")).isEqualTo(new ResolvedUser(4242, 0, List.of(), "/"));
    assertThat(r("4242:4343")).isEqualTo(new ResolvedUser(4242, 4343, List.of(), "/"));
  }

  @Test
  void anExplicitGroupReplacesThePrimaryAndDropsSupplementaryGroups() throws Exception {
    assertThat(r("app:docker")).isEqualTo(new ResolvedUser(1000, 999, List.of(), "/home/app"));
    assertThat(r("app:10")).isEqualTo(new ResolvedUser(1000, 10, List.of(), "/home/app"));
    assertThat(r("app:5555")).isEqualTo(new ResolvedUser(1000, 5555, List.of(), "/home/app"));
  }

  @Test
  void unknownNamesFailAsDockerSaysIt() {
    assertThatThrownBy(() -> r("ghost"))
        .isInstanceOf(UserNotFoundException.class)
        .hasMessage("unable to find user ghost: no matching entries in passwd file");
    assertThatThrownBy(() -> r("app:ghosts"))
        .hasMessage("unable to find group ghosts: no matching entries in group file");
    assertThatThrownBy(() -> UserResolver.resolve("app", null, null))
        .hasMessage("unable to find user app: no matching entries in passwd file");
  }

  @Test
  void idsOutOfRangeAreRefused() {
    assertThatThrownBy(() -> r("4294967296"))
        .hasMessage("uids and gids must be in range 0-2147483647");
  }

  @Test
  void filesAreReadInsideTheRootfsFollowingItsSymlinks(@TempDir Path rootfs) throws IOException {
    Files.createDirectories(rootfs.resolve("usr/share/base"));
    Files.createDirectories(rootfs.resolve("etc"));
    Files.write(rootfs.resolve("usr/share/base/passwd"), PASSWD);
    Files.createSymbolicLink(rootfs.resolve("etc/passwd"), Path.of("/usr/share/base/passwd"));
    Files.write(rootfs.resolve("etc/group"), GROUP);
    assertThat(UserResolver.resolve(rootfs, "app").uid()).isEqualTo(1000);
    assertThat(UserResolver.resolve(rootfs, "").additionalGids()).containsExactly(10L);
  }
}
