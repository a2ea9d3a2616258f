package dev.dfkit.build.plan;

import dev.dfkit.build.image.ContainerConfig;
import dev.dfkit.parser.ast.GoDuration;
import dev.dfkit.parser.dump.GoQuote;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text of image history entries, formatted as BuildKit's Go code does ({@code %q} and {@code
 * %v} of string slices, {@code %+v} of the health check), so images match a BuildKit build.
 */
final class HistoryText {
  private HistoryText() {}

  /** Go's {@code %q} of a {@code []string}: {@code ["a" "b"]}. */
  static String quotedList(List<String> values) {
    return values.stream().map(GoQuote::quote).collect(Collectors.joining(" ", "[", "]"));
  }

  /** Go's {@code %v} of a {@code []string}: {@code [a b]}. */
  static String plainList(List<String> values) {
    return String.join(" ", values).transform(s -> "[" + s + "]");
  }

  /** Go's {@code %+v} of Docker's {@code HealthcheckConfig}. */
  static String healthcheck(ContainerConfig.Healthcheck h) {
    return "{Test:"
        + plainList(h.test())
        + " Interval:"
        + duration(h.interval())
        + " Timeout:"
        + duration(h.timeout())
        + " StartPeriod:"
        + duration(h.startPeriod())
        + " StartInterval:"
        + duration(h.startInterval())
        + " Retries:"
        + (h.retries() == null ? 0 : h.retries())
        + "}";
  }

  /**
   * RUN's history line (BuildKit's {@code runCommandString}): the stage's build args as {@code |N
   * K=V...} before the command, so two builds with different args are told apart.
   */
  static String runCommand(
      List<String> args, List<StageState.DeclaredArg> buildArgs, Map<String, String> env) {
    java.util.LinkedHashMap<String, String> values = new java.util.LinkedHashMap<>();
    for (StageState.DeclaredArg arg : buildArgs) {
      String v = env.containsKey(arg.name()) ? env.get(arg.name()) : arg.value();
      values.put(arg.name(), v == null ? "" : v);
    }
    List<String> words = new java.util.ArrayList<>();
    if (!values.isEmpty()) {
      words.add("|" + values.size());
      values.forEach((k, v) -> words.add(k + "=" + v));
    }
    words.addAll(args);
    return String.join(" ", words);
  }

  private static String duration(Long nanos) {
    return GoDuration.format(Duration.ofNanos(nanos == null ? 0 : nanos));
  }
}
