package dev.dfkit.build.registry.auth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A token scope ({@code repository:library/alpine:pull,push}): a resource type, its name and the
 * actions wanted on it.
 */
public record Scope(String type, String name, Set<String> actions) {

  public Scope {
    actions = Set.copyOf(new TreeSet<>(actions));
  }

  public static Scope pull(String repository) {
    return new Scope("repository", repository, Set.of("pull"));
  }

  public static Scope pullPush(String repository) {
    return new Scope("repository", repository, Set.of("pull", "push"));
  }

  /** Parses {@code type:name:action,action} (the name may contain {@code :}, e.g. a port). */
  public static Optional<Scope> parse(String text) {
    int first = text.indexOf(':');
    int last = text.lastIndexOf(':');
    if (first < 0 || last == first) {
      return Optional.empty();
    }
    Set<String> actions = new TreeSet<>();
    for (String a : text.substring(last + 1).split(",")) {
      if (!a.isBlank()) {
        actions.add(a.trim());
      }
    }
    return Optional.of(
        new Scope(text.substring(0, first), text.substring(first + 1, last), actions));
  }

  /** The scopes with the actions on the same resource merged, in a stable order. */
  public static List<Scope> merge(Collection<Scope> scopes) {
    Map<String, Set<String>> byResource = new LinkedHashMap<>();
    Map<String, Scope> first = new LinkedHashMap<>();
    for (Scope s : scopes) {
      String key = s.type + ":" + s.name;
      byResource.computeIfAbsent(key, k -> new TreeSet<>()).addAll(s.actions);
      first.putIfAbsent(key, s);
    }
    List<Scope> out = new ArrayList<>();
    for (var e : new java.util.TreeMap<>(byResource).entrySet()) {
      Scope s = first.get(e.getKey());
      out.add(new Scope(s.type, s.name, e.getValue()));
    }
    return out;
  }

  @Override
  public String toString() {
    return type + ":" + name + ":" + String.join(",", new TreeSet<>(actions));
  }
}
