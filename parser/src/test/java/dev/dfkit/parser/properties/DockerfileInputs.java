package dev.dfkit.parser.properties;

import dev.dfkit.parser.properties.DockerfileTexts.Mutation;
import java.util.List;
import net.jqwik.api.Arbitraries;
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

  /** A text to start an edit sequence from: generated, or a mutated corpus or generated file. */
  @Provide
  Arbitrary<String> edited() {
    return Arbitraries.oneOf(
        DockerfileTexts.structured(),
        DockerfileTexts.mutatedConformance(),
        DockerfileTexts.mutatedStructured());
  }

  /** One to eight edits, applied one version after another. */
  @Provide
  Arbitrary<List<Mutation>> edits() {
    return DockerfileTexts.mutation().list().ofMinSize(1).ofMaxSize(8);
  }
}
