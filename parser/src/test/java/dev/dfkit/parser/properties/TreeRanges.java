package dev.dfkit.parser.properties;

import dev.dfkit.parser.ParseResult;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.diagnostic.Diagnostic;
import dev.dfkit.parser.source.LogicalText;
import dev.dfkit.parser.source.SourceRange;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Every source range and logical text in a parsed tree, found by walking record components
 * reflectively (so a component added later is checked without touching this class), each with the
 * path it was found at and the range of the nearest enclosing node that has one.
 *
 * <p>A record with a {@code range()} method (a component or, like {@link Instruction} and {@link
 * Stage}, a derived one) encloses everything below it; records without one (heredocs, flag sets,
 * mounts) pass their parent's range down. Comments before an instruction belong to the document,
 * not to the instruction.
 */
final class TreeRanges {

  /** A range found at {@code path} that must lie inside {@code parent}. */
  record Found(String path, SourceRange range, SourceRange parent) {}

  /** A logical text found at {@code path}; every character must map into {@code parent}. */
  record Mapped(String path, LogicalText text, SourceRange parent) {}

  private final SourceRange document;
  private final List<Found> ranges = new ArrayList<>();
  private final List<Mapped> texts = new ArrayList<>();

  private TreeRanges(SourceRange document) {
    this.document = document;
  }

  static TreeRanges of(ParseResult result) {
    Dockerfile d = result.dockerfile();
    SourceRange document = d.lines().range(0, d.text().length());
    TreeRanges out = new TreeRanges(document);
    List<?> elements = d.elements();
    for (int i = 0; i < elements.size(); i++) {
      out.walk(elements.get(i), "elements[" + i + "]", document);
    }
    for (Stage s : d.stages()) {
      String path = "stages[" + s.index() + "]";
      out.ranges.add(new Found(path, s.range(), document));
      out.ranges.add(new Found(path + ".from", s.from().range(), s.range()));
      for (int i = 0; i < s.instructions().size(); i++) {
        Instruction instruction = s.instructions().get(i);
        out.ranges.add(
            new Found(path + ".instructions[" + i + "]", instruction.range(), s.range()));
      }
    }
    List<Diagnostic> diagnostics = result.diagnostics();
    for (int i = 0; i < diagnostics.size(); i++) {
      Diagnostic diag = diagnostics.get(i);
      out.ranges.add(
          new Found("diagnostics[" + i + "](" + diag.code() + ")", diag.range(), document));
    }
    return out;
  }

  List<Found> ranges() {
    return ranges;
  }

  List<Mapped> texts() {
    return texts;
  }

  private void walk(Object node, String path, SourceRange parent) {
    if (node == null || isScalar(node)) {
      return;
    }
    if (node instanceof SourceRange r) {
      ranges.add(new Found(path, r, parent));
    } else if (node instanceof LogicalText t) {
      texts.add(new Mapped(path, t, parent));
    } else if (node instanceof Optional<?> o) {
      o.ifPresent(v -> walk(v, path, parent));
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path + "[" + i + "]", parent);
      }
    } else if (node.getClass().isRecord()) {
      walkRecord(node, path, parent);
    } else {
      throw new IllegalStateException(
          "unknown node type at " + path + ": " + node.getClass().getName());
    }
  }

  /** How to take a record type apart: its {@code range()} method, if any, and its components. */
  private record Shape(Method range, List<Method> accessors) {}

  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          Method range = null;
          try {
            Method m = type.getMethod("range");
            if (m.getReturnType() == SourceRange.class) {
              m.setAccessible(true);
              range = m;
            }
          } catch (NoSuchMethodException e) {
            // no range of its own: the parent's encloses its parts
          }
          List<Method> accessors = new ArrayList<>();
          for (RecordComponent c : type.getRecordComponents()) {
            Method accessor = c.getAccessor();
            accessor.setAccessible(true);
            if (range == null || !c.getName().equals("range")) {
              accessors.add(accessor);
            }
          }
          return new Shape(range, List.copyOf(accessors));
        }
      };

  private void walkRecord(Object node, String path, SourceRange parent) {
    Shape shape = SHAPES.get(node.getClass());
    String here = path + "<" + node.getClass().getSimpleName() + ">";
    SourceRange inner = parent;
    if (shape.range() != null) {
      SourceRange own = (SourceRange) invoke(shape.range(), node);
      ranges.add(new Found(here + ".range", own, parent));
      inner = own;
    }
    for (Method accessor : shape.accessors()) {
      String name = accessor.getName();
      SourceRange enclosing = name.equals("precedingComments") ? document : inner;
      walk(invoke(accessor, node), here + "." + name, enclosing);
    }
  }

  private static Object invoke(Method m, Object target) {
    try {
      return m.invoke(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "accessor " + m.getName() + " of " + target.getClass().getSimpleName() + " threw",
          e.getCause());
    }
  }

  private static boolean isScalar(Object node) {
    return node instanceof CharSequence
        || node instanceof Number
        || node instanceof Boolean
        || node instanceof Character
        || node instanceof Enum<?>
        || node instanceof OptionalInt
        || node instanceof OptionalLong
        || node instanceof OptionalDouble;
  }
}
