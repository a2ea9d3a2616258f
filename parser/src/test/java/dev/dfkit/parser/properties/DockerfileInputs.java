package dev.dfkit.parser.properties;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/**
 * The generators of {@link DockerfileTexts} as jqwik providers, shared by the property classes:
 * {@code @ForAll("arbitraryText")}, {@code @ForAll("mutatedConformance")},
 * {@code @ForAll("structured")}.
 */
abstract class DockerfileInputs {

  @Provide
  Arbitrary<String> arbitraryText() {
    return DockerfileTexts.arbitraryText();
  }

  @Provide
  Arbitrary<String> mutatedConformance() {
    return DockerfileTexts.mutatedConformance();
  }

  @Provide
  Arbitrary<String> structured() {
    return DockerfileTexts.structured();
  }

  @Provide
  Arbitrary<String> mutatedStructured() {
    return DockerfileTexts.mutatedStructured();
  }
}
