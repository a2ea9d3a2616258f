package dev.dfkit.build.graph;

import dev.dfkit.parser.source.SourceRange;
import java.util.Optional;

/**
 * How a vertex is shown to the user and where it came from.
 *
 * @param name the progress name, as BuildKit prints it ({@code [build 2/5] RUN make})
 * @param location the instruction's range in the Dockerfile, if it has one
 * @param noCache whether a cached result must not be used ({@code --no-cache})
 */
public record Step(String name, Optional<SourceRange> location, boolean noCache) {}
