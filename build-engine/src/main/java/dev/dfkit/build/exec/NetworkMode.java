package dev.dfkit.build.exec;

import java.util.Locale;

/**
 * {@code RUN --network}. dfbuild has no CNI, so it cannot give a step BuildKit's default sandbox
 * network (its own namespace with outbound access through a bridge). The default is therefore the
 * host's network, which is also what BuildKit itself falls back to when no CNI configuration is
 * present ({@code --oci-worker-net=auto}): a {@code RUN apt-get update} reaches the network as
 * Dockerfiles expect. {@code none} gives a fresh network namespace with only the loopback
 * interface.
 */
public enum NetworkMode {
  /** The host's network namespace (the default; {@code --network=default} means this). */
  HOST,
  /** A new network namespace with only {@code lo}. */
  NONE;

  public static final NetworkMode DEFAULT = HOST;

  /** Parses {@code default}, {@code host} or {@code none}. */
  public static NetworkMode parse(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "default", "host", "" -> HOST;
      case "none" -> NONE;
      default ->
          throw new IllegalArgumentException(
              "unsupported network mode " + text + " (use default, host or none)");
    };
  }
}
