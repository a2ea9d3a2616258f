package dev.dfkit.ls.server;

import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import dev.dfkit.ls.services.TokenData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.SemanticTokens;

/**
 * Writes a semantic-tokens answer with its integers as the JSON text {@link TokenData} built once,
 * instead of Gson's one boxed number at a time (a string and a synchronized append each). Gson
 * picks adapters by the declared type of a field ({@code List<Integer>}), so this adapter is for
 * the whole answer. The JSON is the same as Gson's own.
 */
final class SemanticTokensJson extends TypeAdapter<SemanticTokens> {

  @Override
  public void write(JsonWriter out, SemanticTokens value) throws IOException {
    if (value == null) {
      out.nullValue();
      return;
    }
    out.beginObject();
    if (value.getResultId() != null) {
      out.name("resultId").value(value.getResultId());
    }
    List<Integer> data = value.getData();
    if (data instanceof TokenData tokens) {
      out.name("data").jsonValue(tokens.json());
    } else if (data != null) {
      out.name("data").beginArray();
      for (Integer i : data) {
        out.value(i);
      }
      out.endArray();
    }
    out.endObject();
  }

  @Override
  public SemanticTokens read(JsonReader in) throws IOException {
    SemanticTokens tokens = new SemanticTokens();
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      if (name.equals("resultId")) {
        tokens.setResultId(in.nextString());
      } else if (name.equals("data")) {
        List<Integer> data = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
          data.add(in.nextInt());
        }
        in.endArray();
        tokens.setData(data);
      } else {
        in.skipValue();
      }
    }
    in.endObject();
    return tokens;
  }
}
