package dev.dfkit.parser.semantic;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An OCI platform ({@code os/architecture[/variant]}), normalised as containerd does: {@code
 * x86_64} is {@code amd64}, {@code aarch64} is {@code arm64}, {@code armhf} is {@code arm/v7}.
 */
public record Platform(String os, String architecture, String variant) {

  private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.-]+");

  public Platform {
    os = os.toLowerCase(Locale.ROOT);
    architecture = architecture.toLowerCase(Locale.ROOT);
    variant = variant == null ? "" : variant.toLowerCase(Locale.ROOT);
  }

  public static final Platform LINUX_AMD64 = new Platform("linux", "amd64", "");
  public static final Platform LINUX_ARM64 = new Platform("linux", "arm64", "");

  /** The platform this JVM runs on (Linux assumed: containers here are Linux containers). */
  public static Platform host() {
    String arch = System.getProperty("os.arch", "amd64");
    return parse("linux/" + arch).orElse(LINUX_AMD64);
  }

  /** Parses {@code os/arch[/variant]} or a bare {@code os}; empty when it is not a platform. */
  public static Optional<Platform> parse(String text) {
    String[] parts = text.strip().split("/", -1);
    if (parts.length == 0 || parts.length > 3) {
      return Optional.empty();
    }
    for (String p : parts) {
      if (!PART.matcher(p).matches()) {
        return Optional.empty();
      }
    }
    String os = parts[0].toLowerCase(Locale.ROOT);
    if (os.equals("macos")) {
      os = "darwin";
    }
    if (parts.length == 1) {
      return Optional.of(new Platform(os, Platform.host().architecture(), ""));
    }
    String arch = parts[1].toLowerCase(Locale.ROOT);
    String variant = parts.length == 3 ? parts[2].toLowerCase(Locale.ROOT) : "";
    switch (arch) {
      case "i386" -> arch = "386";
      case "x86_64", "x86-64" -> arch = "amd64";
      case "aarch64" -> {
        arch = "arm64";
        if (variant.equals("8")) {
          variant = "v8";
        }
      }
      case "armhf" -> {
        arch = "arm";
        variant = "v7";
      }
      case "armel" -> {
        arch = "arm";
        variant = "v6";
      }
      default -> {}
    }
    if (arch.equals("arm64") && variant.equals("v8")) {
      variant = ""; // v8 is arm64's default
    }
    if (arch.equals("arm") && variant.isEmpty()) {
      variant = "v7";
    }
    if (arch.equals("amd64") && variant.equals("v1")) {
      variant = "";
    }
    return Optional.of(new Platform(os, arch, variant));
  }

  /** {@code os/architecture[/variant]}. */
  public String format() {
    return os + "/" + architecture + (variant.isEmpty() ? "" : "/" + variant);
  }

  @Override
  public String toString() {
    return format();
  }
}
