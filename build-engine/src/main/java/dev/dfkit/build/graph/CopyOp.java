package dev.dfkit.build.graph;

import java.util.List;

/**
 * A {@code COPY} or {@code ADD} into input 0. Path sources are read from the build context, or from
 * input 1 when the instruction has {@code --from}.
 *
 * @param sources the sources, in order
 * @param destination the destination, absolute (made so against the working directory); a trailing
 *     {@code /} marks a directory
 * @param fromInput whether path sources come from input 1 (a stage or image) instead of the context
 * @param chown {@code --chown} as written (after expansion), or null
 * @param chmod {@code --chmod} as written (after expansion), or null
 * @param excludes {@code --exclude} patterns
 * @param parents {@code --parents}
 * @param add ADD semantics: local archives are unpacked (see {@code unpack})
 * @param unpack whether archives are unpacked ({@code ADD} default true, {@code --unpack})
 * @param link {@code --link}
 */
public record CopyOp(
    List<CopySource> sources,
    String destination,
    boolean fromInput,
    String chown,
    String chmod,
    List<String> excludes,
    boolean parents,
    boolean add,
    boolean unpack,
    boolean link)
    implements Op {
  public CopyOp {
    sources = List.copyOf(sources);
    excludes = List.copyOf(excludes);
  }
}
