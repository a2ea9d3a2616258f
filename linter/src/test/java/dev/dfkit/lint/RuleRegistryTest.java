package dev.dfkit.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.rules.Rules;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every rule class is registered, named by its id, documented and tested. */
class RuleRegistryTest {

  @Test
  void everyRuleIsRegisteredDocumentedAndTested() throws Exception {
    Set<String> registered = new HashSet<>();
    for (Rule r : Rules.all()) {
      RuleInfo info = r.info();
      assertThat(r.getClass().getSimpleName()).as("class named by its id").isEqualTo(info.id());
      assertThat(registered.add(info.id())).as("registered once: %s", info.id()).isTrue();
      assertThat(Rule.class.getResourceAsStream("docs/" + info.id() + ".md"))
          .as("docs page for %s", info.id())
          .isNotNull();
      assertThat(info.url()).startsWith("https://");
      assertThat(info.summary()).isNotBlank();
      assertThat(info.name()).matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
    for (String ruleClass : classesIn("dev/dfkit/lint/rules")) {
      Class<?> c = Class.forName("dev.dfkit.lint.rules." + ruleClass);
      if (c.isAnnotationPresent(RuleInfo.class)) {
        assertThat(registered).as("%s is listed in Rules.all()", ruleClass).contains(ruleClass);
        assertThat(testClassExists(ruleClass + "Test")).as("test for %s", ruleClass).isTrue();
      }
    }
  }

  private static List<String> classesIn(String packagePath) throws IOException, URISyntaxException {
    Path dir =
        Path.of(Rules.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve(packagePath);
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.contains("$"))
          .map(n -> n.substring(0, n.length() - ".class".length()))
          .toList();
    }
  }

  private static boolean testClassExists(String name) {
    try {
      Class.forName("dev.dfkit.lint.rules." + name);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
