package dev.dfkit.parser.ast;

import dev.dfkit.parser.diagnostic.Suggestions;
import dev.dfkit.parser.dump.GoQuote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A {@code RUN --mount=...}, with BuildKit's defaults applied: the type is {@code bind} unless
 * given; {@code cache} and {@code tmpfs} mounts are writable and the others read-only unless {@code
 * ro}/{@code rw} says otherwise.
 *
 * <p>Values that use variables ({@code target=$DIR}) cannot be checked before the build expands
 * them; {@link #parse(Flag, String, boolean)} with {@code expanded=false} keeps them as written and
 * the build parses the expanded text again.
 *
 * @param flag the {@code --mount} flag this came from
 * @param options every field as written, in order
 */
public record Mount(
    Flag flag,
    MountType type,
    List<MountOption> options,
    Optional<String> from,
    Optional<String> source,
    Optional<String> target,
    boolean readOnly,
    Optional<String> id,
    Optional<CacheSharing> sharing,
    boolean required,
    OptionalLong sizeBytes,
    Optional<String> env,
    OptionalLong mode,
    OptionalLong uid,
    OptionalLong gid) {

  private static final List<String> KEYS =
      List.of(
          "type",
          "from",
          "source",
          "target",
          "readonly",
          "id",
          "sharing",
          "required",
          "size",
          "mode",
          "uid",
          "gid",
          "src",
          "dst",
          "destination",
          "ro",
          "rw",
          "readwrite",
          "env");

  public Mount {
    options = List.copyOf(options);
  }

  /** The cache id: {@code id=} if given, else the target (BuildKit's default). */
  public Optional<String> cacheId() {
    return id.isPresent() ? id : target;
  }

  /** Sharing mode of a cache mount; {@code shared} unless given. */
  public CacheSharing effectiveSharing() {
    return sharing.orElse(CacheSharing.SHARED);
  }

  /**
   * Parses a {@code --mount} value.
   *
   * @param expanded true when variables in {@code text} have been expanded already, so every value
   *     is checked; false at parse time, when values containing {@code $} are left for later
   * @throws FlagValueException with BuildKit's message
   */
  public static Mount parse(Flag flag, String text, boolean expanded) throws FlagValueException {
    List<String> fields;
    try {
      fields = CsvFields.split(text);
    } catch (FlagValueException e) {
      throw new FlagValueException("failed to parse csv mounts: " + e.getMessage());
    }
    MountType type = MountType.BIND;
    List<MountOption> options = new ArrayList<>();
    String from = null;
    String source = null;
    String target = null;
    String id = null;
    String env = null;
    CacheSharing sharing = null;
    boolean readOnly = false;
    boolean roAuto = true;
    boolean required = false;
    Long size = null;
    Long mode = null;
    Long uid = null;
    Long gid = null;
    for (String field : fields) {
      int eq = field.indexOf('=');
      String key = (eq < 0 ? field : field.substring(0, eq)).toLowerCase(Locale.ROOT);
      String value = eq < 0 ? null : field.substring(eq + 1);
      options.add(new MountOption(key, value));
      if (value == null) {
        switch (key) {
          case "readonly", "ro" -> {
            readOnly = true;
            roAuto = false;
          }
          case "readwrite", "rw" -> {
            readOnly = false;
            roAuto = false;
          }
          case "required" -> {
            if (type != MountType.SECRET && type != MountType.SSH) {
              throw new FlagValueException(
                  "unexpected key '" + key + "' for mount type '" + type.label() + "'");
            }
            required = true;
          }
          default ->
              throw new FlagValueException(
                  "invalid field '" + field + "' must be a key=value pair");
        }
        continue;
      }
      if (key.equals("from")) {
        int dollar = value.indexOf('$');
        if (dollar != -1 && dollar != value.length() - 1) {
          throw new FlagValueException(
              "'from' doesn't support variable expansion, define alias stage instead");
        }
      }
      boolean deferred = !expanded && value.indexOf('$') >= 0;
      switch (key) {
        case "type" -> {
          if (!deferred) {
            type = mountType(value);
          }
        }
        case "from" -> from = value;
        case "source", "src" -> source = value;
        case "target", "dst", "destination" -> target = value;
        case "readonly", "ro" -> {
          if (!deferred) {
            readOnly = parseBool(key, value);
          }
          roAuto = false;
        }
        case "readwrite", "rw" -> {
          if (!deferred) {
            readOnly = !parseBool(key, value);
          }
          roAuto = false;
        }
        case "required" -> {
          if (type != MountType.SECRET && type != MountType.SSH) {
            throw new FlagValueException(
                "unexpected key '" + key + "' for mount type '" + type.label() + "'");
          }
          if (!deferred) {
            required = parseBool(key, value);
          }
        }
        case "size" -> {
          if (type != MountType.TMPFS) {
            throw new FlagValueException(
                "unexpected key '" + key + "' for mount type '" + type.label() + "'");
          }
          if (!deferred) {
            size = RamSize.parse(value, key);
          }
        }
        case "id" -> id = value;
        case "sharing" -> {
          if (!deferred) {
            sharing = cacheSharing(value);
          }
        }
        case "mode" -> {
          if (!deferred) {
            mode = parseUnsigned(value, 8, "invalid value " + value + " for mode");
          }
        }
        case "uid" -> {
          if (!deferred) {
            uid = parseUnsigned(value, 10, "invalid value " + value + " for uid");
          }
        }
        case "gid" -> {
          if (!deferred) {
            gid = parseUnsigned(value, 10, "invalid value " + value + " for gid");
          }
        }
        case "env" -> env = value;
        default -> {
          String msg = "unexpected key '" + key + "' in '" + field + "'";
          throw new FlagValueException(Suggestions.withSuggestion(msg, key, KEYS, true));
        }
      }
    }
    boolean fileInfoAllowed =
        type == MountType.SECRET || type == MountType.SSH || type == MountType.CACHE;
    if (!fileInfoAllowed) {
      if (mode != null) {
        throw notAllowed("mode", type);
      }
      if (uid != null) {
        throw notAllowed("uid", type);
      }
      if (gid != null) {
        throw notAllowed("gid", type);
      }
    }
    if (roAuto) {
      readOnly = type != MountType.CACHE && type != MountType.TMPFS;
    }
    if (type == MountType.SECRET) {
      if (from != null && !from.isEmpty()) {
        throw new FlagValueException("secret mount should not have a from");
      }
      if (sharing != null) {
        throw new FlagValueException("secret mount should not define sharing");
      }
      if (isBlank(source) && isBlank(target) && isBlank(id)) {
        throw new FlagValueException("invalid secret mount. one of source, target required");
      }
      if (!isBlank(source) && !isBlank(id)) {
        throw new FlagValueException("both source and id can't be set");
      }
    }
    if (sharing != null && type != MountType.CACHE) {
      throw new FlagValueException("invalid cache sharing set for " + type.label() + " mount");
    }
    return new Mount(
        flag,
        type,
        options,
        Optional.ofNullable(from),
        Optional.ofNullable(source),
        Optional.ofNullable(target),
        readOnly,
        Optional.ofNullable(id),
        Optional.ofNullable(sharing),
        required,
        size == null ? OptionalLong.empty() : OptionalLong.of(size),
        Optional.ofNullable(env),
        mode == null ? OptionalLong.empty() : OptionalLong.of(mode),
        uid == null ? OptionalLong.empty() : OptionalLong.of(uid),
        gid == null ? OptionalLong.empty() : OptionalLong.of(gid));
  }

  private static boolean isBlank(String s) {
    return s == null || s.isEmpty();
  }

  private static FlagValueException notAllowed(String what, MountType type) {
    return new FlagValueException(
        what + " not allowed for " + GoQuote.quote(type.label()) + " type mounts");
  }

  private static MountType mountType(String value) throws FlagValueException {
    String v = value.toLowerCase(Locale.ROOT);
    for (MountType t : MountType.values()) {
      if (t.label().equals(v)) {
        return t;
      }
    }
    String msg = "unsupported mount type " + GoQuote.quote(value);
    throw new FlagValueException(
        Suggestions.withSuggestion(
            msg, value, List.of("bind", "cache", "tmpfs", "secret", "ssh"), true));
  }

  private static CacheSharing cacheSharing(String value) throws FlagValueException {
    String v = value.toLowerCase(Locale.ROOT);
    for (CacheSharing s : CacheSharing.values()) {
      if (s.label().equals(v)) {
        return s;
      }
    }
    String msg = "unsupported sharing value " + GoQuote.quote(value);
    throw new FlagValueException(
        Suggestions.withSuggestion(msg, value, List.of("shared", "private", "locked"), true));
  }

  /** Go's strconv.ParseBool. */
  static boolean parseBool(String key, String value) throws FlagValueException {
    return switch (value) {
      case "1", "t", "T", "true", "TRUE", "True" -> true;
      case "0", "f", "F", "false", "FALSE", "False" -> false;
      default -> throw new FlagValueException("invalid value for " + key + ": " + value);
    };
  }

  private static long parseUnsigned(String value, int radix, String message)
      throws FlagValueException {
    try {
      long v = Long.parseLong(value, radix);
      if (v < 0 || v > 0xFFFF_FFFFL || value.startsWith("+") || value.startsWith("-")) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new FlagValueException(message);
    }
  }
}
