package dev.dfkit.parser.ignore;

/** How patternmatcher decides a pattern's matches; only {@link #REGEX} needs a regex engine. */
enum MatchKind {
  /** No wildcard: the path must equal the pattern. */
  EXACT,
  /** A literal followed by a final {@code **}: the path must start with the literal. */
  PREFIX,
  /** A leading {@code **} and otherwise literal text: the path must end with the rest. */
  SUFFIX,
  /** Anything else. */
  REGEX
}
