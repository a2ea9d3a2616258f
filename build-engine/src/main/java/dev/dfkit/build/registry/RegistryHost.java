package dev.dfkit.build.registry;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * A registry as dfbuild reaches it: its name in image references ({@code docker.io}, {@code
 * 127.0.0.1:5000}) and the base URL of its API ({@code https://registry-1.docker.io/v2/}). Docker
 * Hub is served by {@code registry-1.docker.io}; loopback hosts and hosts named insecure are spoken
 * to over plain HTTP, everything else over HTTPS.
 */
record RegistryHost(String name, URI apiBase) {

  static final String DOCKER_HUB = "docker.io";
  static final String DOCKER_HUB_API = "registry-1.docker.io";

  static RegistryHost of(String registry, Set<String> insecureHosts) {
    String name = registry.toLowerCase(Locale.ROOT);
    if (name.equals("index.docker.io") || name.equals("registry-1.docker.io")) {
      name = DOCKER_HUB;
    }
    String apiHost = name.equals(DOCKER_HUB) ? DOCKER_HUB_API : name;
    boolean plain =
        isLoopback(name) || insecureHosts.contains(name) || insecureHosts.contains(hostOnly(name));
    return new RegistryHost(
        name, URI.create((plain ? "http" : "https") + "://" + apiHost + "/v2/"));
  }

  boolean plainHttp() {
    return apiBase.getScheme().equals("http");
  }

  /** {@code localhost}, {@code 127.x.y.z} or {@code ::1}, with or without a port. */
  static boolean isLoopback(String hostAndPort) {
    String host = hostOnly(hostAndPort);
    return host.equals("localhost")
        || host.equals("::1")
        || host.equals("[::1]")
        || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }

  /** The host without its port ({@code [::1]:5000} to {@code [::1]}). */
  static String hostOnly(String hostAndPort) {
    String s = hostAndPort.toLowerCase(Locale.ROOT);
    if (s.startsWith("[")) {
      int end = s.indexOf(']');
      return end < 0 ? s : s.substring(0, end + 1);
    }
    int colon = s.indexOf(':');
    if (colon >= 0 && s.indexOf(':', colon + 1) < 0) {
      return s.substring(0, colon);
    }
    return s; // no port, or a bare IPv6 address
  }
}
