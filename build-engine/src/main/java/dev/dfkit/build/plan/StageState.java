package dev.dfkit.build.plan;

import dev.dfkit.build.graph.Vertex;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.semantic.Platform;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One stage while it is planned (BuildKit's {@code dispatchState}): its base, the commands it will
 * run (ONBUILD triggers first), the filesystem vertex so far, the environment RUN sees and the
 * image configuration it writes. An image named by {@code COPY --from} gets one too, with no
 * commands.
 */
final class StageState {

  /** An instruction to dispatch, with the stage a {@code COPY --from} reads and ONBUILD origin. */
  record Command(Instruction instruction, StageState source, boolean onBuild) {}

  /** A declared ARG, with its value when it has one (for RUN's history line). */
  record DeclaredArg(String name, String value) {}

  final Stage stage; // null for an image named only by COPY --from
  final int index;
  final String name; // lower-case stage name, or "" when unnamed
  final String baseName; // expanded FROM argument (or the --from image)
  final SourceRange location;
  String displayName; // BuildKit's stageName: name, "stage-N", or "" when there is one stage
  StageState base; // the earlier stage this one is FROM
  Platform platform; // set by --platform or from the base
  boolean explicitPlatform;

  BaseImage image; // the base image, once resolved
  boolean scratch;
  boolean resolved;
  boolean onBuildInitialised;
  boolean dispatched;

  final List<Command> commands = new ArrayList<>();
  final Set<StageState> deps = new LinkedHashSet<>();

  // Filled while dispatching.
  Vertex vertex;
  StageImage config;
  final Map<String, String> env = new LinkedHashMap<>();
  final List<DeclaredArg> buildArgs = new ArrayList<>();
  boolean cmdSet;
  int cmdIndex;
  int cmdTotal;

  StageState(
      Stage stage, int index, String name, String baseName, SourceRange location, Platform p) {
    this.stage = stage;
    this.index = index;
    this.name = name;
    this.baseName = baseName;
    this.location = location;
    this.platform = p;
  }

  boolean isImageOnly() {
    return stage == null;
  }
}
