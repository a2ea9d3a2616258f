package dev.dfkit.build.graph;

import java.util.List;

/**
 * A {@code RUN}: a process run in a container over input 0; what it writes becomes a layer.
 *
 * @param args the argument vector (the shell is already prepended for shell form)
 * @param env the environment as {@code KEY=value}, in order
 * @param cwd the working directory
 * @param user the user as written ({@code name[:group]} or ids), resolved against the rootfs
 * @param network {@code default}, {@code none} or {@code host}
 * @param security {@code sandbox} or {@code insecure}
 * @param scripts heredoc scripts mounted read-only under {@code /dev/pipes/}
 */
public record ExecOp(
    List<String> args,
    List<String> env,
    String cwd,
    String user,
    String network,
    String security,
    List<InlineFile> scripts)
    implements Op {
  public ExecOp {
    args = List.copyOf(args);
    env = List.copyOf(env);
    scripts = List.copyOf(scripts);
  }

  /** Where heredoc scripts are mounted inside the container. */
  public static final String SCRIPT_DIR = "/dev/pipes/";
}
