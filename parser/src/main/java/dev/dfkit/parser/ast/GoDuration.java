package dev.dfkit.parser.ast;

import dev.dfkit.parser.dump.GoQuote;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Go's {@code time.ParseDuration}, which HEALTHCHECK options use: {@code 1h2m3.5s}, {@code 300ms}.
 */
public final class GoDuration {

  private GoDuration() {}

  /**
   * @throws IllegalArgumentException with Go's message ({@code time: invalid duration "x"})
   */
  public static Duration parse(String s) {
    String orig = s;
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      negative = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return Duration.ZERO;
    }
    if (s.isEmpty()) {
      throw invalid(orig);
    }
    BigDecimal totalNanos = BigDecimal.ZERO;
    int i = 0;
    while (i < s.length()) {
      int start = i;
      while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
        i++;
      }
      boolean leadingDigits = i > start;
      int fracStart = i;
      if (i < s.length() && s.charAt(i) == '.') {
        i++;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
          i++;
        }
      }
      boolean fractionDigits = i > fracStart + 1;
      if (!leadingDigits && !fractionDigits) {
        throw invalid(orig);
      }
      BigDecimal number = new BigDecimal(numberText(s.substring(start, i)));
      int unitStart = i;
      while (i < s.length() && s.charAt(i) != '.' && !(s.charAt(i) >= '0' && s.charAt(i) <= '9')) {
        i++;
      }
      String unit = s.substring(unitStart, i);
      if (unit.isEmpty()) {
        throw new IllegalArgumentException("time: missing unit in duration " + GoQuote.quote(orig));
      }
      long nanosPerUnit =
          switch (unit) {
            case "ns" -> 1L;
            case "us", "\u00b5s", "\u03bcs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            default ->
                throw new IllegalArgumentException(
                    "time: unknown unit "
                        + GoQuote.quote(unit)
                        + " in duration "
                        + GoQuote.quote(orig));
          };
      totalNanos = totalNanos.add(number.multiply(BigDecimal.valueOf(nanosPerUnit)));
      if (totalNanos.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
        throw invalid(orig);
      }
    }
    long nanos = totalNanos.longValue();
    return Duration.ofNanos(negative ? -nanos : nanos);
  }

  private static String numberText(String s) {
    if (s.startsWith(".")) {
      return "0" + s;
    }
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private static IllegalArgumentException invalid(String orig) {
    return new IllegalArgumentException("time: invalid duration " + GoQuote.quote(orig));
  }

  /**
   * Go's {@code time.Duration.String}: {@code 1h2m3.5s}, {@code 300ms}, {@code 0s} (what Docker
   * writes into image history for HEALTHCHECK).
   */
  public static String format(Duration d) {
    long nanos = d.toNanos();
    if (nanos == 0) {
      return "0s";
    }
    StringBuilder out = new StringBuilder();
    if (nanos < 0) {
      out.append('-');
      nanos = -nanos;
    }
    if (nanos < 1_000_000_000L) {
      if (nanos < 1_000L) {
        return out.append(nanos).append("ns").toString();
      }
      if (nanos < 1_000_000L) {
        return out.append(fraction(nanos, 1_000L)).append("\u00b5s").toString();
      }
      return out.append(fraction(nanos, 1_000_000L)).append("ms").toString();
    }
    long hours = nanos / 3_600_000_000_000L;
    long rest = nanos % 3_600_000_000_000L;
    long minutes = rest / 60_000_000_000L;
    rest %= 60_000_000_000L;
    if (hours > 0) {
      out.append(hours).append('h');
    }
    if (hours > 0 || minutes > 0) {
      out.append(minutes).append('m');
    }
    return out.append(fraction(rest, 1_000_000_000L)).append('s').toString();
  }

  /** {@code value / unit} with the fraction's trailing zeros dropped, as Go prints it. */
  private static String fraction(long value, long unit) {
    return BigDecimal.valueOf(value)
        .divide(BigDecimal.valueOf(unit))
        .stripTrailingZeros()
        .toPlainString();
  }
}
