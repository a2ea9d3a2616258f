package dev.dfkit.build.registry;

import dev.dfkit.build.content.ContentStore;
import dev.dfkit.build.image.Descriptor;
import dev.dfkit.parser.image.ImageReference;
import dev.dfkit.parser.semantic.Platform;
import java.io.IOException;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link RegistryClient} per registry host, sharing one HTTP client: what a build keeps for its
 * whole run, so tokens and blob origins are reused across stages. Thread-safe.
 */
public final class Registries {

  private final RegistryOptions options;
  private final HttpClient http;
  private final Map<String, RegistryClient> clients = new ConcurrentHashMap<>();

  public Registries(RegistryOptions options) {
    this.options = options;
    this.http = RegistryClient.newHttpClient(options);
  }

  public RegistryOptions options() {
    return options;
  }

  /** The client for a registry named as in image references. */
  public RegistryClient client(String registry) {
    String name = RegistryHost.of(registry, options.insecureHosts()).name();
    return clients.computeIfAbsent(name, n -> RegistryClient.create(n, options, http));
  }

  /** The client for the registry of {@code reference}. */
  public RegistryClient client(ImageReference reference) {
    return client(reference.domain());
  }

  /** {@link RegistryClient#pull} on the reference's registry. */
  public Descriptor pull(ImageReference reference, Platform platform, ContentStore store)
      throws IOException {
    return client(reference).pull(reference, platform, store);
  }

  /** {@link RegistryClient#push} to the target's registry. */
  public Descriptor push(ImageReference target, Descriptor manifest, ContentStore store)
      throws IOException {
    return client(target).push(target, manifest, store);
  }
}
