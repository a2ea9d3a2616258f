package dev.dfkit.build.image;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The platform of an index entry ({@code os}, {@code architecture}, {@code variant}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Platform(
    @JsonProperty("architecture") String architecture,
    @JsonProperty("os") String os,
    @JsonProperty("variant") String variant) {

  public static Platform of(dev.dfkit.parser.semantic.Platform p) {
    return new Platform(p.architecture(), p.os(), p.variant().isEmpty() ? null : p.variant());
  }

  /** Whether this index entry is for the wanted platform (a missing variant matches any). */
  public boolean matches(dev.dfkit.parser.semantic.Platform wanted) {
    if (!wanted.os().equals(os) || !wanted.architecture().equals(architecture)) {
      return false;
    }
    String v = variant == null ? "" : variant;
    return wanted.variant().isEmpty() || v.isEmpty() || wanted.variant().equals(v);
  }
}
