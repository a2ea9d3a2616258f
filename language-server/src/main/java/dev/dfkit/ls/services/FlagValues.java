package dev.dfkit.ls.services;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed values completion offers: flag values, mount types and their options, platforms,
 * signals. Facts from the Dockerfile reference and BuildKit's flag parser.
 */
final class FlagValues {

  private FlagValues() {}

  /** A value with a one-line description. */
  record Value(String label, String description) {}

  static final List<Value> NETWORK =
      List.of(
          new Value("default", "The build's default network."),
          new Value("none", "No network access: only the loopback device."),
          new Value("host", "The host's network (needs the network.host entitlement)."));

  static final List<Value> SECURITY =
      List.of(
          new Value("sandbox", "The default: run in the build sandbox."),
          new Value("insecure", "Run without the sandbox (needs security.insecure)."));

  static final List<Value> BOOLEAN =
      List.of(new Value("true", "Turn it on."), new Value("false", "Turn it off."));

  static final List<Value> PLATFORMS =
      List.of(
          new Value("linux/amd64", "64-bit x86 Linux."),
          new Value("linux/arm64", "64-bit ARM Linux."),
          new Value("linux/arm/v7", "32-bit ARMv7 Linux."),
          new Value("linux/arm/v6", "32-bit ARMv6 Linux."),
          new Value("linux/386", "32-bit x86 Linux."),
          new Value("linux/ppc64le", "POWER little-endian Linux."),
          new Value("linux/s390x", "IBM Z Linux."),
          new Value("linux/riscv64", "64-bit RISC-V Linux."),
          new Value("windows/amd64", "64-bit x86 Windows."),
          new Value("$BUILDPLATFORM", "The platform the build runs on."),
          new Value("$TARGETPLATFORM", "The platform being built for."));

  static final List<Value> MOUNT_TYPES =
      List.of(
          new Value("bind", "Bind-mount a directory of the context or a stage (the default)."),
          new Value("cache", "A persistent cache directory for compilers and package managers."),
          new Value("tmpfs", "A tmpfs filesystem."),
          new Value("secret", "A secret file or variable, never stored in the image."),
          new Value("ssh", "The SSH agent socket, for SSH keys."));

  static final List<Value> SHARING =
      List.of(
          new Value("shared", "Concurrent writers use the same cache (the default)."),
          new Value("private", "A second writer gets a new cache."),
          new Value("locked", "A second writer waits until the first is done."));

  static final Value TARGET = new Value("target", "Mount path.");
  static final Value SOURCE = new Value("source", "Path in the `from` to mount.");
  static final Value FROM = new Value("from", "Stage, image or context to mount from.");
  static final Value ID = new Value("id", "Identifies the cache or secret.");
  static final Value MODE = new Value("mode", "File mode, in octal.");
  static final Value UID = new Value("uid", "User id of the mount.");
  static final Value GID = new Value("gid", "Group id of the mount.");
  static final Value REQUIRED = new Value("required", "Fail when it is not available.");

  /** The options of each mount type, without {@code type}. */
  static final Map<String, List<Value>> MOUNT_OPTIONS = mountOptions();

  private static Map<String, List<Value>> mountOptions() {
    Map<String, List<Value>> m = new LinkedHashMap<>();
    m.put(
        "bind", List.of(TARGET, SOURCE, FROM, new Value("rw", "Writable (writes are discarded).")));
    m.put(
        "cache",
        List.of(
            ID,
            TARGET,
            new Value("ro", "Read-only."),
            new Value("sharing", "shared, private or locked."),
            FROM,
            SOURCE,
            MODE,
            UID,
            GID));
    m.put("tmpfs", List.of(TARGET, new Value("size", "Upper limit on the size, in bytes.")));
    m.put(
        "secret",
        List.of(
            ID,
            TARGET,
            new Value("env", "Also expose the secret as this environment variable."),
            REQUIRED,
            MODE,
            UID,
            GID));
    m.put("ssh", List.of(ID, TARGET, REQUIRED, MODE, UID, GID));
    return m;
  }

  /** Options that take no value ({@code rw}, {@code ro}). */
  static boolean isBare(String option) {
    return option.equals("rw") || option.equals("ro");
  }

  static final List<Value> SIGNALS =
      List.of(
          new Value("SIGTERM", "Ask the process to terminate (the default)."),
          new Value("SIGINT", "Interrupt, as Ctrl-C."),
          new Value("SIGQUIT", "Quit, with a core dump."),
          new Value("SIGKILL", "Kill the process; it cannot be caught."),
          new Value("SIGHUP", "Hang up; many daemons reload."),
          new Value("SIGUSR1", "User-defined signal 1."),
          new Value("SIGUSR2", "User-defined signal 2."),
          new Value("SIGWINCH", "Window size change; Apache stops gracefully."),
          new Value("SIGSTOP", "Stop the process; it cannot be caught."),
          new Value("SIGRTMIN+3", "systemd's signal to halt."));

  static final List<Value> PROTOCOLS =
      List.of(new Value("tcp", "TCP (the default)."), new Value("udp", "UDP."));

  static final List<Value> HEALTHCHECK_TYPES =
      List.of(
          new Value("CMD", "Run this command to check the container's health."),
          new Value("NONE", "Disable any health check inherited from the base image."));

  /** The platform ARGs BuildKit defines in the global scope. */
  static final List<Value> PLATFORM_ARGS =
      List.of(
          new Value("TARGETPLATFORM", "Platform of the build result, `linux/amd64`."),
          new Value("TARGETOS", "OS of TARGETPLATFORM, `linux`."),
          new Value("TARGETARCH", "Architecture of TARGETPLATFORM, `amd64`."),
          new Value("TARGETVARIANT", "Variant of TARGETPLATFORM, `v7`."),
          new Value("BUILDPLATFORM", "Platform of the node running the build."),
          new Value("BUILDOS", "OS of BUILDPLATFORM."),
          new Value("BUILDARCH", "Architecture of BUILDPLATFORM."),
          new Value("BUILDVARIANT", "Variant of BUILDPLATFORM."));

  /** Predefined ARGs usable without an ARG instruction (RUN sees them when set). */
  static final List<Value> PROXY_ARGS =
      List.of(
          new Value("HTTP_PROXY", "Proxy for HTTP requests."),
          new Value("http_proxy", "Proxy for HTTP requests."),
          new Value("HTTPS_PROXY", "Proxy for HTTPS requests."),
          new Value("https_proxy", "Proxy for HTTPS requests."),
          new Value("FTP_PROXY", "Proxy for FTP requests."),
          new Value("ftp_proxy", "Proxy for FTP requests."),
          new Value("NO_PROXY", "Hosts to reach without the proxy."),
          new Value("no_proxy", "Hosts to reach without the proxy."),
          new Value("ALL_PROXY", "Proxy for every protocol."),
          new Value("all_proxy", "Proxy for every protocol."));

  static final List<Value> SYNTAX_IMAGES =
      List.of(
          new Value("docker/dockerfile:1", "The latest stable Dockerfile frontend, 1.x."),
          new Value("docker/dockerfile:1-labs", "The 1.x frontend with experimental features."));

  static final List<Value> ESCAPES =
      List.of(
          new Value("\\", "Backslash (the default)."),
          new Value("`", "Backtick, handy on Windows where \\ is the path separator."));
}
