package dev.dfkit.build.plan;

import dev.dfkit.build.graph.Vertex;
import dev.dfkit.build.image.ImageConfig;
import dev.dfkit.parser.semantic.Platform;
import java.util.List;
import java.util.Map;

/**
 * A planned build: the target stage's graph and image configuration, and every stage that was
 * dispatched on the way.
 *
 * @param target the stage to export
 * @param stages the dispatched stages, in Dockerfile order
 * @param globalArgs the ARGs in scope before the first FROM, with the automatic platform ARGs
 */
public record BuildPlan(StagePlan target, List<StagePlan> stages, Map<String, String> globalArgs) {
  public BuildPlan {
    stages = List.copyOf(stages);
  }

  /**
   * One stage: the vertex that yields its filesystem and the configuration it wrote (its {@code
   * rootfs} is empty; the solver fills it from the layers).
   */
  public record StagePlan(
      String name, int index, Vertex vertex, ImageConfig config, Platform platform) {}
}
