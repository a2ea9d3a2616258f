package dev.dfkit.parser.ast;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes like {@code 64m} or {@code 1.5GiB} in binary units, as docker/go-units RAMInBytes reads
 * them.
 */
final class RamSize {

  private static final Pattern SIZE =
      Pattern.compile("^(\\d+(?:\\.\\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$");

  private RamSize() {}

  static long parse(String value, String key) throws FlagValueException {
    Matcher m = SIZE.matcher(value);
    if (!m.matches()) {
      throw new FlagValueException("invalid value for " + key + ": " + value);
    }
    BigDecimal number;
    try {
      number = new BigDecimal(m.group(1));
    } catch (NumberFormatException e) {
      throw new FlagValueException("invalid value for " + key + ": " + value);
    }
    long unit = 1;
    if (m.group(2) != null) {
      int power = "kmgtp".indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
      unit = 1L << (10 * power);
    }
    return number.multiply(BigDecimal.valueOf(unit)).longValue();
  }
}
