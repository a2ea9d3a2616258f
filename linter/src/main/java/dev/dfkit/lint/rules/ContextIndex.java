package dev.dfkit.lint.rules;

import dev.dfkit.parser.context.BuildContext;
import dev.dfkit.parser.ignore.DockerIgnore;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the context rules derive from one build context, computed once and shared by them: which
 * listed paths exist and which of them the build receives after the ignore file is applied.
 *
 * <p>"Received" follows BuildKit's transfer: a path is sent when the ignore file keeps it, and an
 * excluded directory is still sent as the parent of a path an exception re-includes. It is decided
 * per path, on demand, and remembered: the rules ask about few paths (sources, matches, secrets),
 * so a large context costs one listing, not one ignore-file evaluation per listed path.
 *
 * <p>The rules are stateless and the linter keeps no per-file scratch space for them, so the index
 * is cached per {@link BuildContext} instance (one per linted file) in a weak map.
 */
final class ContextIndex {

  private static final Map<BuildContext, ContextIndex> CACHE =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final Path root;
  private final DockerIgnore ignore;
  private final Optional<Path> ignoreFile;
  private final boolean usable;
  private final boolean truncated;
  private final List<String> entries;
  private final Map<String, Boolean> received = new HashMap<>();
  private final Map<String, Object> memos = new HashMap<>();

  // Holds nothing of the BuildContext itself: a value of a WeakHashMap must not keep its key alive.
  private ContextIndex(BuildContext context) {
    this.root = context.root();
    this.ignore = context.ignore();
    this.ignoreFile = context.ignoreFile();
    List<String> listed = List.of();
    boolean ok = Files.isDirectory(context.root());
    if (ok) {
      try {
        listed = context.entries();
      } catch (UncheckedIOException e) {
        ok = false;
      }
    }
    this.usable = ok;
    this.entries = listed;
    this.truncated = !ok || context.truncated();
  }

  /** The index of a context, built on first use (this reads the listing). */
  static ContextIndex of(BuildContext context) {
    ContextIndex index = CACHE.get(context);
    if (index == null) {
      // Built outside the lock: other files' contexts need not wait for this listing.
      ContextIndex built = new ContextIndex(context);
      index = CACHE.putIfAbsent(context, built);
      if (index == null) {
        index = built;
      }
    }
    return index;
  }

  DockerIgnore ignore() {
    return ignore;
  }

  /** False when the context directory does not exist: the rules then have nothing to check. */
  boolean usable() {
    return usable;
  }

  /** Whether the listing is incomplete, so "not listed" does not mean "absent". */
  boolean truncated() {
    return truncated;
  }

  /** Every listed path, sorted, directories ending with {@code /} ({@link BuildContext}). */
  List<String> entries() {
    return entries;
  }

  /** A value derived from this index once, under {@code key}, and shared by the rules after. */
  @SuppressWarnings("unchecked")
  synchronized <T> T memo(String key, Function<ContextIndex, T> compute) {
    Object value = memos.get(key);
    if (value == null) {
      value = compute.apply(this);
      memos.put(key, value);
    }
    return (T) value;
  }

  /** Whether the path (relative, clean, no trailing slash) is listed. */
  boolean exists(String path) {
    return path.equals(".") || Collections.binarySearch(entries, path) >= 0 || isDirectory(path);
  }

  /** Whether the path is a listed directory ({@code .} is the root). */
  boolean isDirectory(String path) {
    return path.equals(".") || Collections.binarySearch(entries, path + "/") >= 0;
  }

  /**
   * Whether the build receives the listed path after the ignore file is applied: the ignore file
   * keeps it, or it is a directory holding something that is kept.
   */
  synchronized boolean received(String path) {
    if (path.equals(".")) {
      return true;
    }
    Boolean known = received.get(path);
    if (known == null) {
      known = exists(path) && (!ignore.isExcluded(path) || holdsReceived(path));
      received.put(path, known);
    }
    return known;
  }

  /**
   * Whether the build surely does not receive the path: it is not listed, or the ignore file
   * excludes it and no exception can bear on it.
   *
   * <p>The caution is needed because BuildKit's transfer (fsutil's walker with patternmatcher's
   * {@code MatchesUsingParentResults}) and the matcher behind {@link DockerIgnore#isExcluded}
   * ({@code MatchesOrParentMatches}) disagree in some files with exceptions: after {@code docs},
   * {@code !docs/README.md}, {@code docs} the file is sent, because the second {@code docs} is not
   * tried on the directory (already excluded there) and does not match the file itself. Without an
   * exception that could match the path, one of its parents or something below it, both agree. A
   * path below a symbolic link is not listed (the listing does not follow links) and is never
   * surely missing: BuildKit follows links in the paths it is asked for.
   */
  synchronized boolean surelyMissing(String path) {
    if (received(path)) {
      return false;
    }
    if (!exists(path)) {
      // Below a symlinked directory nothing is listed, but BuildKit follows the link.
      return !throughSymlink(path);
    }
    String slashed = path + "/";
    for (var p : ignore.activePatterns()) {
      if (p.exclusion()) {
        String lead = PatternFacts.lead(p.pattern());
        if (slashed.startsWith(lead) || lead.startsWith(slashed)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether the path or one of its parent directories is a symbolic link. */
  boolean throughSymlink(String path) {
    if (path.equals(".")) {
      return false;
    }
    for (int slash = path.indexOf('/'); ; slash = path.indexOf('/', slash + 1)) {
      String prefix = slash < 0 ? path : path.substring(0, slash);
      if (Files.isSymbolicLink(root.resolve(prefix))) {
        return true;
      }
      if (slash < 0) {
        return false;
      }
    }
  }

  /** Whether an excluded path is a directory that an exception brings something back from. */
  private boolean holdsReceived(String dir) {
    if (!ignore.mayReincludeBelow(dir) || !isDirectory(dir)) {
      return false;
    }
    String prefix = dir + "/";
    String skip = null;
    for (int i = lowerBound(entries, prefix); i < entries.size(); i++) {
      String e = entries.get(i);
      if (!e.startsWith(prefix)) {
        break;
      }
      if (e.length() == prefix.length() || (skip != null && e.startsWith(skip))) {
        continue;
      }
      skip = null;
      String p = strip(e);
      if (!ignore.isExcluded(p)) {
        return true;
      }
      if (e.endsWith("/") && !ignore.mayReincludeBelow(p)) {
        skip = e;
      }
    }
    return false;
  }

  /**
   * The listed paths strictly below {@code dir} ({@code .} for all), without trailing slashes, in
   * sorted order. Cheap: the listing is sorted, so they form one block.
   */
  synchronized void forEachBelow(String dir, Consumer<String> action) {
    List<String> all = entries();
    int from = 0;
    String prefix = "";
    if (!dir.equals(".")) {
      prefix = dir + "/";
      from = lowerBound(all, prefix);
    }
    for (int i = from; i < all.size(); i++) {
      String e = all.get(i);
      if (!e.startsWith(prefix)) {
        break;
      }
      if (e.length() > prefix.length()) {
        action.accept(strip(e));
      }
    }
  }

  /** The ignore file's name, for messages ({@code .dockerignore} when there is none). */
  String ignoreFileName() {
    return ignoreFile.map(p -> p.getFileName().toString()).orElse(".dockerignore");
  }

  /** A file as findings show it: relative to the working directory when it is below it. */
  static String display(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath().normalize();
    if (abs.startsWith(cwd) && !abs.equals(cwd)) {
      return cwd.relativize(abs).toString();
    }
    return abs.toString();
  }

  static String strip(String entry) {
    return entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry;
  }

  /** The index of the first element not less than {@code key}. */
  static int lowerBound(List<String> sorted, String key) {
    int i = Collections.binarySearch(sorted, key);
    return i >= 0 ? i : -i - 1;
  }

  /** The distinct last segments (names) of the listed paths. */
  Set<String> names() {
    return memo(
        "names",
        index -> {
          Set<String> out = new HashSet<>();
          for (String e : index.entries) {
            String p = strip(e);
            out.add(p.substring(p.lastIndexOf('/') + 1));
          }
          return out;
        });
  }

  /** Splits a relative path into its segments. */
  static List<String> segments(String path) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= path.length(); i++) {
      if (i == path.length() || path.charAt(i) == '/') {
        out.add(path.substring(start, i));
        start = i + 1;
      }
    }
    return out;
  }
}
