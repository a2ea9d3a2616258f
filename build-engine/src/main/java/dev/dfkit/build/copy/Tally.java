package dev.dfkit.build.copy;

import java.util.ArrayList;
import java.util.List;

/** Counts for {@link CopyResult}, filled in as the copy goes. */
final class Tally {
  final List<String> items = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();
  int files;
  int directories;
  int symlinks;
  int hardlinks;
  int specialFiles;
  long bytes;
  int archives;

  void warn(String warning) {
    if (warnings.size() < 100) {
      warnings.add(warning);
    }
  }

  CopyResult result() {
    return new CopyResult(
        items, files, directories, symlinks, hardlinks, specialFiles, bytes, archives, warnings);
  }
}
