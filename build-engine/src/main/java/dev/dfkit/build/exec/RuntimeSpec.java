package dev.dfkit.build.exec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An OCI runtime configuration for one RUN, not yet tied to a bundle: the {@code config.json}
 * document, the files the step sees at {@code /etc/hosts}, {@code /etc/resolv.conf} and {@code
 * /etc/hostname} (bind-mounted from the bundle, so they never land in the layer), and the resolved
 * user and working directory the executor prepares in the rootfs.
 */
public final class RuntimeSpec {

  /** Bundle file names of the bind-mounted {@code /etc} files, by destination. */
  static final Map<String, String> ETC_FILES =
      Map.of("/etc/hosts", "hosts", "/etc/resolv.conf", "resolv.conf", "/etc/hostname", "hostname");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Map<String, Object> config;
  private final Map<String, String> etcFiles;
  private final UserResolver.ResolvedUser user;
  private final String cwd;
  private final NetworkMode network;

  RuntimeSpec(
      Map<String, Object> config,
      Map<String, String> etcFiles,
      UserResolver.ResolvedUser user,
      String cwd,
      NetworkMode network) {
    this.config = config;
    this.etcFiles = Map.copyOf(etcFiles);
    this.user = user;
    this.cwd = cwd;
    this.network = network;
  }

  /** Contents of the {@code /etc} files, by destination. */
  public Map<String, String> etcFiles() {
    return etcFiles;
  }

  public UserResolver.ResolvedUser user() {
    return user;
  }

  public String cwd() {
    return cwd;
  }

  public NetworkMode network() {
    return network;
  }

  @SuppressWarnings("unchecked")
  public List<String> args() {
    return (List<String>) ((Map<String, Object>) config.get("process")).get("args");
  }

  /** Mount destinations inside the rootfs, in spec order. */
  @SuppressWarnings("unchecked")
  public List<String> mountDestinations() {
    List<String> out = new ArrayList<>();
    for (Object m : (List<Object>) config.get("mounts")) {
      out.add((String) ((Map<String, Object>) m).get("destination"));
    }
    return out;
  }

  /**
   * The {@code config.json} for a bundle at {@code bundle} whose root file system is {@code
   * rootfs}; bind sources of the {@code /etc} files point into the bundle.
   */
  @SuppressWarnings("unchecked")
  public String toJson(Path rootfs, Path bundle) {
    Map<String, Object> doc = new LinkedHashMap<>(config);
    doc.put("root", Map.of("path", rootfs.toAbsolutePath().toString(), "readonly", false));
    List<Object> mounts = new ArrayList<>();
    for (Object o : (List<Object>) config.get("mounts")) {
      Map<String, Object> m = new LinkedHashMap<>((Map<String, Object>) o);
      String file = ETC_FILES.get(m.get("destination"));
      if (file != null) {
        m.put("source", bundle.resolve(file).toAbsolutePath().toString());
      }
      mounts.add(m);
    }
    doc.put("mounts", mounts);
    try {
      return JSON.writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
