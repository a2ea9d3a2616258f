package dev.dfkit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** ANTLR stays behind the parser: no public API outside the grammar module mentions its types. */
class ApiBoundaryTest {

  @Test
  void noPublicSignatureExposesGeneratedGrammarOrAntlrTypes() throws Exception {
    List<String> leaks = new ArrayList<>();
    for (Class<?> c : parserClasses()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        continue;
      }
      for (Method m : c.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers())) {
          continue;
        }
        List<Type> types = new ArrayList<>(List.of(m.getGenericParameterTypes()));
        types.add(m.getGenericReturnType());
        for (Type t : types) {
          String name = t.getTypeName();
          if (name.contains("dev.dfkit.grammar") || name.contains("org.antlr")) {
            leaks.add(c.getName() + "#" + m.getName() + ": " + name);
          }
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  private static List<Class<?>> parserClasses()
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path root =
        Path.of(DockerfileParser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
        classes.add(Class.forName(name, false, ApiBoundaryTest.class.getClassLoader()));
      }
    }
    assertThat(classes).hasSizeGreaterThan(50);
    return classes;
  }
}
