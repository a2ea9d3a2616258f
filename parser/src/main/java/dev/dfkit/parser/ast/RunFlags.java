package dev.dfkit.parser.ast;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Flags of RUN. {@code mounts} holds the {@code --mount} flags that parsed; a mount whose values
 * use variables is re-parsed by the build after expansion ({@link Mount#parse}).
 */
public record RunFlags(
    List<Mount> mounts, Optional<Flag> network, Optional<Flag> security, List<Device> devices) {

  public static final RunFlags NONE =
      new RunFlags(List.of(), Optional.empty(), Optional.empty(), List.of());

  public RunFlags {
    mounts = List.copyOf(mounts);
    devices = List.copyOf(devices);
  }

  /** {@code default}, {@code none} or {@code host}; {@code default} when not written. */
  public String networkMode() {
    return network.map(f -> f.value().toLowerCase(Locale.ROOT)).orElse("default");
  }

  /** {@code sandbox} or {@code insecure}; {@code sandbox} when not written. */
  public String securityMode() {
    return security.map(f -> f.value().toLowerCase(Locale.ROOT)).orElse("sandbox");
  }
}
