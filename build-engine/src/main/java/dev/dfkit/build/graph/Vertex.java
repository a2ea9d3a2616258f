package dev.dfkit.build.graph;

import java.util.List;

/**
 * A node of the build graph: an operation, the vertices whose filesystems it reads, and how it is
 * shown. Identity matters (the solver runs each vertex once), so this is a class, not a record.
 */
public final class Vertex {
  private final Op op;
  private final List<Vertex> inputs;
  private final Step step;

  public Vertex(Op op, List<Vertex> inputs, Step step) {
    this.op = op;
    this.inputs = List.copyOf(inputs);
    this.step = step;
  }

  public Op op() {
    return op;
  }

  /** Input 0 is the parent filesystem; input 1 the source of a {@code COPY --from}. */
  public List<Vertex> inputs() {
    return inputs;
  }

  public Step step() {
    return step;
  }

  @Override
  public String toString() {
    return step.name();
  }
}
