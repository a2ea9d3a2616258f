package dev.dfkit.lint.rules;

import dev.dfkit.lint.Rule;
import java.util.List;

/** hadolint's rules, by their DL numbers. */
final class HadolintRules {

  private HadolintRules() {}

  static List<Rule> all() {
    return List.of(
        new DL1001(),
        new DL3000(),
        new DL3002(),
        new DL3006(),
        new DL3007(),
        new DL3011(),
        new DL3012(),
        new DL3020(),
        new DL3021(),
        new DL3022(),
        new DL3023(),
        new DL3024(),
        new DL3025(),
        new DL3026(),
        new DL3029(),
        new DL3043(),
        new DL3044(),
        new DL3045(),
        new DL3048(),
        new DL3049(),
        new DL3050(),
        new DL3051(),
        new DL3052(),
        new DL3053(),
        new DL3054(),
        new DL3055(),
        new DL3056(),
        new DL3057(),
        new DL3058(),
        new DL3059(),
        new DL3061(),
        new DL3063(),
        new DL3064(),
        new DL3065(),
        new DL3066(),
        new DL3067(),
        new DL4000(),
        new DL4003(),
        new DL4004());
  }
}
