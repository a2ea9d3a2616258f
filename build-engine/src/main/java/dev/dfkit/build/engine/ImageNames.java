package dev.dfkit.build.engine;

import dev.dfkit.parser.image.ImageReference;

/**
 * Image names as Docker normalises them: {@code alpine} is {@code docker.io/library/alpine:latest}.
 */
public final class ImageNames {
  private ImageNames() {}

  /**
   * The canonical name ({@code registry/repository:tag}, or {@code ...@digest}).
   *
   * @throws IllegalArgumentException when {@code name} is not an image reference
   */
  public static String canonical(String name) {
    return ImageReference.parse(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "invalid image name \""
                        + name
                        + "\": use [REGISTRY/]REPOSITORY[:TAG], lower case"))
        .canonical();
  }

  /** The short form Docker shows ({@code alpine:latest}, {@code 127.0.0.1:5000/app:1}). */
  public static String familiar(String canonical) {
    return ImageReference.parse(canonical).map(ImageReference::familiar).orElse(canonical);
  }
}
