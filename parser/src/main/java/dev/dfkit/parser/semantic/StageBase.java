package dev.dfkit.parser.semantic;

import dev.dfkit.parser.ast.Stage;
import java.util.Optional;

/**
 * What a stage's FROM resolves to.
 *
 * @param image the base name, expanded with the global ARGs
 * @param platform the {@code --platform} value, expanded, when given
 * @param parent the earlier stage it builds on, when the expanded name is that stage's name
 */
public record StageBase(
    ExpandedWord image, Optional<ExpandedWord> platform, Optional<Stage> parent) {

  /** True for {@code FROM scratch}: an empty filesystem, no image to pull. */
  public boolean isScratch() {
    return parent.isEmpty() && image.value().map("scratch"::equals).orElse(false);
  }
}
