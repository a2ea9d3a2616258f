package dev.dfkit.lint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ShellCheck's findings by script text, least recently used dropped first. A script's findings
 * depend only on the file shellcheck reads (header, dialect and body), so they can be reused by any
 * later lint of any file in this process.
 */
final class ScriptResults {
  private final Map<String, List<JsonNode>> entries;

  ScriptResults(int capacity) {
    this.entries =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, List<JsonNode>> eldest) {
            return size() > capacity;
          }
        };
  }

  synchronized List<JsonNode> get(String script) {
    return entries.get(script);
  }

  synchronized boolean isEmpty() {
    return entries.isEmpty();
  }

  synchronized void put(String script, List<JsonNode> findings) {
    entries.put(script, findings);
  }
}
