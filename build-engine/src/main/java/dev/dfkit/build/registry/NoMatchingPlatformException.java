package dev.dfkit.build.registry;

import java.util.List;

/** An image index has no manifest for the wanted platform. */
public final class NoMatchingPlatformException extends RegistryException {

  private final List<String> available;

  NoMatchingPlatformException(String message, List<String> available) {
    super(
        message,
        0,
        List.of(
            new RegistryError(
                "MANIFEST_UNKNOWN", message, "available: " + String.join(", ", available))));
    this.available = List.copyOf(available);
  }

  /** The platforms the index does have ({@code linux/amd64}, {@code linux/arm64/v8}, ...). */
  public List<String> available() {
    return available;
  }
}
