package dev.dfkit.lint.index;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.tools.Diagnostic;

/**
 * Compile-time step of the linter's own build: writes {@code dev.dfkit.lint.RuleInfoIndex}, every
 * rule's {@code @RuleInfo} as plain constructor calls. Reading the annotations at run time goes
 * through reflection and a dynamic proxy per annotation (about 20 ms of every cold dflint start;
 * the class-data archive cannot hold proxy classes), so {@code Rule.info()} asks the index first.
 * Not part of the linter at run time.
 */
@SupportedAnnotationTypes(RuleInfoIndexer.ANNOTATION)
public final class RuleInfoIndexer extends AbstractProcessor {

  static final String ANNOTATION = "dev.dfkit.lint.RuleInfo";

  /** The annotation's elements, in the order of {@code StaticRuleInfo}'s components. */
  private static final List<String> ELEMENTS =
      List.of(
          "id",
          "name",
          "severity",
          "summary",
          "url",
          "source",
          "fixable",
          "experimental",
          "enabledByDefault",
          "sameAs");

  private final Map<String, String> entries = new TreeMap<>();

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element e : round.getElementsAnnotatedWith(annotation)) {
        entries.put(((TypeElement) e).getQualifiedName().toString(), constructor(e));
      }
    }
    if (round.processingOver() && !entries.isEmpty()) {
      write();
    }
    return false;
  }

  /** {@code new StaticRuleInfo(...)} with the annotation's values, defaults filled in. */
  private String constructor(Element rule) {
    for (AnnotationMirror m : processingEnv.getElementUtils().getAllAnnotationMirrors(rule)) {
      if (m.getAnnotationType().toString().equals(ANNOTATION)) {
        Map<? extends ExecutableElement, ? extends AnnotationValue> values =
            processingEnv.getElementUtils().getElementValuesWithDefaults(m);
        List<String> args = new ArrayList<>();
        for (String name : ELEMENTS) {
          args.add(literal(value(values, name)));
        }
        return "new StaticRuleInfo(" + String.join(", ", args) + ")";
      }
    }
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "no @RuleInfo", rule);
    return "null";
  }

  private static Object value(
      Map<? extends ExecutableElement, ? extends AnnotationValue> values, String name) {
    for (var e : values.entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue().getValue();
      }
    }
    throw new IllegalStateException("@RuleInfo has no " + name);
  }

  private static String literal(Object v) {
    if (v instanceof String s) {
      StringBuilder out = new StringBuilder("\"");
      for (char c : s.toCharArray()) {
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          default -> {
            if (c < 0x20 || c > 0x7e) {
              out.append(String.format("\\u%04x", (int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      return out.append('"').toString();
    }
    if (v instanceof VariableElement constant) { // an enum constant
      return constant.getEnclosingElement().getSimpleName() + "." + constant.getSimpleName();
    }
    return String.valueOf(v); // a boolean
  }

  private void write() {
    try (Writer w =
        processingEnv.getFiler().createSourceFile("dev.dfkit.lint.RuleInfoIndex").openWriter()) {
      w.write("package dev.dfkit.lint;\n\n");
      w.write("/** Every rule's @RuleInfo, written by RuleInfoIndexer at compile time. */\n");
      w.write("final class RuleInfoIndex {\n\n  private RuleInfoIndex() {}\n\n");
      w.write(
          "  /** The metadata of a rule class, or null when it is not one of the linter's. */\n");
      w.write("  static RuleInfo of(Class<?> rule) {\n    return switch (rule.getName()) {\n");
      for (var e : entries.entrySet()) {
        w.write("      case \"" + e.getKey() + "\" -> " + e.getValue() + ";\n");
      }
      w.write("      default -> null;\n    };\n  }\n}\n");
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, e.toString());
    }
  }
}
