package dev.dfkit.ls.document;

import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ParseResult;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.source.LineMap;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One version of an open Dockerfile. Immutable: an edit makes a new instance. The text is parsed
 * once, on first use, and the tree is shared by every request on this version; analyses that
 * several features need (variables in scope, lint results, semantic tokens) are computed once per
 * version through {@link #memo}.
 */
public final class DockerfileDocument {
  private final String uri;
  private final int version;
  private final String text;
  private volatile ParseResult parse;

  /** The parse of an earlier version, to re-parse from until this one is parsed. */
  private volatile ParseResult earlier;

  /** How many characters at the start are {@link #earlier}'s text. */
  private final int unchanged;

  /** How many characters at the end are the end of {@link #earlier}'s text. */
  private final int unchangedTail;

  private final Map<Object, Object> memo = new ConcurrentHashMap<>();

  public DockerfileDocument(String uri, int version, String text) {
    this.uri = uri;
    this.version = version;
    this.text = text;
    this.unchanged = 0;
    this.unchangedTail = 0;
  }

  /**
   * The version after {@code previous}, whose first {@code unchanged} and last {@code
   * unchangedTail} characters are unchanged: its parse takes over the instructions around the
   * changes from the latest parsed version before it ({@link DockerfileParser#reparse}).
   */
  public DockerfileDocument(
      String uri,
      int version,
      String text,
      DockerfileDocument previous,
      int unchanged,
      int unchangedTail) {
    this.uri = uri;
    this.version = version;
    this.text = text;
    ParseResult p = previous.parse;
    this.earlier = p != null ? p : previous.earlier;
    // an unparsed previous version carries how much of its own text was its earlier one's
    this.unchanged = p != null ? unchanged : Math.min(unchanged, previous.unchanged);
    this.unchangedTail =
        p != null ? unchangedTail : Math.min(unchangedTail, previous.unchangedTail);
  }

  public String uri() {
    return uri;
  }

  public int version() {
    return version;
  }

  public String text() {
    return text;
  }

  /** The parse of this version (computed once; the parser never throws). */
  public ParseResult parse() {
    ParseResult p = parse;
    if (p == null) {
      synchronized (this) {
        p = parse;
        if (p == null) {
          ParseResult from = earlier;
          p = from != null ? reparse(from) : DockerfileParser.parse(text, uri);
          parse = p;
          earlier = null; // holds no chain of old versions
        }
      }
    }
    return p;
  }

  /** The line map of this version when it has been parsed already (nothing is computed). */
  public Optional<LineMap> parsedLines() {
    ParseResult p = parse;
    return p == null ? Optional.empty() : Optional.of(p.dockerfile().lines());
  }

  /**
   * The re-parse from an earlier version; should it fail (a bug: its property tests say it gives
   * the fresh parse), the fresh parse, so that the editor keeps its diagnostics.
   */
  private ParseResult reparse(ParseResult from) {
    try {
      return DockerfileParser.reparse(from, text, unchanged, unchangedTail);
    } catch (RuntimeException e) {
      return DockerfileParser.parse(text, uri);
    }
  }

  public Dockerfile dockerfile() {
    return parse().dockerfile();
  }

  public LineMap lines() {
    return dockerfile().lines();
  }

  /** The file behind a {@code file:} URI, when it is one. */
  public Optional<Path> path() {
    try {
      URI u = URI.create(uri);
      return "file".equals(u.getScheme()) ? Optional.of(Path.of(u)) : Optional.empty();
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return Optional.empty();
    }
  }

  /** What {@link #memo} holds for {@code key}, if it was computed already (never computes). */
  @SuppressWarnings("unchecked")
  public <T> Optional<T> memoized(Object key) {
    return Optional.ofNullable((T) memo.get(key));
  }

  /**
   * A value computed once for this version and shared by every feature that asks with the same key
   * (a record or class literal). {@code compute} must not call {@code memo} with the same key.
   */
  @SuppressWarnings("unchecked")
  public <T> T memo(Object key, Supplier<T> compute) {
    Object v = memo.get(key);
    if (v == null) {
      v = compute.get();
      Object raced = memo.putIfAbsent(key, v);
      if (raced != null) {
        v = raced;
      }
    }
    return (T) v;
  }
}
