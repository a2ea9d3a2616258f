package dev.dfkit.build.exec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the OCI runtime configuration of a RUN step, close to what BuildKit's runc worker
 * generates:
 *
 * <ul>
 *   <li>process: the arguments, the environment (image and stage {@code ENV} and build args, as
 *       {@code KEY=value}, the last of a key winning; {@code PATH} defaults to Docker's and {@code
 *       HOME} to the user's home from passwd), the working directory, the user ({@link
 *       UserResolver}), no terminal, umask 022, {@code RLIMIT_NOFILE} 1048576 (capped by this
 *       process's hard limit);
 *   <li>Docker's default capability set, bounding, effective and permitted;
 *   <li>mounts as runc's default spec ({@code /proc}, a tmpfs {@code /dev} with {@code pts}, {@code
 *       shm} and {@code mqueue}, read-only {@code /sys} and cgroups), plus {@code /etc/hosts},
 *       {@code /etc/resolv.conf} and {@code /etc/hostname} bound from per-run files;
 *   <li>namespaces pid, ipc, uts and mount, and network unless {@link NetworkMode#HOST};
 *   <li>runc's default masked and read-only paths, and a device cgroup that denies all but runc's
 *       default devices.
 * </ul>
 *
 * <p>Not applied (yet): a seccomp profile and AppArmor (Docker applies both by default).
 */
public final class RuntimeSpecBuilder {

  /** The capabilities Docker (and BuildKit) give a container by default. */
  public static final List<String> DEFAULT_CAPABILITIES =
      List.of(
          "CAP_CHOWN",
          "CAP_DAC_OVERRIDE",
          "CAP_FSETID",
          "CAP_FOWNER",
          "CAP_MKNOD",
          "CAP_NET_RAW",
          "CAP_SETGID",
          "CAP_SETUID",
          "CAP_SETFCAP",
          "CAP_SETPCAP",
          "CAP_NET_BIND_SERVICE",
          "CAP_SYS_CHROOT",
          "CAP_KILL",
          "CAP_AUDIT_WRITE");

  public static final String DEFAULT_PATH =
      "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

  /** BuildKit's hostname for build containers; some builds print or depend on it. */
  public static final String DEFAULT_HOSTNAME = "buildkitsandbox";

  static final List<String> MASKED_PATHS =
      List.of(
          "/proc/acpi",
          "/proc/asound",
          "/proc/kcore",
          "/proc/keys",
          "/proc/latency_stats",
          "/proc/timer_list",
          "/proc/timer_stats",
          "/proc/sched_debug",
          "/sys/firmware",
          "/proc/scsi");

  static final List<String> READONLY_PATHS =
      List.of("/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger");

  private List<String> args = List.of();
  private final List<String> env = new ArrayList<>();
  private String user = "";
  private UserResolver.ResolvedUser resolvedUser;
  private String workdir = "/";
  private String hostname = DEFAULT_HOSTNAME;
  private NetworkMode network = NetworkMode.DEFAULT;
  private Path hostResolvConf = Path.of("/etc/resolv.conf");
  private final List<String> extraHosts = new ArrayList<>();
  private final List<Map<String, Object>> binds = new ArrayList<>();

  public static RuntimeSpecBuilder builder() {
    return new RuntimeSpecBuilder();
  }

  /** The command, exec form ({@code ["/bin/sh", "-c", "…"]} for a shell-form RUN). */
  public RuntimeSpecBuilder args(List<String> a) {
    this.args = List.copyOf(a);
    return this;
  }

  /** {@code KEY=value} entries, in order: image ENV, stage ENV, build args; later ones win. */
  public RuntimeSpecBuilder env(List<String> entries) {
    env.addAll(entries);
    return this;
  }

  public RuntimeSpecBuilder env(String key, String value) {
    env.add(key + "=" + value);
    return this;
  }

  /** {@code USER} as written ({@code name}, {@code uid}, {@code name:group} …); empty is root. */
  public RuntimeSpecBuilder user(String spec) {
    this.user = spec == null ? "" : spec;
    this.resolvedUser = null;
    return this;
  }

  /** A user already resolved (skips reading the rootfs's passwd and group files). */
  public RuntimeSpecBuilder user(UserResolver.ResolvedUser u) {
    this.resolvedUser = u;
    return this;
  }

  /** The absolute working directory ({@code WORKDIR}); created by the executor if missing. */
  public RuntimeSpecBuilder workdir(String dir) {
    if (dir == null || dir.isEmpty()) {
      dir = "/";
    }
    if (!dir.startsWith("/")) {
      throw new IllegalArgumentException("the working directory must be absolute: " + dir);
    }
    this.workdir = dir;
    return this;
  }

  public RuntimeSpecBuilder hostname(String h) {
    this.hostname = h;
    return this;
  }

  public RuntimeSpecBuilder network(NetworkMode n) {
    this.network = n;
    return this;
  }

  /** Where the host's resolver configuration is read from (tests point elsewhere). */
  /** Bind-mounts a host directory read-only (heredoc scripts under {@code /dev/pipes}). */
  public RuntimeSpecBuilder bindReadOnly(Path source, String destination) {
    binds.add(
        mount(
            destination,
            "bind",
            source.toAbsolutePath().toString(),
            List.of("rbind", "ro", "rprivate")));
    return this;
  }

  public RuntimeSpecBuilder hostResolvConf(Path p) {
    this.hostResolvConf = p;
    return this;
  }

  /** {@code --add-host} entries, {@code name:ip}. */
  public RuntimeSpecBuilder addHost(String name, String ip) {
    extraHosts.add(ip + "\t" + name);
    return this;
  }

  /**
   * Builds the spec; a {@code USER} given by name is resolved inside {@code rootfs}.
   *
   * @throws UserResolver.UserNotFoundException when the image lacks the user or group
   */
  public RuntimeSpec build(Path rootfs) throws IOException {
    if (args.isEmpty()) {
      throw new IllegalStateException("a RUN needs a command");
    }
    UserResolver.ResolvedUser u =
        resolvedUser != null ? resolvedUser : UserResolver.resolve(rootfs, user);

    Map<String, Object> process = new LinkedHashMap<>();
    process.put("terminal", false);
    Map<String, Object> userJson = new LinkedHashMap<>();
    userJson.put("uid", u.uid());
    userJson.put("gid", u.gid());
    // As containerd's WithAdditionalGIDs (which BuildKit and Docker use): the primary group
    // first, then the groups that list the user, so `id` shows groups=GID(name),...
    java.util.LinkedHashSet<Long> gids = new java.util.LinkedHashSet<>();
    gids.add(u.gid());
    gids.addAll(u.additionalGids());
    userJson.put("additionalGids", List.copyOf(gids));
    userJson.put("umask", 0022);
    process.put("user", userJson);
    process.put("args", args);
    process.put("env", environment(u));
    process.put("cwd", workdir);
    Map<String, Object> caps = new LinkedHashMap<>();
    caps.put("bounding", DEFAULT_CAPABILITIES);
    caps.put("effective", DEFAULT_CAPABILITIES);
    caps.put("permitted", DEFAULT_CAPABILITIES);
    process.put("capabilities", caps);
    long nofile = nofileLimit();
    process.put(
        "rlimits", List.of(Map.of("type", "RLIMIT_NOFILE", "hard", nofile, "soft", nofile)));
    process.put("noNewPrivileges", false);

    Map<String, Object> config = new LinkedHashMap<>();
    config.put("ociVersion", "1.0.2");
    config.put("process", process);
    config.put("hostname", hostname);
    config.put("mounts", mounts());
    Map<String, Object> linux = new LinkedHashMap<>();
    List<Object> namespaces = new ArrayList<>();
    for (String ns : List.of("pid", "ipc", "uts", "mount")) {
      namespaces.add(Map.of("type", ns));
    }
    if (network == NetworkMode.NONE) {
      namespaces.add(Map.of("type", "network"));
    }
    linux.put("namespaces", namespaces);
    linux.put("maskedPaths", MASKED_PATHS);
    linux.put("readonlyPaths", READONLY_PATHS);
    linux.put("resources", Map.of("devices", List.of(Map.of("allow", false, "access", "rwm"))));
    config.put("linux", linux);

    Map<String, String> etc = new LinkedHashMap<>();
    etc.put("/etc/hosts", hosts());
    etc.put("/etc/resolv.conf", resolvConf());
    etc.put("/etc/hostname", hostname + "\n");
    return new RuntimeSpec(config, etc, u, workdir, network);
  }

  private List<String> environment(UserResolver.ResolvedUser u) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String e : env) {
      int eq = e.indexOf('=');
      String key = eq < 0 ? e : e.substring(0, eq);
      byKey.remove(key); // the last definition wins and takes the last place
      byKey.put(key, eq < 0 ? "" : e.substring(eq + 1));
    }
    List<String> out = new ArrayList<>();
    if (!byKey.containsKey("PATH")) {
      out.add("PATH=" + DEFAULT_PATH);
    }
    byKey.forEach((k, v) -> out.add(k + "=" + v));
    if (!byKey.containsKey("HOME")) {
      out.add("HOME=" + u.home());
    }
    return out;
  }

  private List<Object> mounts() {
    List<Object> m = new ArrayList<>();
    m.add(mount("/proc", "proc", "proc", List.of("nosuid", "noexec", "nodev")));
    m.add(
        mount(
            "/dev", "tmpfs", "tmpfs", List.of("nosuid", "strictatime", "mode=755", "size=65536k")));
    m.add(
        mount(
            "/dev/pts",
            "devpts",
            "devpts",
            List.of("nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5")));
    m.add(
        mount(
            "/dev/shm",
            "tmpfs",
            "shm",
            List.of("nosuid", "noexec", "nodev", "mode=1777", "size=65536k")));
    m.add(mount("/dev/mqueue", "mqueue", "mqueue", List.of("nosuid", "noexec", "nodev")));
    m.add(mount("/sys", "sysfs", "sysfs", List.of("nosuid", "noexec", "nodev", "ro")));
    m.add(
        mount(
            "/sys/fs/cgroup",
            "cgroup",
            "cgroup",
            List.of("nosuid", "noexec", "nodev", "relatime", "ro")));
    for (String dest : List.of("/etc/hosts", "/etc/resolv.conf", "/etc/hostname")) {
      // the source is filled in per bundle (RuntimeSpec.toJson)
      m.add(mount(dest, "bind", RuntimeSpec.ETC_FILES.get(dest), List.of("rbind", "rprivate")));
    }
    m.addAll(binds);
    return m;
  }

  private static Map<String, Object> mount(
      String destination, String type, String source, List<String> options) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("destination", destination);
    m.put("type", type);
    m.put("source", source);
    m.put("options", options);
    return m;
  }

  private String hosts() {
    StringBuilder b = new StringBuilder();
    b.append("127.0.0.1\tlocalhost ").append(hostname).append('\n');
    b.append("::1\tlocalhost ip6-localhost ip6-loopback\n");
    for (String h : extraHosts) {
      b.append(h).append('\n');
    }
    return b.toString();
  }

  /**
   * The host's resolver configuration for {@code host}; for {@code none} a generated one keeping
   * only its search domains and options (there is no name server to reach).
   */
  private String resolvConf() {
    String host = "";
    try {
      if (Files.isRegularFile(hostResolvConf)) {
        host = Files.readString(hostResolvConf);
      }
    } catch (IOException e) {
      host = "";
    }
    if (network == NetworkMode.HOST) {
      return host;
    }
    StringBuilder b = new StringBuilder("# generated by dfbuild for --network=none\n");
    for (String line : host.split("\n")) {
      String l = line.strip();
      if (l.startsWith("search ") || l.startsWith("domain ") || l.startsWith("options ")) {
        b.append(l).append('\n');
      }
    }
    return b.toString();
  }

  /**
   * 1048576 open files, as Docker gives, but never more than this process's own hard limit (raising
   * it needs CAP_SYS_RESOURCE, which a sandboxed builder may lack, and runc would then fail) nor
   * the system's {@code fs.nr_open}.
   */
  static long nofileLimit() {
    long limit = 1_048_576L;
    try {
      // procfs files report size 0: read them line by line, never with Files.readString
      List<String> nrOpen = Files.readAllLines(Path.of("/proc/sys/fs/nr_open"));
      limit = Math.min(limit, Long.parseLong(nrOpen.get(0).strip()));
    } catch (IOException | NumberFormatException | IndexOutOfBoundsException e) {
      // keep the default
    }
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
        if (line.startsWith("Max open files")) {
          String[] f = line.substring("Max open files".length()).trim().split("\\s+");
          if (f.length > 1 && !f[1].equals("unlimited")) {
            limit = Math.min(limit, Long.parseLong(f[1]));
          }
        }
      }
    } catch (IOException | NumberFormatException e) {
      // keep the default
    }
    return limit;
  }
}
