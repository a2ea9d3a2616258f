package dev.dfkit.build.solve;

import dev.dfkit.build.content.Digest;
import dev.dfkit.build.graph.CopyOp;
import dev.dfkit.build.graph.ExecOp;
import dev.dfkit.build.graph.ImageOp;
import dev.dfkit.build.graph.MkdirOp;
import dev.dfkit.build.layer.Layer;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Does the filesystem work of a build: every method that makes a layer takes the parent's layer
 * chain (bottom first) and returns the one new layer, stored in the content store.
 */
public interface Worker {

  /** Makes sure the image's layer blobs are in the content store (pulls what is missing). */
  void fetch(ImageOp image, Consumer<String> log) throws IOException;

  /** Whether every blob of the chain is in the content store. */
  boolean hasBlobs(List<Layer> chain) throws IOException;

  /**
   * The digest of what a copy reads from outside the graph (context files, downloads), for its
   * cache key; empty when it reads only inputs.
   */
  Optional<Digest> contentDigest(CopyOp op) throws IOException;

  /** Runs a RUN step in a container; output lines go to {@code log}. */
  Layer exec(ExecOp op, List<Layer> parent, Consumer<String> log)
      throws IOException, StepFailedException;

  /** Copies into the parent filesystem; {@code source} is input 1's chain for {@code --from}. */
  Layer copy(CopyOp op, List<Layer> parent, List<Layer> source) throws IOException;

  /** Creates the WORKDIR directory (and parents) if missing. */
  Layer mkdir(MkdirOp op, List<Layer> parent) throws IOException;
}
