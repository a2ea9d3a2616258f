package dev.dfkit.parser.ast;

import java.time.Duration;
import java.util.Optional;

/** Options of {@code HEALTHCHECK CMD}; durations use Go's syntax ({@code 30s}, {@code 1m30s}). */
public record HealthcheckFlags(
    Optional<Flag> interval,
    Optional<Flag> timeout,
    Optional<Flag> startPeriod,
    Optional<Flag> startInterval,
    Optional<Flag> retries) {

  public static final HealthcheckFlags NONE =
      new HealthcheckFlags(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public Optional<Duration> intervalDuration() {
    return duration(interval);
  }

  public Optional<Duration> timeoutDuration() {
    return duration(timeout);
  }

  public Optional<Duration> startPeriodDuration() {
    return duration(startPeriod);
  }

  public Optional<Duration> startIntervalDuration() {
    return duration(startInterval);
  }

  /** The retry count, when given and valid. */
  public Optional<Integer> retryCount() {
    return retries.flatMap(
        f -> {
          try {
            return Optional.of(Integer.parseInt(f.value()));
          } catch (NumberFormatException e) {
            return Optional.empty();
          }
        });
  }

  private static Optional<Duration> duration(Optional<Flag> flag) {
    return flag.flatMap(
        f -> {
          try {
            return f.value() == null || f.value().isEmpty()
                ? Optional.empty()
                : Optional.of(GoDuration.parse(f.value()));
          } catch (IllegalArgumentException e) {
            return Optional.empty();
          }
        });
  }
}
