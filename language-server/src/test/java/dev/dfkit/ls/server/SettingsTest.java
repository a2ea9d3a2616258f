package dev.dfkit.ls.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import dev.dfkit.format.FormatOptions;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.config.RuleSetting;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettingsTest {

  private final List<String> warnings = new ArrayList<>();

  private Settings read(String json) {
    return Settings.from(
        JsonParser.parseString(json), Set.of("DL3008", "StageNameCasing"), warnings::add);
  }

  @Test
  void readsEverySetting() {
    Settings s =
        read(
            "{\"dfls\": {\"rules\": {\"DL3008\": \"off\", \"StageNameCasing\": \"error\","
                + " \"SC2086\": true}, \"context\": \"build\", \"format\": {\"indent\": 2,"
                + " \"max-width\": 80, \"operators\": \"trailing\", \"blankLineBeforeFrom\": false,"
                + " \"endOfLine\": \"crlf\"}, \"diagnostics\": {\"debounce\": 50}}}");
    assertThat(s.rules())
        .containsEntry("DL3008", RuleSetting.OFF)
        .containsEntry("StageNameCasing", RuleSetting.at(LintSeverity.ERROR))
        .containsEntry("SC2086", RuleSetting.ON);
    assertThat(s.context()).contains("build");
    FormatOptions f = s.format().applyTo(FormatOptions.DEFAULTS);
    assertThat(f.indent()).isEqualTo(2);
    assertThat(f.maxWidth()).isEqualTo(80);
    assertThat(f.operators()).isEqualTo(FormatOptions.OperatorPosition.TRAILING);
    assertThat(f.blankLineBeforeFrom()).isFalse();
    assertThat(f.lineEnding()).isEqualTo(FormatOptions.LineEnding.CRLF);
    assertThat(s.debounceMillis()).isEqualTo(50);
    assertThat(warnings).isEmpty();
  }

  @Test
  void badValuesAreLoggedAndIgnored() {
    Settings s =
        read(
            "{\"rules\": {\"Nope\": \"off\", \"DL3008\": 7}, \"context\": 3, \"format\":"
                + " {\"indent\": 99, \"operators\": \"sideways\", \"colour\": \"red\"},"
                + " \"diagnostics\": {\"debounce\": -1}, \"extra\": {}}");
    assertThat(s).isEqualTo(Settings.DEFAULT);
    assertThat(warnings)
        .hasSize(8)
        .anyMatch(w -> w.contains("unknown rule 'Nope'"))
        .anyMatch(w -> w.contains("dfls.format.indent"))
        .anyMatch(w -> w.contains("dfls.extra"));
  }

  @Test
  void notAnObjectIsTheDefault() {
    assertThat(Settings.from(null, Set.of(), warnings::add)).isEqualTo(Settings.DEFAULT);
    assertThat(read("[1, 2]")).isEqualTo(Settings.DEFAULT);
    assertThat(read("\"x\"")).isEqualTo(Settings.DEFAULT);
  }
}
