package dev.dfkit.lint;

import dev.dfkit.parser.ast.*;
import java.util.Set;

/**
 * A rule that looks at instructions one at a time: override the visit methods of the instructions
 * it cares about. Top-level instructions are visited in order; ONBUILD triggers are visited only by
 * rules that override {@link #visitOnbuild} (for example by calling {@link #visitTrigger}).
 */
public abstract class InstructionRule implements Rule, InstructionVisitor<Void, LintContext> {

  @Override
  public void check(LintContext context) {
    for (Instruction i : context.checkedInstructions()) {
      i.accept(this, context);
    }
  }

  /** An instruction rule looks at one instruction at a time (a rule that looks further says no). */
  @Override
  public boolean findsFromAbove() {
    return true;
  }

  /**
   * An instruction rule reads nothing above an instruction but its variables and stage (a rule that
   * reads more says so).
   */
  @Override
  public Set<Class<? extends Instruction>> readsAbove() {
    return VARIABLES_AND_STAGES;
  }

  /** Visits the trigger of an ONBUILD as if it were a top-level instruction. */
  protected Void visitTrigger(Onbuild onbuild, LintContext context) {
    onbuild.trigger().ifPresent(t -> t.accept(this, context));
    return null;
  }

  @Override
  public Void visitFrom(From from, LintContext context) {
    return null;
  }

  @Override
  public Void visitRun(Run run, LintContext context) {
    return null;
  }

  @Override
  public Void visitCmd(Cmd cmd, LintContext context) {
    return null;
  }

  @Override
  public Void visitLabel(Label label, LintContext context) {
    return null;
  }

  @Override
  public Void visitMaintainer(Maintainer maintainer, LintContext context) {
    return null;
  }

  @Override
  public Void visitExpose(Expose expose, LintContext context) {
    return null;
  }

  @Override
  public Void visitEnv(Env env, LintContext context) {
    return null;
  }

  @Override
  public Void visitAdd(Add add, LintContext context) {
    return null;
  }

  @Override
  public Void visitCopy(Copy copy, LintContext context) {
    return null;
  }

  @Override
  public Void visitEntrypoint(Entrypoint entrypoint, LintContext context) {
    return null;
  }

  @Override
  public Void visitVolume(Volume volume, LintContext context) {
    return null;
  }

  @Override
  public Void visitUser(User user, LintContext context) {
    return null;
  }

  @Override
  public Void visitWorkdir(Workdir workdir, LintContext context) {
    return null;
  }

  @Override
  public Void visitArg(Arg arg, LintContext context) {
    return null;
  }

  @Override
  public Void visitOnbuild(Onbuild onbuild, LintContext context) {
    return null;
  }

  @Override
  public Void visitStopsignal(Stopsignal stopsignal, LintContext context) {
    return null;
  }

  @Override
  public Void visitHealthcheck(Healthcheck healthcheck, LintContext context) {
    return null;
  }

  @Override
  public Void visitShell(Shell shell, LintContext context) {
    return null;
  }

  @Override
  public Void visitUnknown(UnknownInstruction unknown, LintContext context) {
    return null;
  }
}
