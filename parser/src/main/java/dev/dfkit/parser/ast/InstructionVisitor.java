package dev.dfkit.parser.ast;

/**
 * One method per instruction type. Every consumer implements all of them, so adding an instruction
 * to the language is a compile error until each tool decides what to do with it.
 *
 * @param <R> result type
 * @param <C> context passed along
 */
public interface InstructionVisitor<R, C> {

  R visitFrom(From from, C context);

  R visitRun(Run run, C context);

  R visitCmd(Cmd cmd, C context);

  R visitLabel(Label label, C context);

  R visitMaintainer(Maintainer maintainer, C context);

  R visitExpose(Expose expose, C context);

  R visitEnv(Env env, C context);

  R visitAdd(Add add, C context);

  R visitCopy(Copy copy, C context);

  R visitEntrypoint(Entrypoint entrypoint, C context);

  R visitVolume(Volume volume, C context);

  R visitUser(User user, C context);

  R visitWorkdir(Workdir workdir, C context);

  R visitArg(Arg arg, C context);

  R visitOnbuild(Onbuild onbuild, C context);

  R visitStopsignal(Stopsignal stopsignal, C context);

  R visitHealthcheck(Healthcheck healthcheck, C context);

  R visitShell(Shell shell, C context);

  R visitUnknown(UnknownInstruction unknown, C context);
}
