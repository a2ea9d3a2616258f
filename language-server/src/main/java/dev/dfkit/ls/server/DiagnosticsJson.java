package dev.dfkit.ls.server;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;

/**
 * Writes diagnostics field by field instead of through Gson's reflective adapters, which took a
 * seventh of every edit's time on a big file (hundreds of findings per publish). A publish is
 * written into an unsynchronized buffer and handed to lsp4j's writer as one piece of JSON, not one
 * synchronized append per token. The JSON is the same as Gson's own (fields in declaration order,
 * nulls left out); reading stays Gson's (clients send diagnostics back in code action requests).
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
      Buffer text = new Buffer(256 + 320 * count); // about what a finding takes: no regrowing
      JsonWriter json = new JsonWriter(text);
      json.setHtmlSafe(out.isHtmlSafe());
      json.beginObject();
      if (value.getUri() != null) {
        json.name("uri").value(value.getUri());
      }
      if (value.getDiagnostics() != null) {
        json.name("diagnostics").beginArray();
        for (Diagnostic d : value.getDiagnostics()) {
          writeDiagnostic(gson, json, d);
        }
        json.endArray();
      }
      if (value.getVersion() != null) {
        json.name("version").value(value.getVersion());
      }
      json.endObject();
      json.flush();
      out.jsonValue(text.toString());
    }
  }

  private static final class DiagnosticAdapter extends WritingAdapter<Diagnostic> {
    DiagnosticAdapter(Gson gson, TypeAdapter<?> reflective) {
      super(gson, reflective);
    }

    @Override
    public void write(JsonWriter out, Diagnostic value) throws IOException {
      writeDiagnostic(gson, out, value);
    }
  }

  /** One diagnostic, its fields in the order Gson's reflective adapter writes them. */
  static void writeDiagnostic(Gson gson, JsonWriter out, Diagnostic d) throws IOException {
    if (d == null) {
      out.nullValue();
      return;
    }
    out.beginObject();
    if (d.getRange() != null) {
      range(out.name("range"), d.getRange());
    }
    if (d.getSeverity() != null) {
      out.name("severity").value(d.getSeverity().getValue());
    }
    if (d.getCode() != null) {
      var code = d.getCode();
      if (code.isLeft()) {
        if (code.getLeft() != null) {
          out.name("code").value(code.getLeft());
        }
      } else if (code.getRight() != null) {
        out.name("code").value(code.getRight());
      }
    }
    if (d.getCodeDescription() != null) {
      out.name("codeDescription").beginObject();
      if (d.getCodeDescription().getHref() != null) {
        out.name("href").value(d.getCodeDescription().getHref());
      }
      out.endObject();
    }
    if (d.getSource() != null) {
      out.name("source").value(d.getSource());
    }
    if (d.getMessage() != null) {
      out.name("message").value(d.getMessage());
    }
    List<DiagnosticTag> tags = d.getTags();
    if (tags != null) {
      out.name("tags").beginArray();
      for (DiagnosticTag t : tags) {
        if (t == null) {
          out.nullValue();
        } else {
          out.value(t.getValue());
        }
      }
      out.endArray();
    }
    List<DiagnosticRelatedInformation> related = d.getRelatedInformation();
    if (related != null) {
      out.name("relatedInformation").beginArray();
      for (DiagnosticRelatedInformation r : related) {
        related(out, r);
      }
      out.endArray();
    }
    if (d.getData() != null) {
      out.name("data");
      gson.toJson(d.getData(), d.getData().getClass(), out);
    }
    out.endObject();
  }

  private static void related(JsonWriter out, DiagnosticRelatedInformation r) throws IOException {
    if (r == null) {
      out.nullValue();
      return;
    }
    out.beginObject();
    Location l = r.getLocation();
    if (l != null) {
      out.name("location").beginObject();
      if (l.getUri() != null) {
        out.name("uri").value(l.getUri());
      }
      if (l.getRange() != null) {
        range(out.name("range"), l.getRange());
      }
      out.endObject();
    }
    if (r.getMessage() != null) {
      out.name("message").value(r.getMessage());
    }
    out.endObject();
  }

  private static void range(JsonWriter out, Range r) throws IOException {
    out.beginObject();
    if (r.getStart() != null) {
      position(out.name("start"), r.getStart());
    }
    if (r.getEnd() != null) {
      position(out.name("end"), r.getEnd());
    }
    out.endObject();
  }

  private static void position(JsonWriter out, Position p) throws IOException {
    out.beginObject();
    out.name("line").value(p.getLine());
    out.name("character").value(p.getCharacter());
    out.endObject();
  }

  /** A {@link java.io.StringWriter} without its lock on every append. */
  private static final class Buffer extends Writer {
    private final StringBuilder text;

    Buffer(int capacity) {
      text = new StringBuilder(capacity);
    }

    @Override
    public void write(char[] chars, int off, int len) {
      text.append(chars, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
      text.append(s, off, off + len);
    }

    @Override
    public void write(int c) {
      text.append((char) c);
    }

    @Override
    public Writer append(CharSequence s) {
      text.append(s);
      return this;
    }

    @Override
    public Writer append(char c) {
      text.append(c);
      return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
