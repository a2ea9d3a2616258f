package dev.dfkit.build.graph;

/** The empty filesystem ({@code FROM scratch}). */
public record ScratchOp() implements Op {
  @Override
  public boolean addsLayer() {
    return false;
  }
}
