package dev.dfkit.build.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dfkit.build.engine.BuildEngine;
import dev.dfkit.build.registry.LocalDockerRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same Dockerfiles built by dfbuild and by buildah (a peer builder, Debian's, with runc): the
 * final filesystems must match file by file (type, mode, owner, content, link target) and the
 * runtime configuration field by field.
 */
class BuildahParityIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> BUILDAH_MOUNT_STUBS =
      List.of("dev", "proc", "sys", "run", "etc/hostname", "etc/hosts", "etc/resolv.conf");

  @TempDir Path tmp;
  BuildFixture f;
  Path buildah;

  /** A scenario: the context's files (the Dockerfile among them). */
  record Scenario(String name, Map<String, String> files) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Scenario> scenarios() {
    return Stream.of(
        new Scenario(
            "dockerignore with exceptions",
            Map.of(
                "Dockerfile", "FROM busybox\nCOPY . /ctx/\n",
                ".dockerignore", "*.txt\n!keep.txt\nsecret/\n",
                "keep.txt", "k",
                "drop.txt", "d",
                "secret/key", "s",
                "src/a.go", "package a")),
        new Scenario(
            "copy directory rules",
            Map.of(
                "Dockerfile",
                    "FROM scratch\nCOPY dir /contents\nCOPY dir/ /contents2/\nCOPY file.txt"
                        + " /renamed\nCOPY file.txt /intodir/\nCOPY x*.log /logs/\n",
                "dir/a.txt", "a",
                "dir/sub/b.txt", "b",
                "file.txt", "f",
                "x1.log", "1",
                "x2.log", "2")),
        new Scenario(
            "chown chmod and users",
            Map.of(
                "Dockerfile",
                "FROM busybox\nCOPY --chown=app:app f.txt /home/app/f.txt\nUSER app\n"
                    + "WORKDIR /home/app/work\nRUN touch made && id > id.txt\n",
                "f.txt",
                "x")),
        new Scenario(
            "arg scoping and env",
            Map.of(
                "Dockerfile",
                "ARG V=global\nFROM busybox\nARG V\nARG W=default\nENV E=$V-$W\n"
                    + "RUN echo \"$V $W $E\" > /out\nEXPOSE 80 53/udp\nLABEL a=b\n"
                    + "CMD [\"sh\"]\n")),
        new Scenario(
            "whiteouts and opaque directories",
            Map.of(
                "Dockerfile",
                "FROM busybox\nRUN mkdir -p /d/sub && echo x > /d/sub/f && echo y > /d/keep\n"
                    + "RUN rm /etc/group && rm -r /d/sub && rm -rf /home && mkdir /home &&"
                    + " echo new > /home/n\n")),
        new Scenario(
            "multi stage",
            Map.of(
                "Dockerfile",
                "FROM busybox AS build\nRUN mkdir /out && echo one > /out/1 && ln -s 1"
                    + " /out/link\nFROM scratch\nCOPY --from=build /out/ /app/\nCOPY --from=0"
                    + " /bin/busybox /bin/\nWORKDIR /app\nENTRYPOINT [\"/bin/busybox\"]\n")));
  }

  @BeforeEach
  void setUp() throws Exception {
    f = new BuildFixture(tmp.resolve("df"));
    LocalDockerRegistry.requireTool("buildah");
    LocalDockerRegistry.requireTool("skopeo");
    LocalDockerRegistry.requireTool("umoci");
    buildah = tmp.resolve("buildah");
    // The same base image, from dfbuild's store (an OCI layout) into buildah's storage.
    BuildFixture.run(
        List.of(
            "skopeo",
            "copy",
            "-q",
            "oci:" + f.root + ":docker.io/library/busybox:latest",
            "containers-storage:[overlay@"
                + buildah.resolve("storage")
                + "+"
                + buildah.resolve("run")
                + "]docker.io/library/busybox:latest"));
  }

  @AfterEach
  void tearDown() throws Exception {
    if (f != null) {
      f.close();
    }
    if (buildah != null && Files.isDirectory(buildah.resolve("storage"))) {
      BuildFixture.run(
          List.of(
              "sh",
              "-c",
              buildahCommand()
                  + " rm --all >/dev/null 2>&1; "
                  + "umount -R "
                  + buildah.resolve("storage/overlay")
                  + " 2>/dev/null; true"));
    }
  }

  private String buildahCommand() {
    return "buildah --root "
        + buildah.resolve("storage")
        + " --runroot "
        + buildah.resolve("run")
        + " --storage-driver overlay";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void sameFilesystemAndConfig(Scenario scenario) throws Exception {
    for (Map.Entry<String, String> e : scenario.files().entrySet()) {
      f.write(e.getKey(), e.getValue());
    }
    String dockerfile = scenario.files().get("Dockerfile");
    Path ours = f.buildToDirectory(dockerfile);
    BuildEngine.BuildResult result = f.build(dockerfile);

    BuildFixture.run(
        List.of(
            "sh",
            "-c",
            buildahCommand()
                + " bud -q --runtime runc --layers --isolation oci -t parity:latest "
                + f.context));
    Path layout = tmp.resolve("layout");
    BuildFixture.run(
        List.of(
            "skopeo",
            "copy",
            "-q",
            "containers-storage:[overlay@"
                + buildah.resolve("storage")
                + "+"
                + buildah.resolve("run")
                + "]localhost/parity:latest",
            "oci:" + layout + ":x"));
    Path bundle = tmp.resolve("bundle");
    BuildFixture.run(List.of("umoci", "unpack", "--image", layout + ":x", bundle.toString()));

    Map<String, String> theirsListing = listing(bundle.resolve("rootfs"));
    // buildah leaves the empty mount points of its RUN containers in the layer; BuildKit (and
    // dfbuild) filter them out. Only those, and only when empty, are forgiven.
    for (String stub : BUILDAH_MOUNT_STUBS) {
      String entry = theirsListing.get(stub);
      if (entry != null && !listing(ours).containsKey(stub) && isEmptyStub(entry)) {
        theirsListing.remove(stub);
      }
    }
    assertThat(differences(listing(ours), theirsListing)).isEmpty();

    JsonNode theirs =
        JSON.readTree(
                BuildFixture.run(List.of("skopeo", "inspect", "--config", "oci:" + layout + ":x")))
            .get("config");
    JsonNode mine = JSON.valueToTree(result.image().config().config());
    for (String field :
        List.of("User", "Env", "Entrypoint", "Cmd", "WorkingDir", "ExposedPorts", "Volumes")) {
      String expected = String.valueOf(theirs.get(field));
      if (field.equals("WorkingDir")
          && theirs.get(field) == null
          && String.valueOf(mine.get(field)).equals("\"/\"")) {
        // BuildKit's empty image (FROM scratch) has WorkingDir "/"; buildah leaves it unset.
        expected = "\"/\"";
      }
      assertThat(String.valueOf(mine.get(field))).as(field).isEqualTo(expected);
    }
  }

  private static boolean isEmptyStub(String entry) {
    return entry.startsWith("dir ") || entry.startsWith("file e3b0c44298fc1c14 ");
  }

  /** Entries that differ, as {@code path: ours | theirs}. */
  private static List<String> differences(Map<String, String> ours, Map<String, String> theirs) {
    java.util.TreeSet<String> paths = new java.util.TreeSet<>(ours.keySet());
    paths.addAll(theirs.keySet());
    List<String> out = new java.util.ArrayList<>();
    for (String p : paths) {
      String a = ours.getOrDefault(p, "(missing)");
      String b = theirs.getOrDefault(p, "(missing)");
      if (!a.equals(b)) {
        out.add(p + ": dfbuild " + a + " | buildah " + b);
      }
    }
    return out;
  }

  /** Every entry: type, permission bits, owner, and content digest or link target. */
  private static Map<String, String> listing(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.toList()) {
        String rel = root.relativize(p).toString();
        Object uid = Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        Object gid = Files.getAttribute(p, "unix:gid", LinkOption.NOFOLLOW_LINKS);
        int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        String what;
        if (Files.isSymbolicLink(p)) {
          what = "link " + Files.readSymbolicLink(p);
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          what = "dir";
        } else {
          what = "file " + sha256(p);
        }
        out.put(rel, what + " " + Integer.toOctalString(mode & 07777) + " " + uid + ":" + gid);
      }
    }
    return out;
  }

  private static String sha256(Path file) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(Files.readAllBytes(file))).substring(0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
