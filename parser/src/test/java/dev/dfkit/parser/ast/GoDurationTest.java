package dev.dfkit.parser.ast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoDurationTest {

  /** Values Go's {@code time.Duration.String} prints. */
  @ParameterizedTest
  @CsvSource({
    "0, 0s",
    "1, 1ns",
    "1500, 1.5\u00b5s",
    "2000000, 2ms",
    "1500000000, 1.5s",
    "30000000000, 30s",
    "90000000000, 1m30s",
    "3600000000000, 1h0m0s",
    "3723500000000, 1h2m3.5s",
    "-5000000000, -5s",
  })
  void formatsAsGoDoes(long nanos, String expected) {
    assertThat(GoDuration.format(Duration.ofNanos(nanos))).isEqualTo(expected);
  }

  @Property
  void formatThenParseIsIdentity(
      @ForAll @LongRange(min = -1_000_000_000_000_000L, max = 1_000_000_000_000_000L) long nanos) {
    Duration d = Duration.ofNanos(nanos);
    assertThat(GoDuration.parse(GoDuration.format(d))).isEqualTo(d);
  }
}
