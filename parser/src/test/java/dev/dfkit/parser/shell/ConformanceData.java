package dev.dfkit.parser.shell;

import dev.dfkit.parser.SharedData;
import java.nio.file.Path;

/** Where BuildKit's shell-expansion tables are. */
final class ConformanceData {
  private ConformanceData() {}

  static Path buildKitShell() {
    return SharedData.path("conformance/buildkit-shell");
  }
}
