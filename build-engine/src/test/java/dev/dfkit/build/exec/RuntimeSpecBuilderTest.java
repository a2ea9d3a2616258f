package dev.dfkit.build.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeSpecBuilderTest {

  @TempDir Path tmp;
  Path rootfs;
  Path resolv;

  @BeforeEach
  void rootfs() throws IOException {
    rootfs = Files.createDirectories(tmp.resolve("rootfs"));
    Files.createDirectories(rootfs.resolve("etc"));
    Files.write(rootfs.resolve("etc/passwd"), UserResolverTest.PASSWD);
    Files.write(rootfs.resolve("etc/group"), UserResolverTest.GROUP);
    resolv =
        Files.writeString(
            tmp.resolve("resolv.conf"),
            "nameserver 10.0.0.53\nsearch corp.example\noptions ndots:2\n");
  }

  private JsonNode json(RuntimeSpec spec) throws IOException {
    return new ObjectMapper().readTree(spec.toJson(rootfs, Path.of("/bundle")));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void processHasTheCommandUserEnvironmentAndDirectory() throws IOException {
    RuntimeSpec spec =
        RuntimeSpecBuilder.builder()
            .args(List.of("/bin/sh", "-c", "make"))
            .env(List.of("A=1", "B=2", "A=3"))
            .user("app")
            .workdir("/src")
            .hostResolvConf(resolv)
            .build(rootfs);
    JsonNode p = json(spec).get("process");
    assertThat(strings(p.get("args"))).containsExactly("/bin/sh", "-c", "make");
    assertThat(strings(p.get("env")))
        .containsExactly(
            "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "B=2",
            "A=3",
            "HOME=/home/app");
    assertThat(p.get("cwd").asText()).isEqualTo("/src");
    assertThat(p.get("terminal").asBoolean()).isFalse();
    assertThat(p.get("user").get("uid").asLong()).isEqualTo(1000);
    assertThat(p.get("user").get("gid").asLong()).isEqualTo(1000);
    assertThat(p.get("user").get("additionalGids").toString()).isEqualTo("[1000,10,999]");
    assertThat(p.get("rlimits").get(0).get("type").asText()).isEqualTo("RLIMIT_NOFILE");
  }

  @Test
  void givenPathAndHomeAreKept() throws IOException {
    RuntimeSpec spec =
        RuntimeSpecBuilder.builder()
            .args(List.of("true"))
            .env(List.of("PATH=/opt/bin", "HOME=/work"))
            .hostResolvConf(resolv)
            .build(rootfs);
    assertThat(strings(json(spec).get("process").get("env")))
        .containsExactly("PATH=/opt/bin", "HOME=/work");
  }

  @Test
  void dockersDefaultCapabilities() throws IOException {
    RuntimeSpec spec =
        RuntimeSpecBuilder.builder().args(List.of("true")).hostResolvConf(resolv).build(rootfs);
    JsonNode caps = json(spec).get("process").get("capabilities");
    for (String set : List.of("bounding", "effective", "permitted")) {
      assertThat(strings(caps.get(set)))
          .containsExactlyInAnyOrder(
              "CAP_CHOWN",
              "CAP_DAC_OVERRIDE",
              "CAP_FSETID",
              "CAP_FOWNER",
              "CAP_MKNOD",
              "CAP_NET_RAW",
              "CAP_SETGID",
              "CAP_SETUID",
              "CAP_SETFCAP",
              "CAP_SETPCAP",
              "CAP_NET_BIND_SERVICE",
              "CAP_SYS_CHROOT",
              "CAP_KILL",
              "CAP_AUDIT_WRITE");
    }
    assertThat(caps.has("ambient")).isFalse();
  }

  @Test
  void mountsNamespacesAndMaskedPaths() throws IOException {
    RuntimeSpec spec =
        RuntimeSpecBuilder.builder()
            .args(List.of("true"))
            .hostname("box")
            .hostResolvConf(resolv)
            .build(rootfs);
    JsonNode doc = json(spec);
    assertThat(doc.get("root").get("path").asText()).isEqualTo(rootfs.toString());
    assertThat(doc.get("hostname").asText()).isEqualTo("box");
    List<String> dests = new ArrayList<>();
    doc.get("mounts").forEach(m -> dests.add(m.get("destination").asText()));
    assertThat(dests)
        .containsExactly(
            "/proc",
            "/dev",
            "/dev/pts",
            "/dev/shm",
            "/dev/mqueue",
            "/sys",
            "/sys/fs/cgroup",
            "/etc/hosts",
            "/etc/resolv.conf",
            "/etc/hostname");
    JsonNode hosts = doc.get("mounts").get(7);
    assertThat(hosts.get("type").asText()).isEqualTo("bind");
    assertThat(hosts.get("source").asText()).isEqualTo("/bundle/hosts");
    assertThat(strings(doc.get("mounts").get(5).get("options"))).contains("ro");
    List<String> ns = new ArrayList<>();
    doc.get("linux").get("namespaces").forEach(n -> ns.add(n.get("type").asText()));
    assertThat(ns).containsExactly("pid", "ipc", "uts", "mount"); // host network by default
    assertThat(strings(doc.get("linux").get("maskedPaths"))).contains("/proc/kcore", "/proc/keys");
    assertThat(strings(doc.get("linux").get("readonlyPaths"))).contains("/proc/sys");
    assertThat(spec.etcFiles().get("/etc/hostname")).isEqualTo("box\n");
    assertThat(spec.etcFiles().get("/etc/hosts")).contains("127.0.0.1\tlocalhost box");
    assertThat(spec.etcFiles().get("/etc/resolv.conf")).contains("nameserver 10.0.0.53");
  }

  @Test
  void networkNoneHasItsOwnNamespaceAndNoNameServers() throws IOException {
    RuntimeSpec spec =
        RuntimeSpecBuilder.builder()
            .args(List.of("true"))
            .network(NetworkMode.NONE)
            .hostResolvConf(resolv)
            .build(rootfs);
    List<String> ns = new ArrayList<>();
    json(spec).get("linux").get("namespaces").forEach(n -> ns.add(n.get("type").asText()));
    assertThat(ns).contains("network");
    assertThat(spec.etcFiles().get("/etc/resolv.conf"))
        .doesNotContain("nameserver")
        .contains("search corp.example", "options ndots:2");
  }

  @Test
  void networkModesParse() {
    assertThat(NetworkMode.parse("default")).isEqualTo(NetworkMode.HOST);
    assertThat(NetworkMode.DEFAULT).isEqualTo(NetworkMode.HOST);
    assertThat(NetworkMode.parse("none")).isEqualTo(NetworkMode.NONE);
    assertThatThrownBy(() -> NetworkMode.parse("bridge")).hasMessageContaining("bridge");
  }

  @Test
  void anUnknownUserFailsTheBuild() {
    assertThatThrownBy(
            () ->
                RuntimeSpecBuilder.builder()
                    .args(List.of("true"))
                    .user("ghost")
                    .hostResolvConf(resolv)
                    .build(rootfs))
        .hasMessage("unable to find user ghost: no matching entries in passwd file");
  }

  @Test
  void mountTargetsMissingFromTheRootfsAreNoted() throws IOException {
    Files.createDirectories(rootfs.resolve("proc"));
    RuntimeSpec spec =
        RuntimeSpecBuilder.builder().args(List.of("true")).hostResolvConf(resolv).build(rootfs);
    List<Path> missing = RuncExecutor.missingMountTargets(rootfs, spec.mountDestinations());
    assertThat(missing)
        .containsExactly(
            rootfs.resolve("dev"),
            rootfs.resolve("sys"),
            rootfs.resolve("etc/hosts"),
            rootfs.resolve("etc/resolv.conf"),
            rootfs.resolve("etc/hostname"));
  }

  @Test
  void theWorkdirIsCreatedForTheUser() throws IOException {
    RuntimeSpec spec =
        RuntimeSpecBuilder.builder()
            .args(List.of("true"))
            .user(new UserResolver.ResolvedUser(0, 0, List.of(), "/root"))
            .workdir("/a/b")
            .hostResolvConf(resolv)
            .build(rootfs);
    RuncExecutor.createWorkdir(rootfs, spec);
    assertThat(rootfs.resolve("a/b")).isDirectory();
  }
}
