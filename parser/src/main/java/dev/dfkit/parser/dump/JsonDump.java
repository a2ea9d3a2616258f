package dev.dfkit.parser.dump;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dfkit.parser.ParseResult;
import dev.dfkit.parser.ast.BlankLine;
import dev.dfkit.parser.ast.CommandLine;
import dev.dfkit.parser.ast.Comment;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Element;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.diagnostic.Diagnostic;
import dev.dfkit.parser.source.LogicalText;
import dev.dfkit.parser.source.SourcePosition;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The full typed tree as JSON (schema in the README). Instruction records are serialized by Jackson
 * from their components, so the JSON always carries every field the AST has; positions are written
 * 1-based for line and column (as messages show them) with 0-based UTF-16 offsets.
 */
public final class JsonDump {

  @JsonTypeInfo(
      use = JsonTypeInfo.Id.SIMPLE_NAME,
      include = JsonTypeInfo.As.PROPERTY,
      property = "kind")
  private interface Typed {}

  private static final ObjectMapper MAPPER = mapper();

  private JsonDump() {}

  private static ObjectMapper mapper() {
    SimpleModule module = new SimpleModule("dfkit-ast");
    module.addSerializer(SourcePosition.class, new PositionSerializer());
    module.addSerializer(LogicalText.class, new LogicalTextSerializer());
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<Optional<?>> optional = (Class) Optional.class;
    module.addSerializer(optional, new OptionalSerializer());
    module.addSerializer(OptionalLong.class, new OptionalLongSerializer());
    module.addSerializer(OptionalInt.class, new OptionalIntSerializer());
    return JsonMapper.builder()
        .addModule(module)
        .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
        .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
        .addMixIn(Instruction.class, Typed.class)
        .addMixIn(CommandLine.class, Typed.class)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .build();
  }

  /** The JSON document for one parsed file. */
  public static ObjectNode toJson(ParseResult result) {
    Dockerfile df = result.dockerfile();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("file", result.sourceName());
    root.put("escape", String.valueOf(df.escape()));
    root.put("bom", df.bom());
    root.set("directives", MAPPER.valueToTree(df.directives()));
    Map<Instruction, Integer> indexes = new IdentityHashMap<>();
    ArrayNode instructions = root.putArray("instructions");
    for (Instruction i : df.instructions()) {
      indexes.put(i, indexes.size());
      ObjectNode node = MAPPER.valueToTree(i);
      node.put("index", indexes.get(i));
      instructions.add(node);
    }
    root.set("globalArgs", indexList(df.globalArgs(), indexes));
    ArrayNode stages = root.putArray("stages");
    for (Stage s : df.stages()) {
      ObjectNode stage = stages.addObject();
      stage.put("index", s.index());
      stage.put("name", s.name().orElse(null));
      stage.put("base", s.base().value());
      stage.put("platform", s.from().fromFlags().platform().map(f -> f.value()).orElse(null));
      stage.set("range", MAPPER.valueToTree(s.range()));
      stage.put("from", indexes.get(s.from()));
      stage.set("instructions", indexList(s.instructions(), indexes));
    }
    ArrayNode comments = root.putArray("comments");
    ArrayNode blankLines = root.putArray("blankLines");
    List<Element> elements = df.elements();
    for (int e = 0; e < elements.size(); e++) {
      Element element = elements.get(e);
      if (element instanceof Comment c) {
        ObjectNode comment = MAPPER.valueToTree(c);
        comment.set("precedes", MAPPER.valueToTree(nextInstruction(elements, e, indexes)));
        comments.add(comment);
      } else if (element instanceof BlankLine b) {
        blankLines.add(MAPPER.valueToTree(b.range()));
      }
    }
    ArrayNode diagnostics = root.putArray("diagnostics");
    for (Diagnostic d : result.diagnostics()) {
      ObjectNode node = diagnostics.addObject();
      node.put("severity", d.severity().label());
      node.put("code", d.code());
      node.put("message", d.message());
      node.put("syntax", d.isSyntaxError());
      node.set("range", MAPPER.valueToTree(d.range()));
    }
    return root;
  }

  /** Pretty-printed JSON text for one parsed file. */
  public static String dump(ParseResult result) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(result));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Integer nextInstruction(
      List<Element> elements, int from, Map<Instruction, Integer> indexes) {
    for (int i = from + 1; i < elements.size(); i++) {
      if (elements.get(i) instanceof Instruction instruction) {
        return indexes.get(instruction);
      }
    }
    return null;
  }

  private static ArrayNode indexList(
      List<? extends Instruction> list, Map<Instruction, Integer> indexes) {
    ArrayNode out = MAPPER.createArrayNode();
    for (Instruction i : list) {
      out.add(indexes.get(i));
    }
    return out;
  }

  private static final class PositionSerializer extends JsonSerializer<SourcePosition> {
    @Override
    public void serialize(SourcePosition p, JsonGenerator g, SerializerProvider s)
        throws IOException {
      g.writeStartObject();
      g.writeNumberField("line", p.line() + 1);
      g.writeNumberField("column", p.column() + 1);
      g.writeNumberField("offset", p.offset());
      g.writeEndObject();
    }
  }

  private static final class LogicalTextSerializer extends JsonSerializer<LogicalText> {
    @Override
    public void serialize(LogicalText t, JsonGenerator g, SerializerProvider s) throws IOException {
      g.writeString(t.text());
    }
  }

  private static final class OptionalSerializer extends JsonSerializer<Optional<?>> {
    @Override
    public void serialize(Optional<?> o, JsonGenerator g, SerializerProvider s) throws IOException {
      if (o.isPresent()) {
        s.defaultSerializeValue(o.get(), g);
      } else {
        g.writeNull();
      }
    }
  }

  private static final class OptionalLongSerializer extends JsonSerializer<OptionalLong> {
    @Override
    public void serialize(OptionalLong o, JsonGenerator g, SerializerProvider s)
        throws IOException {
      if (o.isPresent()) {
        g.writeNumber(o.getAsLong());
      } else {
        g.writeNull();
      }
    }
  }

  private static final class OptionalIntSerializer extends JsonSerializer<OptionalInt> {
    @Override
    public void serialize(OptionalInt o, JsonGenerator g, SerializerProvider s) throws IOException {
      if (o.isPresent()) {
        g.writeNumber(o.getAsInt());
      } else {
        g.writeNull();
      }
    }
  }
}
