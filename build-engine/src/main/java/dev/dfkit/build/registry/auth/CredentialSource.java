package dev.dfkit.build.registry.auth;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Where credentials for a registry come from. The registry is named as in an image reference's
 * domain ({@code docker.io}, {@code ghcr.io}, {@code 127.0.0.1:5000}).
 */
public interface CredentialSource {

  /** No credentials anywhere: every request is anonymous. */
  CredentialSource NONE =
      new CredentialSource() {
        @Override
        public Optional<Credential> find(String registry) {
          return Optional.empty();
        }

        @Override
        public String describe(String registry) {
          return "no credentials are configured for " + registry;
        }
      };

  /** The credentials for {@code registry}, if any are configured. */
  Optional<Credential> find(String registry) throws IOException;

  /**
   * A hint for an "unauthorized" message: where the credentials for {@code registry} are looked up
   * and how to set them.
   */
  String describe(String registry);

  /** Fixed credentials by registry (for tests and for credentials given on a command line). */
  static CredentialSource of(Map<String, Credential> byRegistry) {
    Map<String, Credential> copy = Map.copyOf(byRegistry);
    return new CredentialSource() {
      @Override
      public Optional<Credential> find(String registry) {
        return Optional.ofNullable(copy.get(registry));
      }

      @Override
      public String describe(String registry) {
        return copy.containsKey(registry)
            ? "check the credentials given for " + registry
            : "no credentials were given for " + registry;
      }
    };
  }

  /** This source first, {@code fallback} when it has nothing for a registry. */
  default CredentialSource orElse(CredentialSource fallback) {
    CredentialSource first = this;
    return new CredentialSource() {
      @Override
      public Optional<Credential> find(String registry) throws IOException {
        Optional<Credential> found = first.find(registry);
        return found.isPresent() ? found : fallback.find(registry);
      }

      @Override
      public String describe(String registry) {
        return first.describe(registry) + "; " + fallback.describe(registry);
      }
    };
  }
}
