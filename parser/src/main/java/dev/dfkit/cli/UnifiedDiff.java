package dev.dfkit.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.Arrays;
import java.util.List;

/** A unified diff between two versions of a file, as {@code diff -u} prints it. */
public final class UnifiedDiff {

  private UnifiedDiff() {}

  /** Empty when the texts are equal. */
  public static String of(String name, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    Patch<String> patch = DiffUtils.diff(a, b);
    boolean absolute = name.startsWith("/");
    List<String> diff =
        UnifiedDiffUtils.generateUnifiedDiff(
            absolute ? name : "a/" + name, absolute ? name : "b/" + name, a, patch, 3);
    return String.join("\n", diff) + "\n";
  }

  private static List<String> lines(String text) {
    return Arrays.asList(text.split("\n", -1));
  }
}
