package dev.dfkit.build.plan;

import dev.dfkit.build.image.ContainerConfig;
import dev.dfkit.build.image.ImageConfig;
import dev.dfkit.parser.semantic.Platform;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The image configuration a stage is writing, instruction by instruction: starts as a copy of the
 * base image's and ends as the stage's {@link ImageConfig} (without the layer list, which the
 * solver knows).
 */
final class StageImage {
  static final String HISTORY_COMMENT = "buildkit.dockerfile.v0";

  String author;
  String os;
  String architecture;
  String variant;
  String user;
  final Map<String, Map<String, Object>> exposedPorts = new TreeMap<>();
  final List<String> env = new ArrayList<>();
  List<String> entrypoint;
  List<String> cmd;
  final Map<String, Map<String, Object>> volumes = new TreeMap<>();
  String workingDir;
  final Map<String, String> labels = new LinkedHashMap<>();
  String stopSignal;
  Boolean argsEscaped;
  ContainerConfig.Healthcheck healthcheck;
  final List<String> onBuild = new ArrayList<>();
  List<String> shell;
  final List<ImageConfig.History> history = new ArrayList<>();

  /** The image {@code FROM scratch} starts from (BuildKit's {@code emptyImage}). */
  static StageImage empty(Platform platform) {
    StageImage image = new StageImage();
    image.os = platform.os();
    image.architecture = platform.architecture();
    image.variant = platform.variant().isEmpty() ? null : platform.variant();
    image.workingDir = "/";
    image.env.add("PATH=" + dev.dfkit.parser.semantic.BuildVariables.DEFAULT_PATH);
    return image;
  }

  static StageImage of(ImageConfig config) {
    StageImage image = new StageImage();
    image.author = config.author();
    image.os = config.os();
    image.architecture = config.architecture();
    image.variant = config.variant();
    ContainerConfig c = config.config() == null ? ContainerConfig.EMPTY : config.config();
    image.user = c.user();
    if (c.exposedPorts() != null) {
      image.exposedPorts.putAll(c.exposedPorts());
    }
    if (c.env() != null) {
      image.env.addAll(c.env());
    }
    image.entrypoint = c.entrypoint();
    image.cmd = c.cmd();
    if (c.volumes() != null) {
      image.volumes.putAll(c.volumes());
    }
    image.workingDir = c.workingDir();
    if (c.labels() != null) {
      image.labels.putAll(c.labels());
    }
    image.stopSignal = c.stopSignal();
    image.argsEscaped = c.argsEscaped();
    image.healthcheck = c.healthcheck();
    if (c.onBuild() != null) {
      image.onBuild.addAll(c.onBuild());
    }
    image.shell = c.shell();
    if (config.history() != null) {
      image.history.addAll(config.history());
    }
    return image;
  }

  StageImage copy() {
    return of(toConfig());
  }

  /** Sets {@code key=value} in Env, in place when the key exists (BuildKit's {@code addEnv}). */
  void setEnv(String key, String value) {
    for (int i = 0; i < env.size(); i++) {
      String entry = env.get(i);
      int eq = entry.indexOf('=');
      String k = eq < 0 ? entry : entry.substring(0, eq);
      if (k.equals(key)) {
        env.set(i, key + "=" + value);
        return;
      }
    }
    env.add(key + "=" + value);
  }

  /** Records one instruction in the history; layers get their creation time from the solver. */
  void commit(String createdBy, boolean withLayer) {
    history.add(
        new ImageConfig.History(
            null, createdBy, null, HISTORY_COMMENT, withLayer ? null : Boolean.TRUE));
  }

  ImageConfig toConfig() {
    ContainerConfig config =
        new ContainerConfig(
            blankToNull(user),
            exposedPorts.isEmpty() ? null : new TreeMap<>(exposedPorts),
            env.isEmpty() ? null : List.copyOf(env),
            entrypoint,
            cmd,
            volumes.isEmpty() ? null : new TreeMap<>(volumes),
            blankToNull(workingDir),
            labels.isEmpty() ? null : new LinkedHashMap<>(labels),
            blankToNull(stopSignal),
            argsEscaped,
            healthcheck,
            onBuild.isEmpty() ? null : List.copyOf(onBuild),
            shell);
    return new ImageConfig(
        null,
        blankToNull(author),
        architecture,
        os,
        blankToNull(variant),
        config,
        new ImageConfig.RootFs("layers", List.of()),
        List.copyOf(history));
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
