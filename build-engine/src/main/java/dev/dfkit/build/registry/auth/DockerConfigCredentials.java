package dev.dfkit.build.registry.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Credentials from Docker's client configuration, {@code $DOCKER_CONFIG/config.json} or else {@code
 * ~/.docker/config.json}, looked up as the Docker CLI does:
 *
 * <ol>
 *   <li>{@code credHelpers.<registry>}: run {@code docker-credential-<helper> get};
 *   <li>else {@code credsStore}: the same with the default helper;
 *   <li>else (or when the helper knows nothing) {@code auths.<registry>}: {@code identitytoken}, or
 *       {@code auth} (base64 of {@code user:password}), or {@code username}/{@code password}.
 * </ol>
 *
 * Docker Hub's key is {@code https://index.docker.io/v1/}; other registries are keyed by host (with
 * port), and {@code auths} keys written as URLs ({@code https://host/v1/}) match their host. A
 * configured helper that is not installed is passed over (Docker fails instead; a stale {@code
 * credsStore} should not break anonymous pulls), but a helper that runs and fails is an error.
 * Thread-safe; the file is read once, and helper answers are cached for the life of this object.
 */
public final class DockerConfigCredentials implements CredentialSource {

  /** Docker Hub's key in {@code config.json} and for credential helpers. */
  public static final String DOCKER_HUB_KEY = "https://index.docker.io/v1/";

  private static final Set<String> DOCKER_HUB_HOSTS =
      Set.of("docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path configFile;
  private final Map<String, String> environment;
  private final Map<String, Optional<Credential>> helperAnswers = new ConcurrentHashMap<>();
  private volatile JsonNode config;

  private DockerConfigCredentials(Path configFile, Map<String, String> environment) {
    this.configFile = configFile;
    this.environment = Map.copyOf(environment);
  }

  /** The configuration of this process's environment. */
  public static DockerConfigCredentials fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  /**
   * The configuration named by {@code environment}: {@code DOCKER_CONFIG}, else {@code
   * HOME/.docker}. Helpers run with this environment (its {@code PATH} finds them).
   */
  public static DockerConfigCredentials fromEnvironment(Map<String, String> environment) {
    String dir = environment.get("DOCKER_CONFIG");
    Path file;
    if (dir != null && !dir.isBlank()) {
      file = Path.of(dir, "config.json");
    } else {
      String home = environment.get("HOME");
      if (home == null || home.isBlank()) {
        home = System.getProperty("user.home");
      }
      file = Path.of(home, ".docker", "config.json");
    }
    return new DockerConfigCredentials(file, environment);
  }

  /** A given configuration file; helpers run with {@code environment}. */
  public static DockerConfigCredentials of(Path configFile, Map<String, String> environment) {
    return new DockerConfigCredentials(configFile, environment);
  }

  public Path configFile() {
    return configFile;
  }

  /** The key Docker uses for a registry: Docker Hub's URL, else the host (with port). */
  public static String serverKey(String registry) {
    return DOCKER_HUB_HOSTS.contains(normalizeHost(registry)) ? DOCKER_HUB_KEY : registry;
  }

  @Override
  public Optional<Credential> find(String registry) throws IOException {
    JsonNode root = config();
    String key = serverKey(registry);
    Optional<String> helper = textField(lookup(root.path("credHelpers"), registry));
    if (helper.isEmpty()) {
      helper = textField(root.path("credsStore"));
    }
    if (helper.isPresent()) {
      Optional<Credential> fromHelper = askHelper(helper.get(), key);
      if (fromHelper.isPresent()) {
        return fromHelper;
      }
    }
    return fromAuths(lookup(root.path("auths"), registry), registry);
  }

  @Override
  public String describe(String registry) {
    String key = serverKey(registry);
    String login = "docker login" + (key.equals(DOCKER_HUB_KEY) ? "" : " " + registry);
    try {
      JsonNode root = config();
      Optional<String> helper = textField(lookup(root.path("credHelpers"), registry));
      if (helper.isEmpty()) {
        helper = textField(root.path("credsStore"));
      }
      if (helper.isPresent()) {
        return "check the credentials for "
            + key
            + " stored by docker-credential-"
            + helper.get()
            + " (configured in "
            + configFile
            + "), or run `"
            + login
            + "`";
      }
    } catch (IOException e) {
      // fall through to the plain hint
    }
    return "check the credentials for " + key + " in " + configFile + ", or run `" + login + "`";
  }

  private Optional<Credential> askHelper(String helperName, String key) throws IOException {
    String cacheKey = helperName + "\n" + key;
    Optional<Credential> cached = helperAnswers.get(cacheKey);
    if (cached != null) {
      return cached;
    }
    CredentialHelper helper = new CredentialHelper(helperName, environment);
    Optional<Credential> answer;
    if (helper.executable().isEmpty()) {
      answer = Optional.empty();
    } else {
      answer = helper.get(key);
    }
    helperAnswers.put(cacheKey, answer);
    return answer;
  }

  private Optional<Credential> fromAuths(JsonNode entry, String registry) throws IOException {
    if (entry == null || !entry.isObject()) {
      return Optional.empty();
    }
    Optional<String> identity = textField(entry.path("identitytoken"));
    if (identity.isPresent()) {
      return Optional.of(Credential.identityToken(identity.get()));
    }
    Optional<String> auth = textField(entry.path("auth"));
    if (auth.isPresent()) {
      String decoded;
      try {
        decoded =
            new String(Base64.getMimeDecoder().decode(auth.get().trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new IOException(
            "the auth of " + registry + " in " + configFile + " is not valid base64", e);
      }
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        throw new IOException(
            "the auth of " + registry + " in " + configFile + " is not base64 of user:password");
      }
      return Optional.of(
          Credential.basic(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }
    Optional<String> user = textField(entry.path("username"));
    Optional<String> password = textField(entry.path("password"));
    if (user.isPresent() && password.isPresent()) {
      return Optional.of(Credential.basic(user.get(), password.get()));
    }
    return Optional.empty();
  }

  /** The entry for a registry in {@code auths} or {@code credHelpers}: exact key, else by host. */
  private static JsonNode lookup(JsonNode map, String registry) {
    if (map == null || !map.isObject()) {
      return null;
    }
    String key = serverKey(registry);
    if (map.has(key)) {
      return map.get(key);
    }
    if (map.has(registry)) {
      return map.get(registry);
    }
    String wanted = normalizeHost(registry);
    boolean hub = DOCKER_HUB_HOSTS.contains(wanted);
    for (Map.Entry<String, JsonNode> e : map.properties()) {
      String host = normalizeHost(e.getKey());
      if (host.equals(wanted) || (hub && DOCKER_HUB_HOSTS.contains(host))) {
        return e.getValue();
      }
    }
    return null;
  }

  /** {@code https://Host:5000/v1/} to {@code host:5000}. */
  static String normalizeHost(String key) {
    String s = key.trim();
    int scheme = s.indexOf("://");
    if (scheme >= 0) {
      s = s.substring(scheme + 3);
    }
    int slash = s.indexOf('/');
    if (slash >= 0) {
      s = s.substring(0, slash);
    }
    return s.toLowerCase(Locale.ROOT);
  }

  private static Optional<String> textField(JsonNode node) {
    if (node == null || !node.isTextual() || node.asText().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(node.asText());
  }

  private JsonNode config() throws IOException {
    JsonNode c = config;
    if (c == null) {
      synchronized (this) {
        c = config;
        if (c == null) {
          c = read();
          config = c;
        }
      }
    }
    return c;
  }

  private JsonNode read() throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(configFile);
    } catch (NoSuchFileException e) {
      return JSON.createObjectNode();
    }
    try {
      JsonNode node = JSON.readTree(bytes);
      return node == null || !node.isObject() ? JSON.createObjectNode() : node;
    } catch (IOException e) {
      throw new IOException(
          "cannot read the Docker config " + configFile + ": " + e.getMessage(), e);
    }
  }
}
