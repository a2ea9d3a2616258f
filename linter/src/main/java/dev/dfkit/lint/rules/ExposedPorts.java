package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.parser.ast.Expose;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.semantic.VariableScope;
import dev.dfkit.parser.shell.ExpansionException;
import dev.dfkit.parser.shell.ShellLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * EXPOSE's port specs as BuildKit reads them ({@code [ip:][hostPort:]port[-port][/proto]}), for the
 * checks it runs on each: every word is expanded and split first; then the specs are read in order,
 * and BuildKit stops at the first one that is invalid (before checking it when its protocol or port
 * part is missing or bad, after checking it when its address or port numbers are).
 */
final class ExposedPorts {

  private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+");

  /**
   * One spec as checked.
   *
   * @param word the word it came from
   * @param raw the spec after expansion
   * @param literal true when the word is the spec as written (no quotes, no variables)
   * @param hasAddressOrHostPort an IP address or a host port is given
   * @param protoStart index in {@code raw} of the protocol, or -1 when none is written
   */
  record Spec(
      Word word, String raw, boolean literal, boolean hasAddressOrHostPort, int protoStart) {

    String proto() {
      return protoStart < 0 ? "" : raw.substring(protoStart);
    }
  }

  private static final Pattern IPV4 =
      Pattern.compile(
          "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}"
              + "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private ExposedPorts() {}

  static List<Spec> specs(LintContext context, Expose expose, VariableScope scope) {
    ShellLexer lexer = ShellLexer.of(context.dockerfile().escape());
    List<Word> from = new ArrayList<>();
    List<String> raws = new ArrayList<>();
    List<Boolean> literal = new ArrayList<>();
    for (Word w : expose.ports()) {
      List<String> words;
      try {
        words = lexer.processWords(w.value(), scope);
      } catch (ExpansionException e) {
        return List.of();
      }
      boolean lit =
          words.size() == 1
              && words.get(0).equals(w.value())
              && context.dockerfile().text(w.range()).equals(w.value());
      for (String p : words) {
        from.add(w);
        raws.add(p);
        literal.add(lit);
      }
    }
    List<Spec> specs = new ArrayList<>();
    for (int n = 0; n < raws.size(); n++) {
      String raw = raws.get(n);
      String[] parts = raw.split(":", -1);
      String ip = "";
      String hostPort = "";
      String container = parts[parts.length - 1];
      if (parts.length == 2) {
        hostPort = parts[0];
      } else if (parts.length >= 3) {
        hostPort = parts[parts.length - 2];
        ip = String.join(":", List.of(parts).subList(0, parts.length - 2));
      }
      int slash = container.indexOf('/');
      String port = slash < 0 ? container : container.substring(0, slash);
      String proto = slash < 0 ? "" : container.substring(slash + 1);
      if (port.isEmpty()
          || !List.of("", "tcp", "udp", "sctp")
              .contains(proto.toLowerCase(java.util.Locale.ROOT))) {
        break; // BuildKit: "invalid port", before its checks
      }
      int protoStart = slash < 0 ? -1 : raw.length() - proto.length();
      specs.add(
          new Spec(
              from.get(n), raw, literal.get(n), !ip.isEmpty() || !hostPort.isEmpty(), protoStart));
      if (!valid(ip, hostPort, port)) {
        break; // BuildKit fails after checking this one
      }
    }
    return specs;
  }

  private static boolean valid(String ip, String hostPort, String port) {
    if (!ip.isEmpty()) {
      String address = ip;
      if (ip.startsWith("[")) {
        if (!ip.endsWith("]")) {
          return false;
        }
        address = ip.substring(1, ip.length() - 1);
      }
      if (!IPV4.matcher(address).matches() && !IPV6.matcher(address).matches()) {
        return false;
      }
    }
    int[] container = range(port);
    if (container == null) {
      return false;
    }
    if (!hostPort.isEmpty()) {
      int[] host = range(hostPort);
      if (host == null) {
        return false;
      }
      if (container[1] - container[0] != host[1] - host[0] && container[1] != container[0]) {
        return false;
      }
    }
    return true;
  }

  /** BuildKit's parsePortRange: {@code start[-end]}, or null when invalid. */
  private static int[] range(String ports) {
    if (ports.isEmpty()) {
      return null;
    }
    int dash = ports.indexOf('-');
    String start = dash < 0 ? ports : ports.substring(0, dash);
    String end = dash < 0 ? null : ports.substring(dash + 1);
    Integer s = number(start);
    if (s == null) {
      return null;
    }
    if (end == null || start.equals(end)) {
      return new int[] {s, s};
    }
    Integer e = number(end);
    if (e == null || e < s) {
      return null;
    }
    return new int[] {s, e};
  }

  private static Integer number(String s) {
    if (!NUMBER.matcher(s).matches()) {
      return null;
    }
    try {
      long v = Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
      return v < 0 || v > 65535 ? null : (int) v;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
