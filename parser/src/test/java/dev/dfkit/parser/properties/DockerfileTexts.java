package dev.dfkit.parser.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The inputs the parser properties run on: (a) arbitrary text weighted towards what matters in a
 * Dockerfile, (b) random mutations of BuildKit's corpus, (c) generated plausible Dockerfiles, and
 * (c) after the mutations of (b). All are built from small integer and list choices, so jqwik
 * shrinks a failure to a short text.
 */
final class DockerfileTexts {

  static final List<String> KEYWORDS =
      List.of(
          "FROM",
          "RUN",
          "CMD",
          "LABEL",
          "MAINTAINER",
          "EXPOSE",
          "ENV",
          "ADD",
          "COPY",
          "ENTRYPOINT",
          "VOLUME",
          "USER",
          "WORKDIR",
          "ARG",
          "ONBUILD",
          "STOPSIGNAL",
          "HEALTHCHECK",
          "SHELL");

  /** Short strings that change how a Dockerfile lexes or parses. */
  private static final List<String> SIGNIFICANT =
      List.of(
          "\\",
          "`",
          " ",
          "  ",
          "\t",
          "\n",
          "\n",
          "\n",
          "\r\n",
          "\r",
          "#",
          "# ",
          "[",
          "]",
          "\"",
          "'",
          "=",
          "-",
          "--",
          "$",
          "${",
          "}",
          "{",
          "<",
          "<<",
          "<<-",
          "EOF",
          "<<EOF",
          "<<-EOF",
          "<<'EOF'",
          "<<\"EOF\"",
          "\nEOF\n",
          "\tEOF",
          "3<<",
          "\\\n",
          "`\n",
          "\\\r\n",
          "\\ \n",
          ",",
          ":",
          "/",
          "\u00A0",
          "\u2003",
          "\u3000",
          "\u0085",
          "\u000B",
          "\f",
          "\uFEFF",
          "😀",
          "𝄞",
          "\uD83D",
          "\uDE00",
          "\u0000",
          "# escape=`\n",
          "# escape=\\\n",
          "# syntax=docker/x\n",
          "# check=skip=all\n",
          "AS",
          "as",
          "NONE",
          "CMD",
          "[\"a\", \"b\"]",
          "[]",
          "\\\"",
          "\\'",
          "0",
          "a=b",
          "\"a b\"");

  private static final List<String> FLAGS =
      List.of(
          "--flag=value",
          "--from=build",
          "--mount=type=cache,target=/root/.cache",
          "--mount=type=bind,source=\"a b\",target=/x",
          "--mount=type=secret,id=$ID",
          "--platform=$BUILDPLATFORM",
          "--link",
          "--link=false",
          "--chmod=0755",
          "--chown=user:group",
          "--network=none",
          "--security=insecure",
          "--interval=1s",
          "--retries=3",
          "--device=vendor.com/gpu=all,required",
          "--exclude=*.md",
          "--checksum=sha256:abc",
          "--keep-git-dir=true",
          "--",
          "--=",
          "--x=\"quoted value\"",
          "--y='single'",
          "--e\\=q",
          "--z=");

  private static final char ESC = '\u0001';
  private static final char EOL = '\u0002';

  private DockerfileTexts() {}

  // ---- (a) arbitrary text ---------------------------------------------------------------------

  /** Text made of Dockerfile-significant fragments, keywords, flags and any characters. */
  static Arbitrary<String> arbitraryText() {
    Arbitrary<String> fragment =
        Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.of(SIGNIFICANT)),
            Tuple.of(3, keyword(Arbitraries.of(KEYWORDS))),
            Tuple.of(2, Arbitraries.of(FLAGS)),
            Tuple.of(3, Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(6)),
            Tuple.of(1, Arbitraries.strings().ofMinLength(1).ofMaxLength(3)));
    return fragment.list().ofMaxSize(60).map(parts -> String.join("", parts));
  }

  /** A keyword with each letter in random case (shrinks to upper case). */
  static Arbitrary<String> keyword(Arbitrary<String> keywords) {
    return Combinators.combine(keywords, Arbitraries.longs().between(0, Long.MAX_VALUE))
        .as(DockerfileTexts::withCase);
  }

  private static String withCase(String word, long lowerMask) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      boolean lower = i < 63 && (lowerMask & (1L << i)) != 0;
      out.append(lower ? Character.toLowerCase(c) : c);
    }
    return out.toString();
  }

  // ---- (b) mutations of the conformance corpus ----------------------------------------------

  /** One edit of a text; positions are seeds taken modulo the text's size. */
  sealed interface Mutation {
    String apply(String text);
  }

  record InsertText(int at, String inserted) implements Mutation {
    @Override
    public String apply(String text) {
      int i = Math.floorMod(at, text.length() + 1);
      return text.substring(0, i) + inserted + text.substring(i);
    }
  }

  record DeleteText(int at, int length) implements Mutation {
    @Override
    public String apply(String text) {
      if (text.isEmpty()) {
        return text;
      }
      int i = Math.floorMod(at, text.length());
      return text.substring(0, i) + text.substring(Math.min(text.length(), i + length));
    }
  }

  record SwapLines(int first, int second) implements Mutation {
    @Override
    public String apply(String text) {
      List<String> lines = lines(text);
      if (lines.isEmpty()) {
        return text;
      }
      int a = Math.floorMod(first, lines.size());
      int b = Math.floorMod(second, lines.size());
      String la = lines.get(a);
      lines.set(a, lines.get(b));
      lines.set(b, la);
      return joinLines(lines);
    }
  }

  record DuplicateLine(int line) implements Mutation {
    @Override
    public String apply(String text) {
      List<String> lines = lines(text);
      if (lines.isEmpty()) {
        return text;
      }
      int a = Math.floorMod(line, lines.size());
      lines.add(a, lines.get(a));
      return joinLines(lines);
    }
  }

  record DeleteLine(int line) implements Mutation {
    @Override
    public String apply(String text) {
      List<String> lines = lines(text);
      if (lines.isEmpty()) {
        return text;
      }
      lines.remove(Math.floorMod(line, lines.size()));
      return joinLines(lines);
    }
  }

  record EscapeDirectiveAtTop(String directive) implements Mutation {
    @Override
    public String apply(String text) {
      return directive + text;
    }
  }

  record AppendUnterminatedHeredoc(String opening, String body) implements Mutation {
    @Override
    public String apply(String text) {
      String sep = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
      return text + sep + opening + body;
    }
  }

  /** The lines of a text, each with its terminator (the last may have none). */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /** Joins lines; a line without a terminator that is no longer last gets one. */
  private static String joinLines(List<String> lines) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      out.append(l);
      if (i + 1 < lines.size() && !l.endsWith("\n")) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  static Arbitrary<Mutation> mutation() {
    Arbitrary<Integer> at = Arbitraries.integers().between(0, 1_000_000);
    Arbitrary<String> inserted =
        Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(SIGNIFICANT)),
                Tuple.of(1, keyword(Arbitraries.of(KEYWORDS)).map(k -> k + " ")),
                Tuple.of(1, Arbitraries.of(FLAGS)),
                Tuple.of(1, Arbitraries.strings().ofMinLength(1).ofMaxLength(2)))
            .list()
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(parts -> String.join("", parts));
    return Arbitraries.frequencyOf(
        Tuple.of(5, Combinators.combine(at, inserted).as(InsertText::new)),
        Tuple.of(
            4, Combinators.combine(at, Arbitraries.integers().between(1, 8)).as(DeleteText::new)),
        Tuple.of(2, Combinators.combine(at, at).as(SwapLines::new)),
        Tuple.of(2, at.map(DuplicateLine::new)),
        Tuple.of(2, at.map(DeleteLine::new)),
        Tuple.of(
            1,
            Arbitraries.of("# escape=`\n", "#escape=`\n", "# escape=\\\n", "# escape=`\r\n")
                .map(EscapeDirectiveAtTop::new)),
        Tuple.of(
            1,
            Combinators.combine(
                    Arbitraries.of(
                        "RUN <<EOF\n",
                        "RUN cat <<-'END' <<B\n",
                        "COPY <<EOF /dest\n",
                        "ONBUILD ADD <<\"X\" /x\n",
                        "RUN <<EOF",
                        "RUN <<EOF\r\n"),
                    Arbitraries.of("", "echo hi\n", "\tindented\nEOF \n", "body without end"))
                .as(AppendUnterminatedHeredoc::new)));
  }

  /** A corpus file after one to four mutations. */
  static Arbitrary<String> mutatedConformance() {
    return Combinators.combine(
            Arbitraries.of(ConformanceCorpus.samples()),
            mutation().list().ofMinSize(1).ofMaxSize(4))
        .as(
            (sample, mutations) -> {
              String text = sample.text();
              for (Mutation m : mutations) {
                text = m.apply(text);
              }
              return text;
            });
  }

  /** A generated Dockerfile after one to three mutations. */
  static Arbitrary<String> mutatedStructured() {
    return Combinators.combine(structured(), mutation().list().ofMinSize(1).ofMaxSize(3))
        .as(
            (text, mutations) -> {
              String out = text;
              for (Mutation m : mutations) {
                out = m.apply(out);
              }
              return out;
            });
  }

  // ---- (c) plausible Dockerfiles --------------------------------------------------------------

  /**
   * The file-wide choices: BOM, directives (an escape directive sets the escape character used by
   * continuations), line terminator, and whether the last line ends in one.
   */
  record Style(boolean bom, List<String> directives, char escape, String eol, boolean finalEol) {}

  /** One instruction: its words (joined by separators) and the heredocs after its line. */
  record Instr(List<String> words, List<String> heredocs) {
    Instr prepend(String word) {
      List<String> w = new ArrayList<>();
      w.add(word);
      w.addAll(words);
      return new Instr(w, heredocs);
    }
  }

  /** A top-level line or instruction, rendered with placeholders for escape and line ends. */
  record Element(String line) {}

  static Arbitrary<String> structured() {
    return generated().map(Generated::render);
  }

  /** A generated Dockerfile: its file-wide style and its lines, rendered on demand. */
  record Generated(Style style, List<Element> elements) {
    String render() {
      return DockerfileTexts.render(style, elements);
    }

    /** The same file with other line terminators. */
    String render(String eol) {
      Style s = style;
      return DockerfileTexts.render(
          new Style(s.bom(), s.directives(), s.escape(), eol, s.finalEol()), elements);
    }

    /** The same file with {@code extra} lines, each after the element its index names. */
    String renderWith(List<Tuple.Tuple2<Integer, String>> extra) {
      List<Element> all = new ArrayList<>(elements);
      for (Tuple.Tuple2<Integer, String> e : extra) {
        // After the first element: a line before it would end the directive section.
        int at = 1 + Math.floorMod(e.get1(), all.size());
        all.add(at, new Element(e.get2()));
      }
      return DockerfileTexts.render(style, all);
    }
  }

  static Arbitrary<Generated> generated() {
    Arbitrary<Element> element =
        Arbitraries.frequencyOf(
            Tuple.of(8, instructionElement(instruction(true))),
            Tuple.of(1, Arbitraries.of(INSERTABLE_LINES).map(Element::new)));
    Arbitrary<Element> first = instructionElement(instructionFrom());
    Arbitrary<List<Element>> body = element.list().ofMaxSize(12);
    return Combinators.combine(style(), first, body)
        .as(
            (style, head, rest) -> {
              List<Element> all = new ArrayList<>();
              all.add(head);
              all.addAll(rest);
              return new Generated(style, all);
            });
  }

  /** Comment and blank lines, which may go between any two instructions. */
  static final List<String> INSERTABLE_LINES =
      List.of(
          "# a comment", "#", "#no space", "  # indented", "# escape=`", "#\t\\", "", "  ", "\t");

  /** Lines to insert into a generated file: an element index and the line. */
  static Arbitrary<List<Tuple.Tuple2<Integer, String>>> insertions() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 1000), Arbitraries.of(INSERTABLE_LINES))
        .as(Tuple::of)
        .list()
        .ofMinSize(1)
        .ofMaxSize(4);
  }

  private static Arbitrary<Style> style() {
    Arbitrary<Optional<String>> syntax =
        Arbitraries.of("# syntax=docker/dockerfile:1", "#syntax = docker/dockerfile:1.7-labs")
            .optional(0.3);
    Arbitrary<Character> escape = Arbitraries.of('\\', '`');
    Arbitrary<Boolean> explicitBackslash = Arbitraries.of(false, true);
    Arbitrary<Optional<String>> check = Arbitraries.of("# check=skip=all").optional(0.2);
    Arbitrary<String> eol = Arbitraries.frequency(Tuple.of(3, "\n"), Tuple.of(1, "\r\n"));
    return Combinators.combine(
            Arbitraries.of(false, true),
            syntax,
            escape,
            explicitBackslash,
            check,
            eol,
            Arbitraries.of(true, false))
        .as(
            (bom, syn, esc, explicit, chk, lineEnd, finalEol) -> {
              List<String> directives = new ArrayList<>();
              syn.ifPresent(directives::add);
              if (esc == '`') {
                directives.add("# escape=`");
              } else if (explicit) {
                directives.add("# escape=\\");
              }
              chk.ifPresent(directives::add);
              return new Style(bom, directives, esc, lineEnd, finalEol);
            });
  }

  private static String render(Style style, List<Element> elements) {
    StringBuilder out = new StringBuilder();
    if (style.bom()) {
      out.append('\uFEFF');
    }
    for (String d : style.directives()) {
      out.append(d).append(EOL);
    }
    for (int i = 0; i < elements.size(); i++) {
      out.append(elements.get(i).line());
      if (i + 1 < elements.size() || style.finalEol()) {
        out.append(EOL);
      }
    }
    return out.toString()
        .replace(String.valueOf(ESC), String.valueOf(style.escape()))
        .replace(String.valueOf(EOL), style.eol());
  }

  /** Separators between words: mostly blanks, sometimes continuations with what may follow. */
  private static Arbitrary<String> separator() {
    String cont = "" + ESC + EOL;
    return Arbitraries.frequency(
        Tuple.of(12, " "),
        Tuple.of(2, "\t"),
        Tuple.of(1, "   "),
        Tuple.of(4, " " + cont),
        Tuple.of(2, " " + cont + "    "),
        Tuple.of(1, cont + " "),
        Tuple.of(1, " " + ESC + " \t" + EOL + "  "),
        Tuple.of(1, " " + cont + "# inner comment" + EOL + "  "),
        Tuple.of(1, " " + cont + "  #" + EOL),
        Tuple.of(1, " " + cont + EOL + " "),
        Tuple.of(1, " " + cont + "   " + EOL));
  }

  private static Arbitrary<Element> instructionElement(Arbitrary<Instr> instruction) {
    return Combinators.combine(
            Arbitraries.frequency(Tuple.of(8, ""), Tuple.of(1, "  "), Tuple.of(1, "\t")),
            instruction,
            separator().list().ofSize(20))
        .as(
            (indent, instr, seps) -> {
              StringBuilder line = new StringBuilder(indent);
              List<String> words = instr.words();
              for (int i = 0; i < words.size(); i++) {
                if (i > 0) {
                  line.append(seps.get(i % seps.size()));
                }
                line.append(words.get(i));
              }
              for (String h : instr.heredocs()) {
                line.append(EOL).append(h);
              }
              return new Element(line.toString());
            });
  }

  private static Arbitrary<Instr> instruction(boolean allowOnbuild) {
    List<Tuple.Tuple2<Integer, Arbitrary<Instr>>> choices = new ArrayList<>();
    choices.add(Tuple.of(2, instructionFrom()));
    choices.add(Tuple.of(6, run()));
    choices.add(Tuple.of(2, command("CMD")));
    choices.add(Tuple.of(2, command("ENTRYPOINT")));
    choices.add(Tuple.of(4, copyOrAdd("COPY")));
    choices.add(Tuple.of(2, copyOrAdd("ADD")));
    choices.add(Tuple.of(3, keyValues("ENV")));
    choices.add(Tuple.of(2, keyValues("LABEL")));
    choices.add(Tuple.of(2, arg()));
    choices.add(Tuple.of(1, simple("EXPOSE", "80", "443/tcp", "53/udp", "8000-8010", "$PORT")));
    choices.add(Tuple.of(1, volume()));
    choices.add(Tuple.of(1, simple("USER", "app", "1000:1000", "${USER}")));
    choices.add(Tuple.of(1, simple("WORKDIR", "/app", "/a b", "$HOME/src")));
    choices.add(Tuple.of(1, simple("STOPSIGNAL", "SIGTERM", "9")));
    choices.add(Tuple.of(1, simple("MAINTAINER", "Jane", "Doe", "<jane@example.com>")));
    choices.add(Tuple.of(2, healthcheck()));
    choices.add(Tuple.of(1, shell()));
    choices.add(Tuple.of(1, unknown()));
    if (allowOnbuild) {
      choices.add(
          Tuple.of(
              2,
              Combinators.combine(keyword(Arbitraries.of("ONBUILD")), instruction(false))
                  .as((kw, trigger) -> trigger.prepend(kw))));
    }
    return Arbitraries.frequencyOf(choices);
  }

  private static Arbitrary<Instr> instructionFrom() {
    return Combinators.combine(
            keyword(Arbitraries.of("FROM")),
            Arbitraries.of("--platform=linux/amd64", "--platform=$BUILDPLATFORM").optional(0.3),
            Arbitraries.of("alpine", "alpine:3.19", "ubuntu@sha256:abcd", "${BASE}", "scratch"),
            Arbitraries.of("AS build", "as Base", "AS 1bad").optional(0.5))
        .as(
            (kw, platform, image, as) -> {
              List<String> words = new ArrayList<>();
              words.add(kw);
              platform.ifPresent(words::add);
              words.add(image);
              as.ifPresent(a -> words.addAll(List.of(a.split(" "))));
              return new Instr(words, List.of());
            });
  }

  private static Arbitrary<List<String>> shellWords() {
    return Arbitraries.of(
            "echo",
            "hello",
            "&&",
            "apt-get",
            "install",
            "-y",
            "\"quoted words\"",
            "'single quoted'",
            "$HOME",
            "${A:-b}",
            "|",
            "grep",
            "x=1",
            ">/dev/null",
            "\\$escaped",
            "a\\ b",
            "#not-a-comment",
            "[not-json",
            "😀",
            "caf\u00e9",
            "\u00A0nbsp")
        .list()
        .ofMinSize(1)
        .ofMaxSize(6);
  }

  /** A JSON array split into words at its elements, so separators may fall between them. */
  private static Arbitrary<List<String>> jsonWords() {
    return Arbitraries.of(
            "sh", "-c", "echo hi", "a b", "\\\"q\\\"", "\\u00e9", "😀", "back\\\\slash", "")
        .list()
        .ofMaxSize(4)
        .map(
            items -> {
              if (items.isEmpty()) {
                return List.of("[]");
              }
              List<String> words = new ArrayList<>();
              for (int i = 0; i < items.size(); i++) {
                String w = "\"" + items.get(i) + "\"" + (i + 1 < items.size() ? "," : "]");
                words.add(i == 0 ? "[" + w : w);
              }
              return words;
            });
  }

  /** A heredoc: the {@code <<WORD} and the body lines plus terminator. */
  record HeredocSpec(String word, String rendered) {}

  private static Arbitrary<HeredocSpec> heredoc() {
    return Combinators.combine(
            Arbitraries.of("EOF", "END", "SCRIPT", "x"),
            Arbitraries.of("", "'", "\""),
            Arbitraries.of(false, true),
            Arbitraries.frequency(Tuple.of(5, ""), Tuple.of(1, "3")),
            Arbitraries.of(
                    "echo hello",
                    "  indented",
                    "\ttabbed",
                    "# comment in body",
                    "$VAR \\",
                    "",
                    "EOFNOT",
                    "<<NESTED",
                    "`")
                .list()
                .ofMaxSize(3))
        .as(
            (name, quote, chomp, fd, body) -> {
              String word = fd + "<<" + (chomp ? "-" : "") + quote + name + quote;
              StringBuilder rendered = new StringBuilder();
              for (String l : body) {
                rendered.append(l).append(EOL);
              }
              rendered.append(chomp ? "\t" : "").append(name);
              return new HeredocSpec(word, rendered.toString());
            });
  }

  private static Arbitrary<List<String>> runFlags() {
    return Arbitraries.of(
            "--mount=type=cache,target=/root/.cache",
            "--mount=type=bind,source=.,target=/src",
            "--mount=type=secret,id=token",
            "--network=none",
            "--network=host",
            "--security=insecure",
            "--device=vendor.com/gpu=all")
        .list()
        .ofMaxSize(2);
  }

  private static Arbitrary<Instr> run() {
    Arbitrary<String> kw = keyword(Arbitraries.of("RUN"));
    Arbitrary<Instr> shellForm =
        Combinators.combine(kw, runFlags(), shellWords()).as(DockerfileTexts::words);
    Arbitrary<Instr> execForm =
        Combinators.combine(kw, runFlags(), jsonWords()).as(DockerfileTexts::words);
    Arbitrary<Instr> withHeredocs =
        Combinators.combine(
                kw,
                runFlags(),
                Arbitraries.of("", "cat", "python3", "sh -c").optional(0.5),
                heredoc().list().ofMinSize(1).ofMaxSize(2),
                Arbitraries.of("&& echo done", "> /out").optional(0.2))
            .as(
                (k, flags, cmd, docs, tail) -> {
                  List<String> words = new ArrayList<>();
                  words.add(k);
                  words.addAll(flags);
                  cmd.filter(c -> !c.isEmpty()).ifPresent(c -> words.addAll(List.of(c.split(" "))));
                  docs.forEach(d -> words.add(d.word()));
                  tail.ifPresent(t -> words.addAll(List.of(t.split(" "))));
                  return new Instr(words, docs.stream().map(HeredocSpec::rendered).toList());
                });
    return Arbitraries.frequencyOf(
        Tuple.of(4, shellForm), Tuple.of(2, execForm), Tuple.of(3, withHeredocs));
  }

  private static Instr words(String keyword, List<String> flags, List<String> args) {
    List<String> words = new ArrayList<>();
    words.add(keyword);
    words.addAll(flags);
    words.addAll(args);
    return new Instr(words, List.of());
  }

  private static Arbitrary<Instr> command(String name) {
    Arbitrary<String> kw = keyword(Arbitraries.of(name));
    return Arbitraries.oneOf(
        Combinators.combine(kw, shellWords()).as((k, w) -> words(k, List.of(), w)),
        Combinators.combine(kw, jsonWords()).as((k, w) -> words(k, List.of(), w)));
  }

  private static Arbitrary<Instr> copyOrAdd(String name) {
    Arbitrary<String> kw = keyword(Arbitraries.of(name));
    Arbitrary<List<String>> flags =
        Arbitraries.of(
                "--from=build",
                "--chown=app:app",
                "--chmod=755",
                "--link",
                "--parents",
                "--exclude=*.tmp",
                "--checksum=sha256:0123",
                "--keep-git-dir=true",
                "--unpack=false",
                "--chown=\"a b\"")
            .list()
            .ofMaxSize(2);
    Arbitrary<List<String>> paths =
        Arbitraries.of("src", "./a b", "*.go", "https://example.com/x.tar.gz", "$SRC", "/dest/")
            .list()
            .ofMinSize(1)
            .ofMaxSize(3);
    Arbitrary<Instr> plain = Combinators.combine(kw, flags, paths).as(DockerfileTexts::words);
    Arbitrary<Instr> json = Combinators.combine(kw, flags, jsonWords()).as(DockerfileTexts::words);
    Arbitrary<Instr> withHeredoc =
        Combinators.combine(kw, flags, heredoc(), Arbitraries.of("/dest", "/etc/x.conf"))
            .as(
                (k, f, doc, dest) -> {
                  Instr base = words(k, f, List.of(doc.word(), dest));
                  return new Instr(base.words(), List.of(doc.rendered()));
                });
    return Arbitraries.frequencyOf(Tuple.of(4, plain), Tuple.of(1, json), Tuple.of(2, withHeredoc));
  }

  private static Arbitrary<Instr> keyValues(String name) {
    Arbitrary<String> kw = keyword(Arbitraries.of(name));
    Arbitrary<String> key = Arbitraries.of("A", "PATH", "org.label", "\"quoted key\"", "x_y");
    Arbitrary<String> value =
        Arbitraries.of("v", "\"a b\"", "'x y'", "a\\ b", "${X}:/bin", "", "\"\"", "caf\u00e9");
    Arbitrary<Instr> pairs =
        Combinators.combine(
                kw,
                Combinators.combine(key, value)
                    .as((k, v) -> k + "=" + v)
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(3))
            .as((k, p) -> words(k, List.of(), p));
    Arbitrary<Instr> legacy =
        Combinators.combine(kw, key, shellWords()).as((k, kk, v) -> words(k, List.of(kk), v));
    return Arbitraries.frequencyOf(Tuple.of(3, pairs), Tuple.of(1, legacy));
  }

  private static Arbitrary<Instr> arg() {
    return Combinators.combine(
            keyword(Arbitraries.of("ARG")),
            Arbitraries.of("VERSION", "A=1", "B=\"two words\"", "C=", "D=${A}", "=bad")
                .list()
                .ofMinSize(1)
                .ofMaxSize(2))
        .as((k, decls) -> words(k, List.of(), decls));
  }

  private static Arbitrary<Instr> simple(String name, String... values) {
    return Combinators.combine(
            keyword(Arbitraries.of(name)), Arbitraries.of(values).list().ofMinSize(1).ofMaxSize(2))
        .as((k, v) -> words(k, List.of(), v));
  }

  private static Arbitrary<Instr> volume() {
    Arbitrary<String> kw = keyword(Arbitraries.of("VOLUME"));
    return Arbitraries.oneOf(
        Combinators.combine(kw, jsonWords()).as((k, w) -> words(k, List.of(), w)),
        Combinators.combine(
                kw, Arbitraries.of("/data", "/var/log").list().ofMinSize(1).ofMaxSize(2))
            .as((k, w) -> words(k, List.of(), w)));
  }

  private static Arbitrary<Instr> healthcheck() {
    Arbitrary<String> kw = keyword(Arbitraries.of("HEALTHCHECK"));
    Arbitrary<List<String>> flags =
        Arbitraries.of(
                "--interval=30s",
                "--timeout=3s",
                "--start-period=1m30s",
                "--start-interval=5s",
                "--retries=3",
                "--interval=0.5ms")
            .list()
            .ofMaxSize(3);
    Arbitrary<String> cmd = keyword(Arbitraries.of("CMD"));
    Arbitrary<Instr> none = kw.map(k -> words(k, List.of(), List.of("NONE")));
    Arbitrary<Instr> withCmd =
        Combinators.combine(kw, flags, cmd, Arbitraries.oneOf(shellWords(), jsonWords()))
            .as(
                (k, f, c, args) -> {
                  List<String> rest = new ArrayList<>();
                  rest.add(c);
                  rest.addAll(args);
                  return words(k, f, rest);
                });
    return Arbitraries.frequencyOf(Tuple.of(1, none), Tuple.of(4, withCmd));
  }

  private static Arbitrary<Instr> shell() {
    return Combinators.combine(keyword(Arbitraries.of("SHELL")), jsonWords())
        .as((k, w) -> words(k, List.of(), w));
  }

  private static Arbitrary<Instr> unknown() {
    return Combinators.combine(Arbitraries.of("FORM", "runn", "copy-x", "Hello"), shellWords())
        .as((k, w) -> words(k, List.of(), w));
  }
}
