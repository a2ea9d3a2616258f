package dev.dfkit.build.graph;

/**
 * One operation of the build graph. Every operation yields a root filesystem; all but the sources
 * ({@link ImageOp}, {@link ScratchOp}) take their parent filesystem as input 0 and add one layer.
 */
public sealed interface Op permits ImageOp, ScratchOp, ExecOp, CopyOp, MkdirOp {

  /** Whether the result is a new layer on top of input 0 (false for sources). */
  default boolean addsLayer() {
    return true;
  }
}
