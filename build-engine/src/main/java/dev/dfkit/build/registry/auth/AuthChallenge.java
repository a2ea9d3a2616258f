package dev.dfkit.build.registry.auth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One challenge of a {@code WWW-Authenticate} header (RFC 9110 section 11.6.1): a scheme ({@code
 * Bearer}, {@code Basic}) and its parameters ({@code realm}, {@code service}, {@code scope}, {@code
 * error}). Parameter names are lower case; the scheme keeps its spelling but compares without case.
 */
public record AuthChallenge(String scheme, Map<String, String> params) {

  public AuthChallenge {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  public boolean isBearer() {
    return scheme.equalsIgnoreCase("Bearer");
  }

  public boolean isBasic() {
    return scheme.equalsIgnoreCase("Basic");
  }

  public Optional<String> param(String name) {
    return Optional.ofNullable(params.get(name.toLowerCase(Locale.ROOT)));
  }

  /** The scopes the challenge asks for ({@code scope} holds them separated by spaces). */
  public List<Scope> scopes() {
    List<Scope> out = new ArrayList<>();
    for (String s : param("scope").orElse("").trim().split("\\s+")) {
      if (!s.isEmpty()) {
        Scope.parse(s).ifPresent(out::add);
      }
    }
    return out;
  }

  /** Every challenge in the given header values (a value may hold several, comma-separated). */
  public static List<AuthChallenge> parseAll(List<String> headerValues) {
    List<AuthChallenge> out = new ArrayList<>();
    for (String value : headerValues) {
      out.addAll(parse(value));
    }
    return out;
  }

  /** The challenges of one header value; malformed parts are skipped, never thrown on. */
  public static List<AuthChallenge> parse(String header) {
    List<AuthChallenge> out = new ArrayList<>();
    Lexer in = new Lexer(header);
    while (true) {
      in.skip(" \t,");
      String scheme = in.token();
      if (scheme.isEmpty()) {
        break;
      }
      Map<String, String> params = new LinkedHashMap<>();
      while (true) {
        in.skip(" \t");
        int mark = in.pos;
        String name = in.token();
        in.skip(" \t");
        if (name.isEmpty() || !in.consume('=')) {
          in.pos = mark; // the next challenge's scheme (or the end)
          break;
        }
        in.skip(" \t");
        String value = in.peek() == '"' ? in.quoted() : in.token();
        params.put(name.toLowerCase(Locale.ROOT), value);
        in.skip(" \t");
        if (!in.consume(',')) {
          break;
        }
      }
      out.add(new AuthChallenge(scheme, params));
      if (in.atEnd()) {
        break;
      }
      if (in.peek() != ',' && !Character.isWhitespace(in.peek()) && !isTokenChar(in.peek())) {
        in.pos++; // garbage; step over it
      }
    }
    return out;
  }

  private static boolean isTokenChar(char c) {
    return c > ' ' && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
  }

  private static final class Lexer {
    private final String s;
    private int pos;

    Lexer(String s) {
      this.s = s;
    }

    boolean atEnd() {
      return pos >= s.length();
    }

    char peek() {
      return atEnd() ? '\0' : s.charAt(pos);
    }

    boolean consume(char c) {
      if (peek() == c && !atEnd()) {
        pos++;
        return true;
      }
      return false;
    }

    void skip(String chars) {
      while (!atEnd() && chars.indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
    }

    String token() {
      int start = pos;
      // token68 may include '/' and trailing '=' but parameter tokens never do; a bare '/' is kept
      // in values such as realm=https://x (unquoted, seen in the wild).
      while (!atEnd() && (isTokenChar(s.charAt(pos)) || "/:".indexOf(s.charAt(pos)) >= 0)) {
        pos++;
      }
      return s.substring(start, pos);
    }

    String quoted() {
      StringBuilder out = new StringBuilder();
      pos++; // opening quote
      while (!atEnd()) {
        char c = s.charAt(pos++);
        if (c == '\\' && !atEnd()) {
          out.append(s.charAt(pos++));
        } else if (c == '"') {
          break;
        } else {
          out.append(c);
        }
      }
      return out.toString();
    }
  }
}
