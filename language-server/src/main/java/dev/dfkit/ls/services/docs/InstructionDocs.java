package dev.dfkit.ls.services.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The documentation of every instruction and flag, read once from {@code
 * dev/dfkit/ls/docs/instructions.md} on the classpath. Hover, completion and signature help share
 * it, so a flag exists for completion exactly when it is documented.
 */
public final class InstructionDocs {

  /** Where the Dockerfile reference lives; sections are {@code #from}, {@code #copy---from}. */
  public static final String REFERENCE = "https://docs.docker.com/reference/dockerfile/";

  private static final Map<String, InstructionDoc> DOCS = load();

  private InstructionDocs() {}

  /** Every instruction, in reference order. */
  public static Collection<InstructionDoc> all() {
    return DOCS.values();
  }

  /** The instruction with this keyword, in any case. */
  public static Optional<InstructionDoc> find(String keyword) {
    return Optional.ofNullable(DOCS.get(keyword.toUpperCase(Locale.ROOT)));
  }

  private static Map<String, InstructionDoc> load() {
    try (InputStream in =
        InstructionDocs.class.getResourceAsStream("/dev/dfkit/ls/docs/instructions.md")) {
      if (in == null) {
        throw new IllegalStateException("instructions.md missing from the classpath");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the resource format described at its top. */
  static Map<String, InstructionDoc> parse(String text) {
    Map<String, InstructionDoc> out = new LinkedHashMap<>();
    Section instruction = null;
    Section flag = null;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("= ")) {
        if (instruction != null) {
          instruction.closeFlag(flag);
          out.put(instruction.name, instruction.toInstruction());
        }
        instruction = new Section(line.substring(2).strip());
        flag = null;
      } else if (instruction == null) {
        continue; // the header
      } else if (line.startsWith("- --")) {
        instruction.closeFlag(flag);
        flag = new Section(line.substring(2).strip());
      } else {
        (flag != null ? flag : instruction).add(line);
      }
    }
    if (instruction != null) {
      instruction.closeFlag(flag);
      out.put(instruction.name, instruction.toInstruction());
    }
    return out;
  }

  /** Lines of one instruction or flag while reading. */
  private static final class Section {
    final String name;
    final List<String> syntax = new ArrayList<>();
    final List<FlagDoc> flags = new ArrayList<>();
    final StringBuilder markdown = new StringBuilder();
    String snippet = "";
    String anchor;
    boolean repeatable;

    Section(String name) {
      this.name = name;
    }

    void add(String line) {
      if (line.startsWith("syntax: ")) {
        syntax.add(line.substring(8).strip());
      } else if (line.startsWith("snippet: ")) {
        snippet = line.substring(9).strip();
      } else if (line.startsWith("anchor: ")) {
        anchor = line.substring(8).strip();
      } else if (line.strip().equals("repeatable")) {
        repeatable = true;
      } else {
        markdown.append(line).append('\n');
      }
    }

    void closeFlag(Section flag) {
      if (flag == null) {
        return;
      }
      int end = flag.name.length();
      for (int i = 2; i < flag.name.length(); i++) {
        char c = flag.name.charAt(i);
        if (c == '=' || c == '[') {
          end = i;
          break;
        }
      }
      String anchorOf = flag.anchor != null ? flag.anchor : name.toLowerCase(Locale.ROOT);
      flags.add(
          new FlagDoc(
              flag.name.substring(2, end),
              flag.name,
              flag.repeatable,
              flag.markdown.toString().strip(),
              REFERENCE + "#" + anchorOf));
    }

    InstructionDoc toInstruction() {
      return new InstructionDoc(
          name,
          syntax,
          snippet,
          markdown.toString().strip(),
          REFERENCE + "#" + name.toLowerCase(Locale.ROOT),
          flags);
    }
  }
}
