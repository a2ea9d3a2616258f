package dev.dfkit.build.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * EXPOSE's port specs ({@code [ip:][hostPort:]port[-end][/proto]}) to the {@code port/proto} keys
 * of the image configuration, with BuildKit's rules and error messages; a range gives one key per
 * port.
 */
final class ExposedPorts {
  private ExposedPorts() {}

  static List<String> parse(String raw) throws IllegalArgumentException {
    String[] parts = raw.split(":", -1);
    String containerPart = parts[parts.length - 1];
    String hostPort = parts.length >= 2 ? parts[parts.length - 2] : "";
    String ip =
        parts.length >= 3 ? String.join(":", java.util.Arrays.copyOf(parts, parts.length - 2)) : "";

    int slash = containerPart.indexOf('/');
    String port = slash < 0 ? containerPart : containerPart.substring(0, slash);
    String proto = slash < 0 ? "" : containerPart.substring(slash + 1);
    if (port.isEmpty()) {
      throw new IllegalArgumentException("invalid port: \"" + raw + "\": no port specified");
    }
    switch (proto.toLowerCase(Locale.ROOT)) {
      case "" -> proto = "tcp";
      case "tcp", "udp", "sctp" -> {}
      default ->
          throw new IllegalArgumentException(
              "invalid port: \"" + raw + "\": invalid proto: " + proto);
    }
    if (!ip.isEmpty()) {
      String bare = ip.startsWith("[") && ip.endsWith("]") ? ip.substring(1, ip.length() - 1) : ip;
      if (!isIpAddress(bare)) {
        throw new IllegalArgumentException("invalid IP address: " + ip);
      }
    }
    int[] range;
    try {
      range = range(port);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid containerPort: " + port);
    }
    if (!hostPort.isEmpty()) {
      int[] host;
      try {
        host = range(hostPort);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("invalid hostPort: " + hostPort);
      }
      if (range[1] - range[0] != host[1] - host[0] && range[1] != range[0]) {
        throw new IllegalArgumentException(
            "invalid ranges specified for container and host Ports: " + port + " and " + hostPort);
      }
    }
    List<String> keys = new ArrayList<>();
    for (int p = range[0]; p <= range[1]; p++) {
      keys.add(p + "/" + proto.toLowerCase(Locale.ROOT));
    }
    return keys;
  }

  private static int[] range(String ports) {
    if (ports.isEmpty()) {
      throw new IllegalArgumentException("empty string specified for ports");
    }
    int dash = ports.indexOf('-');
    String start = dash < 0 ? ports : ports.substring(0, dash);
    String end = dash < 0 ? start : ports.substring(dash + 1);
    int s = number(start);
    if (dash < 0 || start.equals(end)) {
      return new int[] {s, s};
    }
    int e = number(end);
    if (e < s) {
      throw new IllegalArgumentException("invalid port range: " + ports);
    }
    return new int[] {s, e};
  }

  private static int number(String text) {
    if (text.isEmpty() || !text.matches("[+-]?[0-9]+") || text.length() > 7) {
      throw new IllegalArgumentException("invalid port number " + text);
    }
    int n = Integer.parseInt(text);
    if (n < 0 || n > 65535) {
      throw new IllegalArgumentException("value out of range (0-65535)");
    }
    return n;
  }

  private static boolean isIpAddress(String s) {
    if (s.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")) {
      for (String octet : s.split("\\.")) {
        if (Integer.parseInt(octet) > 255) {
          return false;
        }
      }
      return true;
    }
    return s.contains(":") && s.matches("[0-9A-Fa-f:.]+");
  }
}
