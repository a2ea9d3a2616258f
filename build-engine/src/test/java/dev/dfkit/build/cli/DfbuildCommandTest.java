package dev.dfkit.build.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's checks before any build starts: these need neither root nor runc. */
class DfbuildCommandTest {

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DfbuildCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private Run build(String dockerfile, String... extra) throws Exception {
    Files.writeString(dir.resolve("Dockerfile"), dockerfile);
    String[] args = new String[extra.length + 3];
    args[0] = "--root";
    args[1] = dir.resolve("state").toString();
    System.arraycopy(extra, 0, args, 2, extra.length);
    args[args.length - 1] = dir.toString();
    return run(args);
  }

  @Test
  void syntaxErrorsStopTheBuildWithTheirLocation() throws Exception {
    Run r = build("FROM scratch\nCOPY --bogus=1 a /\n");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains(dir.resolve("Dockerfile") + ":2:6: error: unknown flag: --bogus")
        .contains("nothing was built");
  }

  @Test
  void buildChecksAreWarningsUnlessTheFileAsksForErrors() throws Exception {
    Run errors =
        build("# check=error=true\nFROM scratch AS Build\nLABEL a=b\n", "--progress", "plain");
    assertThat(errors.code()).isEqualTo(1);
    assertThat(errors.err())
        .contains(":2:17: error: StageNameCasing: Stage name 'Build' should be lowercase");
  }

  @Test
  void badOptionsAreUsageErrors() throws Exception {
    assertThat(build("FROM scratch\n", "--network", "bridge").err())
        .contains("invalid --network bridge");
    assertThat(build("FROM scratch\n", "-o", "type=zip,dest=x").code()).isEqualTo(2);
    assertThat(build("FROM scratch\n", "--push").err())
        .contains("--push needs a -t REGISTRY/NAME:TAG");
    assertThat(build("FROM scratch\n", "-t", "Bad Name").err()).contains("invalid image name");
    assertThat(build("FROM scratch\n", "--platform", "linux/%%").code()).isEqualTo(2);
  }

  @Test
  void planningErrorsNameTheLineAndShowIt() throws Exception {
    Run r = build("FROM scratch\nSTOPSIGNAL SIGWHAT\n", "--progress", "plain");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains(":2:1: error: Invalid signal: SIGWHAT")
        .contains(" 2 | >>> STOPSIGNAL SIGWHAT");
  }

  @Test
  void unknownTargetsAreReported() throws Exception {
    Run r = build("FROM scratch AS one\n", "--target", "two", "--progress", "plain");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("target stage \"two\" could not be found");
  }

  @Test
  void storeCommandsWorkOnAnEmptyStore() {
    String root = dir.resolve("state").toString();
    Run images = run("--root", root, "images");
    assertThat(images.code()).isZero();
    assertThat(images.out()).startsWith("REPOSITORY");
    Run rm = run("--root", root, "rm", "nothing:here");
    assertThat(rm.code()).isEqualTo(1);
    assertThat(rm.err()).contains("no such image: nothing:here");
    Run inspect = run("--root", root, "inspect", "nothing");
    assertThat(inspect.code()).isEqualTo(1);
    Run prune = run("--root", root, "prune");
    assertThat(prune.code()).isZero();
    assertThat(prune.out()).startsWith("Deleted 0 cache entries, 0 blobs");
  }

  @Test
  void importRefusesWhatIsNotARootfs() throws Exception {
    Path notTar = dir.resolve("x.tar");
    Files.writeString(notTar, "not a tar");
    Run r = run("--root", dir.resolve("state").toString(), "import", notTar.toString(), "x:1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("dfbuild import: " + notTar);
  }
}
