package dev.dfkit.build.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.build.engine.BuildEngine;
import dev.dfkit.build.engine.BuildOptions;
import dev.dfkit.build.plan.BuildRequest;
import dev.dfkit.build.registry.LocalDockerRegistry;
import dev.dfkit.build.registry.RegistryOptions;
import dev.dfkit.parser.DockerfileParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dfbuild with a real registry on 127.0.0.1: build and push, read back with skopeo, then a fresh
 * state directory builds FROM the pushed image (pulled on first use, then used from the store).
 */
class RegistryRoundTripIT {

  @TempDir Path tmp;

  @Test
  void pushThenPullAsABaseImage() throws Exception {
    LocalDockerRegistry.requireTool("skopeo");
    try (BuildFixture f = new BuildFixture(tmp.resolve("a"));
        LocalDockerRegistry registry =
            LocalDockerRegistry.start(
                Files.createDirectories(tmp.resolve("registry")), Optional.empty())) {
      String name = registry.host() + "/team/app:1";
      f.write("Dockerfile", "FROM busybox\nRUN echo pushed > /pushed\nLABEL stage=one\n");
      BuildRequest request =
          new BuildRequest(
              f.context,
              f.context.resolve("Dockerfile"),
              Map.of(),
              Optional.empty(),
              Optional.empty(),
              Map.of(),
              false,
              "default");
      BuildEngine.BuildResult pushed =
          f.engine.build(
              DockerfileParser.parse(Files.readString(f.context.resolve("Dockerfile")))
                  .dockerfile(),
              new BuildOptions(request, List.of(name), List.of(), true, false, Set.of()),
              f.progress);
      assertThat(f.progress.events).anyMatch(e -> e.startsWith("start pushing " + name));

      String inspected =
          BuildFixture.run(List.of("skopeo", "inspect", "--tls-verify=false", "docker://" + name));
      assertThat(inspected)
          .contains(pushed.pushed().get(name).toString())
          .contains("\"stage\": \"one\"");

      // A second machine: an empty state directory that only knows the registry.
      Path second = tmp.resolve("b");
      Files.createDirectories(second.resolve("ctx"));
      try (BuildEngine engine =
          BuildEngine.open(second.resolve("state"), RegistryOptions.defaults())) {
        String dockerfile = "FROM " + name + "\nRUN cat /pushed > /seen\n";
        Files.writeString(second.resolve("ctx/Dockerfile"), dockerfile);
        BuildRequest req =
            new BuildRequest(
                second.resolve("ctx"),
                second.resolve("ctx/Dockerfile"),
                Map.of(),
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                false,
                "default");
        BuildFixture.RecordingProgress progress = new BuildFixture.RecordingProgress();
        BuildEngine.BuildResult built =
            engine.build(
                DockerfileParser.parse(dockerfile).dockerfile(),
                new BuildOptions(req, List.of(), List.of(), false, false, Set.of()),
                progress);
        assertThat(progress.events).anyMatch(e -> e.startsWith("start [internal] load metadata"));
        assertThat(built.layers()).hasSize(3);
        assertThat(built.layers().subList(0, 2))
            .extracting(l -> l.diffId())
            .isEqualTo(pushed.layers().stream().map(l -> l.diffId()).toList());
        assertThat(engine.store().tags()).containsKey(name);
      }
    }
  }
}
