package dev.dfkit.format.config;

import dev.dfkit.format.FormatOptions.LineEnding;
import dev.dfkit.parser.DockerfileParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code .editorconfig} properties dffmt reads for a file ({@code indent_size}, {@code
 * max_line_length}, {@code end_of_line}), found and merged as the EditorConfig specification says:
 * every {@code .editorconfig} from the file's folder up to one with {@code root = true}, nearer
 * files and later sections winning.
 */
public final class EditorConfig {

  public static final String FILE = ".editorconfig";

  private EditorConfig() {}

  /** The options {@code .editorconfig} files set for {@code file}. */
  public static OptionOverrides forFile(Path file) throws ConfigException {
    Path abs = file.toAbsolutePath().normalize();
    List<Path> configs = new ArrayList<>();
    for (Path dir = abs.getParent(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(FILE);
      if (Files.isRegularFile(candidate)) {
        configs.add(candidate);
        if (isRoot(read(candidate))) {
          break;
        }
      }
    }
    Map<String, String> props = new LinkedHashMap<>();
    for (int i = configs.size() - 1; i >= 0; i--) {
      Path config = configs.get(i);
      String rel = config.getParent().relativize(abs).toString().replace('\\', '/');
      props.putAll(properties(read(config), rel));
    }
    return overrides(props);
  }

  /** The properties of one file's text that apply to {@code relativePath}. */
  static Map<String, String> properties(String text, String relativePath) {
    Map<String, String> props = new LinkedHashMap<>();
    boolean applies = false;
    for (String raw : text.split("\r?\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        applies = matches(line.substring(1, line.length() - 1), relativePath);
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 0 || !applies) {
        continue;
      }
      props.put(
          line.substring(0, eq).strip().toLowerCase(Locale.ROOT),
          line.substring(eq + 1).strip().toLowerCase(Locale.ROOT));
    }
    return props;
  }

  private static boolean isRoot(String text) {
    for (String raw : text.split("\r?\n")) {
      String line = raw.strip();
      if (line.startsWith("[")) {
        return false;
      }
      int eq = line.indexOf('=');
      if (eq > 0
          && line.substring(0, eq).strip().equalsIgnoreCase("root")
          && line.substring(eq + 1).strip().equalsIgnoreCase("true")) {
        return true;
      }
    }
    return false;
  }

  static OptionOverrides overrides(Map<String, String> props) {
    Optional<Integer> indent = number(props.get("indent_size"));
    Optional<Integer> width = number(props.get("max_line_length"));
    Optional<LineEnding> eol = Optional.empty();
    String e = props.get("end_of_line");
    if ("lf".equals(e)) {
      eol = Optional.of(LineEnding.LF);
    } else if ("crlf".equals(e)) {
      eol = Optional.of(LineEnding.CRLF);
    }
    return new OptionOverrides(
        indent.filter(n -> n >= 1 && n <= 16),
        width.filter(n -> n >= 20),
        Optional.empty(),
        Optional.empty(),
        eol);
  }

  private static Optional<Integer> number(String v) {
    if (v == null || !v.matches("\\d{1,6}")) {
      return Optional.empty(); // "tab", "off", "unset": nothing for dffmt
    }
    return Optional.of(Integer.parseInt(v));
  }

  /** EditorConfig globs: {@code * ** ? [abc] [!abc] {a,b}}; no '/' means any folder. */
  static boolean matches(String glob, String path) {
    String g = glob;
    if (g.startsWith("/")) {
      g = g.substring(1);
    } else if (!g.contains("/")) {
      g = "**/" + g;
    }
    return Pattern.compile(regex(g)).matcher(path).matches();
  }

  private static String regex(String glob) {
    StringBuilder re = new StringBuilder();
    int braces = 0;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      switch (c) {
        case '*' -> {
          if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
            i++;
            if (i + 1 < glob.length() && glob.charAt(i + 1) == '/') {
              i++;
              re.append("(?:.*/)?");
            } else {
              re.append(".*");
            }
          } else {
            re.append("[^/]*");
          }
        }
        case '?' -> re.append("[^/]");
        case '[' -> {
          int close = glob.indexOf(']', i + 1);
          if (close < 0) {
            re.append("\\[");
          } else {
            String set = glob.substring(i + 1, close);
            boolean negate = set.startsWith("!");
            if (negate) {
              set = set.substring(1);
            }
            re.append(negate ? "[^" : "[").append(set.replace("\\", "\\\\")).append(']');
            i = close;
          }
        }
        case '{' -> {
          braces++;
          re.append("(?:");
        }
        case '}' -> {
          if (braces > 0) {
            braces--;
            re.append(')');
          } else {
            re.append("\\}");
          }
        }
        case ',' -> re.append(braces > 0 ? "|" : ",");
        case '\\' -> {
          if (i + 1 < glob.length()) {
            re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
          }
        }
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    while (braces-- > 0) {
      re.append(')');
    }
    return re.toString();
  }

  private static String read(Path file) throws ConfigException {
    try {
      return DockerfileParser.decode(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new ConfigException(file, "cannot read: " + e.getMessage());
    }
  }
}
