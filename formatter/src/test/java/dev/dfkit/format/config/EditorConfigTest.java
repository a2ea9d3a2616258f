package dev.dfkit.format.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EditorConfigTest {

  @Test
  void globsMatchAsTheSpecificationSays() {
    assertThat(EditorConfig.matches("*", "a/b/Dockerfile")).isTrue();
    assertThat(EditorConfig.matches("Dockerfile", "a/Dockerfile")).isTrue();
    assertThat(EditorConfig.matches("{Dockerfile,*.Dockerfile}", "x/app.Dockerfile")).isTrue();
    assertThat(EditorConfig.matches("/Dockerfile", "a/Dockerfile")).isFalse();
    assertThat(EditorConfig.matches("a/**/Dockerfile", "a/b/c/Dockerfile")).isTrue();
    assertThat(EditorConfig.matches("*.py", "Dockerfile")).isFalse();
    assertThat(EditorConfig.matches("Dockerfile.[!x]*", "Dockerfile.dev")).isTrue();
  }

  @Test
  void laterSectionsWinAndOnlyKnownValuesCount() {
    Map<String, String> p =
        EditorConfig.properties(
            "root=true\n[*]\nindent_size=2\nmax_line_length=80\n[Dockerfile]\nindent_size=tab\n",
            "Dockerfile");
    OptionOverrides o = EditorConfig.overrides(p);
    assertThat(o.indent()).isEmpty();
    assertThat(o.maxWidth()).contains(80);
  }
}
