package dev.dfkit.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random Dockerfiles for the formatter's properties: every instruction, flags, JSON and shell
 * forms, shell commands with operators, subshells, compound commands, quotes and expansions, line
 * continuations (between words, inside words, inside quotes, with trailing blanks), comment and
 * blank lines inside continuations, heredocs, both escape characters, odd keyword case, CRLF.
 */
final class RandomDockerfiles {

  private RandomDockerfiles() {}

  static Arbitrary<String> dockerfiles() {
    return Arbitraries.randomValue(RandomDockerfiles::generate).withoutEdgeCases();
  }

  static String generate(Random r) {
    Gen g = new Gen(r);
    return g.file();
  }

  private static final class Gen {
    final Random r;
    char escape = '\\';
    boolean heredocsOk = true;

    Gen(Random r) {
      this.r = r;
    }

    <T> T pick(List<T> xs) {
      return xs.get(r.nextInt(xs.size()));
    }

    boolean chance(double p) {
      return r.nextDouble() < p;
    }

    String file() {
      StringBuilder out = new StringBuilder();
      if (chance(0.15)) {
        out.append("\uFEFF");
      }
      if (chance(0.3)) {
        out.append(pick(List.of("# syntax=docker/dockerfile:1\n", "#syntax = x\n")));
      }
      if (chance(0.25)) {
        escape = chance(0.6) ? '`' : '\\';
        out.append("# escape=").append(escape).append('\n');
      }
      if (chance(0.2)) {
        out.append("ARG BASE=alpine\n");
      }
      int n = 1 + r.nextInt(12);
      out.append(kw("FROM")).append(" ").append(pick(List.of("alpine", "${BASE}", "debian:12")));
      if (chance(0.4)) {
        out.append(pick(List.of(" AS build", " as b2", " As x")));
      }
      out.append(trailing()).append('\n');
      for (int i = 0; i < n; i++) {
        double p = r.nextDouble();
        if (p < 0.1) {
          out.append(pick(List.of("", "  ", "\t"))).append('\n');
        } else if (p < 0.2) {
          out.append(pick(List.of("", "  ")))
              .append(pick(List.of("# note", "#", "# a \\")))
              .append(trailing())
              .append('\n');
        } else {
          out.append(pick(List.of("", "", "", "  "))).append(instruction()).append('\n');
        }
      }
      String text = out.toString();
      if (chance(0.1)) {
        text = text.substring(0, text.length() - 1); // no final newline
      }
      if (chance(0.25)) {
        text = text.replace("\n", "\r\n");
      }
      return text;
    }

    String trailing() {
      return chance(0.15) ? pick(List.of(" ", "\t", "   ")) : "";
    }

    String kw(String k) {
      double p = r.nextDouble();
      return p < 0.7 ? k : p < 0.85 ? k.toLowerCase() : k.charAt(0) + k.substring(1).toLowerCase();
    }

    String instruction() {
      int k = r.nextInt(17);
      return switch (k) {
        case 0, 1, 2, 3 ->
            kw("RUN")
                + flags(
                    List.of(
                        "--mount=type=cache,target=/root/.cache",
                        "--network=none",
                        "--mount=type=secret,id=x"))
                + " "
                + runBody();
        case 4 -> kw("CMD") + " " + (chance(0.5) ? json() : join(shell(0)));
        case 5 -> kw("ENTRYPOINT") + " " + (chance(0.5) ? json() : join(shell(0)));
        case 6 -> kw("ENV") + " " + pairs();
        case 7 -> kw("LABEL") + " " + pairs();
        case 8 ->
            kw("COPY")
                + flags(List.of("--from=build", "--chown=1:1", "--link", "--chmod=755"))
                + " "
                + copyArgs();
        case 9 ->
            kw("ADD") + flags(List.of("--checksum=sha256:abc", "--chown=x")) + " " + copyArgs();
        case 10 -> kw("WORKDIR") + " " + pick(List.of("/app", "/a b", "$HOME/x"));
        case 11 ->
            kw("EXPOSE")
                + " "
                + join(List.of("80", "443/tcp", "53/udp").subList(0, 1 + r.nextInt(3)));
        case 12 -> kw("ARG") + " " + pick(List.of("A", "A=1", "A=\"x y\" B", "V=${X:-y}"));
        case 13 -> kw("USER") + " " + pick(List.of("app", "1000:1000"));
        case 14 ->
            kw("HEALTHCHECK")
                + pick(List.of(" NONE", " --interval=5s CMD " + join(shell(0)), " cmd " + json()));
        case 15 ->
            kw("ONBUILD")
                + " "
                + pick(
                    List.of(
                        kw("RUN") + " " + join(shell(0)),
                        kw("COPY") + " . /app",
                        kw("RUN") + " " + json()));
        default -> kw("VOLUME") + " " + pick(List.of("/data", "[\"/a\", \"/b\"]", "/x /y"));
      };
    }

    String flags(List<String> options) {
      StringBuilder s = new StringBuilder();
      int n = r.nextInt(3);
      for (int i = 0; i < n; i++) {
        s.append(sep()).append(pick(options));
      }
      return s.toString();
    }

    String runBody() {
      double p = r.nextDouble();
      if (p < 0.15) {
        return json();
      }
      if (p < 0.3 && heredocsOk) {
        String name = pick(List.of("EOF", "EOT", "END"));
        String dash = chance(0.3) ? "-" : "";
        String quote = chance(0.3) ? "'" : "";
        String head =
            pick(List.of("", "cat ", "python3 "))
                + "<<"
                + dash
                + quote
                + name
                + quote
                + pick(List.of("", " > /x", " && echo done"));
        String body = pick(List.of("echo hi\n", "\tset -e\n  x=1  \n", "", "a \\\nb\n"));
        String end = dash.isEmpty() ? name : (chance(0.5) ? "\t" + name : name);
        return head + "\n" + body + end;
      }
      return join(shell(0));
    }

    /** Shell tokens of a command list. */
    List<String> shell(int depth) {
      List<String> t = new ArrayList<>();
      int commands = 1 + r.nextInt(depth == 0 ? 4 : 2);
      for (int i = 0; i < commands; i++) {
        if (i > 0) {
          t.add(pick(List.of("&&", "&&", "||", "|", ";")));
        }
        double p = r.nextDouble();
        if (p < 0.1 && depth < 2) {
          t.add("(");
          t.addAll(shell(depth + 1));
          t.add(")");
        } else if (p < 0.17 && depth < 2) {
          t.add("if");
          t.addAll(simple());
          t.add(";");
          t.add("then");
          t.addAll(shell(depth + 1));
          t.add(";");
          if (chance(0.5)) {
            t.add("else");
            t.addAll(simple());
            t.add(";");
          }
          t.add("fi");
        } else if (p < 0.22 && depth < 2) {
          t.addAll(List.of("for", "x", "in", "a", "b;", "do"));
          t.addAll(shell(depth + 1));
          t.add(";");
          t.add("done");
        } else if (p < 0.25 && depth < 2) {
          t.addAll(
              List.of(
                  "case", "\"$x\"", "in", "a)", "echo", "1", ";;", "*)", "echo", "2", ";;",
                  "esac"));
        } else if (p < 0.28 && depth < 2) {
          t.addAll(List.of("{", "echo", "a;", "echo", "b;", "}"));
        } else {
          t.addAll(simple());
        }
      }
      if (depth == 0 && chance(0.1)) {
        t.add("# trailing comment");
      }
      return t;
    }

    List<String> simple() {
      List<String> t = new ArrayList<>();
      if (chance(0.1)) {
        t.add("A=1");
      }
      t.add(pick(List.of("echo", "apt-get", "apk", "make", "cd", "set", "curl", "tar", "[")));
      int args = r.nextInt(5);
      for (int i = 0; i < args; i++) {
        t.add(
            pick(
                List.of(
                    "-y",
                    "install",
                    "curl",
                    "\"a  b\"",
                    "'c   d'",
                    "$HOME",
                    "${X:-y}",
                    "$(id -u)",
                    "`pwd`",
                    "/var/lib/apt/lists/*",
                    "x=y",
                    "--flag=value",
                    "\"$@\"",
                    "2>&1",
                    ">/dev/null",
                    "\"q \\\" q\"",
                    "]")));
      }
      return t;
    }

    String json() {
      List<String> els = new ArrayList<>();
      int n = r.nextInt(4);
      for (int i = 0; i < n; i++) {
        els.add(
            pick(List.of("\"sh\"", "\"-c\"", "\"echo \\\"hi\\\"\"", "\"\\u00e9\\t\"", "\"a b\"")));
      }
      StringBuilder s = new StringBuilder("[");
      for (int i = 0; i < els.size(); i++) {
        if (i > 0) {
          s.append(",").append(chance(0.3) ? cont() : pick(List.of(" ", "", "  ")));
        }
        s.append(els.get(i));
      }
      return s.append("]").toString();
    }

    String pairs() {
      if (chance(0.3)) {
        return pick(List.of("K v", "K \"a b\"", "K a b", "PATH /x:$PATH", "K v\\ w"));
      }
      List<String> t = new ArrayList<>();
      int n = 1 + r.nextInt(3);
      for (int i = 0; i < n; i++) {
        t.add(pick(List.of("A=1", "B=\"two words\"", "C=$D", "E=", "F='x y'", "G=a\\ b")));
      }
      return join(t);
    }

    String copyArgs() {
      if (chance(0.15)) {
        return "[\"a b\", \"/dst/\"]";
      }
      if (chance(0.15) && heredocsOk) {
        return "<<EOF /dst\nbody line\nEOF";
      }
      return join(List.of("src", "other/*", "/dst/").subList(r.nextInt(2), 3));
    }

    /** Tokens joined by separators: spaces, continuations, comments in continuations. */
    String join(List<String> tokens) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < tokens.size(); i++) {
        String t = tokens.get(i);
        if (i > 0) {
          s.append(sep());
        }
        if (t.length() > 3 && !t.startsWith("#") && chance(0.05)) {
          int cut = 1 + r.nextInt(t.length() - 2);
          s.append(t, 0, cut).append(escape).append('\n').append(t.substring(cut));
        } else {
          s.append(t);
        }
      }
      return s.toString();
    }

    String sep() {
      double p = r.nextDouble();
      if (p < 0.7) {
        return pick(List.of(" ", " ", "  ", "\t"));
      }
      return " " + cont();
    }

    String cont() {
      StringBuilder s = new StringBuilder();
      s.append(escape).append(chance(0.1) ? "  " : "").append('\n');
      if (chance(0.15)) {
        s.append(pick(List.of("# inner comment", "  # indented", "#"))).append('\n');
      }
      if (chance(0.05)) {
        s.append("   \n");
      }
      s.append(pick(List.of("", "  ", "    ", "\t")));
      return s.toString();
    }
  }
}
