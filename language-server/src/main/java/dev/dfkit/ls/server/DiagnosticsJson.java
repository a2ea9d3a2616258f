package dev.dfkit.ls.server;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;

/**
 * Writes diagnostics field by field instead of through Gson's reflective adapters, which took a
 * seventh of every edit's time on a big file (hundreds of findings per publish), straight into a
 * {@code StringBuilder} (Gson's {@code JsonWriter} checks its state and goes through a {@code
 * Writer} on every token: half of what was left), handed to lsp4j's writer as one piece of JSON.
 * The JSON is the same as Gson's own (fields in declaration order, nulls left out, the same
 * escapes); reading stays Gson's (clients send diagnostics back in code action requests).
 */
final class DiagnosticsJson implements TypeAdapterFactory {

  @Override
  @SuppressWarnings("unchecked")
  public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
    if (type.getRawType() == Diagnostic.class) {
      return (TypeAdapter<T>) new DiagnosticAdapter(gson, gson.getDelegateAdapter(this, type));
    }
    if (type.getRawType() == PublishDiagnosticsParams.class) {
      return (TypeAdapter<T>) new PublishAdapter(gson, gson.getDelegateAdapter(this, type));
    }
    return null;
  }

  /** Writes its own way; reads as Gson's reflective adapter does. */
  private abstract static class WritingAdapter<T> extends TypeAdapter<T> {
    final Gson gson;
    private final TypeAdapter<T> reflective;

    @SuppressWarnings("unchecked")
    WritingAdapter(Gson gson, TypeAdapter<?> reflective) {
      this.gson = gson;
      this.reflective = (TypeAdapter<T>) reflective;
    }

    @Override
    public final T read(JsonReader in) throws IOException {
      return reflective.read(in);
    }
  }

  private static final class PublishAdapter extends WritingAdapter<PublishDiagnosticsParams> {

    /**
     * The JSON of each diagnostic last published for a document (by identity; a few documents,
     * least recently used dropped). The service hands back the same diagnostic objects for the
     * findings an edit kept (they are never changed once made), so those are written once.
     */
    private final Map<String, Map<Diagnostic, String>> lastWritten =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Map<Diagnostic, String>> eldest) {
            return size() > 32;
          }
        };

    PublishAdapter(Gson gson, TypeAdapter<?> reflective) {
      super(gson, reflective);
    }

    @Override
    public void write(JsonWriter out, PublishDiagnosticsParams value) throws IOException {
      if (value == null) {
        out.nullValue();
        return;
      }
      int count = value.getDiagnostics() == null ? 0 : value.getDiagnostics().size();
      Json json = new Json(gson, out.isHtmlSafe(), 256 + 320 * count); // no regrowing
      StringBuilder text = json.text;
      text.append('{');
      boolean first = true;
      if (value.getUri() != null) {
        json.name("uri", first).string(value.getUri());
        first = false;
      }
      if (value.getDiagnostics() != null) {
        json.name("diagnostics", first);
        first = false;
        text.append('[');
        String uri = String.valueOf(value.getUri()) + (out.isHtmlSafe() ? "#html" : "");
        Map<Diagnostic, String> before;
        synchronized (lastWritten) {
          before = lastWritten.getOrDefault(uri, Map.of());
        }
        Map<Diagnostic, String> written = new IdentityHashMap<>();
        for (int i = 0; i < count; i++) {
          if (i > 0) {
            text.append(',');
          }
          Diagnostic d = value.getDiagnostics().get(i);
          String known = d == null ? null : before.get(d);
          if (known != null) {
            text.append(known);
          } else {
            int start = text.length();
            json.diagnostic(d);
            known = text.substring(start);
          }
          if (d != null) {
            written.put(d, known);
          }
        }
        synchronized (lastWritten) {
          lastWritten.put(uri, written);
        }
        text.append(']');
      }
      if (value.getVersion() != null) {
        json.name("version", first);
        text.append(value.getVersion().intValue());
      }
      text.append('}');
      out.jsonValue(text.toString());
    }
  }

  private static final class DiagnosticAdapter extends WritingAdapter<Diagnostic> {
    DiagnosticAdapter(Gson gson, TypeAdapter<?> reflective) {
      super(gson, reflective);
    }

    @Override
    public void write(JsonWriter out, Diagnostic value) throws IOException {
      if (value == null) {
        out.nullValue();
        return;
      }
      Json json = new Json(gson, out.isHtmlSafe(), 320);
      json.diagnostic(value);
      out.jsonValue(json.text.toString());
    }
  }

  /** JSON text being written, compact, escaped as Gson escapes. */
  private static final class Json {
    private static final String[] PLAIN = new String[128];
    private static final String[] HTML_SAFE;

    static {
      for (int c = 0; c < 0x20; c++) {
        PLAIN[c] = String.format("\\u%04x", c);
      }
      PLAIN['"'] = "\\\"";
      PLAIN['\\'] = "\\\\";
      PLAIN['\t'] = "\\t";
      PLAIN['\b'] = "\\b";
      PLAIN['\n'] = "\\n";
      PLAIN['\r'] = "\\r";
      PLAIN['\f'] = "\\f";
      HTML_SAFE = PLAIN.clone();
      HTML_SAFE['<'] = "\\u003c";
      HTML_SAFE['>'] = "\\u003e";
      HTML_SAFE['&'] = "\\u0026";
      HTML_SAFE['='] = "\\u003d";
      HTML_SAFE['\''] = "\\u0027";
    }

    final StringBuilder text;
    private final Gson gson;
    private final String[] escapes;

    Json(Gson gson, boolean htmlSafe, int capacity) {
      this.gson = gson;
      this.escapes = htmlSafe ? HTML_SAFE : PLAIN;
      this.text = new StringBuilder(capacity);
    }

    /** A member name (after a comma unless it is the object's first). */
    Json name(String name, boolean first) {
      if (!first) {
        text.append(',');
      }
      string(name);
      text.append(':');
      return this;
    }

    /**
     * Strings already written, quoted and escaped, by escape table: an edit's publish writes the
     * same messages, URLs, rule ids and member names as the last one (and the kept findings' very
     * String objects, whose hashes are cached), so most strings are one lookup and one copy.
     */
    private static final Map<String, String> PLAIN_QUOTED = new ConcurrentHashMap<>();

    private static final Map<String, String> HTML_SAFE_QUOTED = new ConcurrentHashMap<>();
    private static final int QUOTED_KEPT = 8192;

    Json string(String s) {
      Map<String, String> quoted = escapes == HTML_SAFE ? HTML_SAFE_QUOTED : PLAIN_QUOTED;
      String q = quoted.get(s);
      if (q == null) {
        q = quote(s);
        if (quoted.size() >= QUOTED_KEPT) {
          quoted.clear(); // bounded: a long session meets many messages
        }
        quoted.put(s, q);
      }
      text.append(q);
      return this;
    }

    private String quote(String s) {
      StringBuilder out = new StringBuilder(s.length() + 2);
      out.append('"');
      int last = 0;
      int n = s.length();
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        String escape;
        if (c < 128) {
          escape = escapes[c];
          if (escape == null) {
            continue;
          }
        } else if (c == '\u2028') {
          escape = "\\u2028";
        } else if (c == '\u2029') {
          escape = "\\u2029";
        } else {
          continue;
        }
        out.append(s, last, i).append(escape);
        last = i + 1;
      }
      return out.append(s, last, n).append('"').toString();
    }

    /** One diagnostic, its fields in the order Gson's reflective adapter writes them. */
    void diagnostic(Diagnostic d) {
      if (d == null) {
        text.append("null");
        return;
      }
      text.append('{');
      boolean first = true;
      if (d.getRange() != null) {
        name("range", first).range(d.getRange());
        first = false;
      }
      if (d.getSeverity() != null) {
        name("severity", first);
        first = false;
        text.append(d.getSeverity().getValue());
      }
      var code = d.getCode();
      if (code != null && (code.isLeft() ? code.getLeft() != null : code.getRight() != null)) {
        name("code", first);
        first = false;
        if (code.isLeft()) {
          string(code.getLeft());
        } else {
          text.append(code.getRight().intValue());
        }
      }
      if (d.getCodeDescription() != null) {
        name("codeDescription", first);
        first = false;
        text.append('{');
        if (d.getCodeDescription().getHref() != null) {
          name("href", true).string(d.getCodeDescription().getHref());
        }
        text.append('}');
      }
      if (d.getSource() != null) {
        name("source", first).string(d.getSource());
        first = false;
      }
      if (d.getMessage() != null) {
        name("message", first).string(d.getMessage());
        first = false;
      }
      List<DiagnosticTag> tags = d.getTags();
      if (tags != null) {
        name("tags", first);
        first = false;
        text.append('[');
        for (int i = 0; i < tags.size(); i++) {
          if (i > 0) {
            text.append(',');
          }
          DiagnosticTag t = tags.get(i);
          text.append(t == null ? "null" : String.valueOf(t.getValue()));
        }
        text.append(']');
      }
      List<DiagnosticRelatedInformation> related = d.getRelatedInformation();
      if (related != null) {
        name("relatedInformation", first);
        first = false;
        text.append('[');
        for (int i = 0; i < related.size(); i++) {
          if (i > 0) {
            text.append(',');
          }
          related(related.get(i));
        }
        text.append(']');
      }
      if (d.getData() != null) {
        name("data", first);
        text.append(gson.toJson(d.getData(), d.getData().getClass()));
      }
      text.append('}');
    }

    private void related(DiagnosticRelatedInformation r) {
      if (r == null) {
        text.append("null");
        return;
      }
      text.append('{');
      boolean first = true;
      Location l = r.getLocation();
      if (l != null) {
        name("location", first);
        first = false;
        text.append('{');
        boolean firstInLocation = true;
        if (l.getUri() != null) {
          name("uri", firstInLocation).string(l.getUri());
          firstInLocation = false;
        }
        if (l.getRange() != null) {
          name("range", firstInLocation).range(l.getRange());
        }
        text.append('}');
      }
      if (r.getMessage() != null) {
        name("message", first).string(r.getMessage());
      }
      text.append('}');
    }

    private void range(Range r) {
      text.append('{');
      boolean first = true;
      if (r.getStart() != null) {
        name("start", first).position(r.getStart());
        first = false;
      }
      if (r.getEnd() != null) {
        name("end", first).position(r.getEnd());
      }
      text.append('}');
    }

    private void position(Position p) {
      text.append("{\"line\":")
          .append(p.getLine())
          .append(",\"character\":")
          .append(p.getCharacter())
          .append('}');
    }
  }
}
