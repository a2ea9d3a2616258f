package dev.dfkit.lint.rules;

/**
 * A map key that is one object, compared by identity: a record's own equality would walk a whole
 * tree (a script, a label pair) on every lookup. {@code owner} keeps keys of different users of one
 * map apart.
 */
record ByIdentity(Class<?> owner, Object value) {
  @Override
  public boolean equals(Object o) {
    return o instanceof ByIdentity k && k.owner == owner && k.value == value;
  }

  @Override
  public int hashCode() {
    return 31 * owner.hashCode() + System.identityHashCode(value);
  }
}
