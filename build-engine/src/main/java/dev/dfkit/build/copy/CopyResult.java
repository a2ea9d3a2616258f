package dev.dfkit.build.copy;

import java.util.List;

/**
 * What a COPY or ADD did.
 *
 * @param items the root-relative source paths copied (wildcard matches expanded), in order
 * @param files regular files written (hard links excluded)
 * @param directories directories created or updated from the source
 * @param symlinks symbolic links created
 * @param hardlinks hard links created to files copied earlier in the same item
 * @param specialFiles fifos, device nodes and (as empty files) sockets
 * @param bytes bytes of file content written
 * @param archives local archives unpacked (ADD)
 * @param warnings things skipped without failing the copy (extended attributes that could not be
 *     set, as BuildKit only logs those)
 */
public record CopyResult(
    List<String> items,
    int files,
    int directories,
    int symlinks,
    int hardlinks,
    int specialFiles,
    long bytes,
    int archives,
    List<String> warnings) {

  public CopyResult {
    items = List.copyOf(items);
    warnings = List.copyOf(warnings);
  }
}
