package dev.dfkit.build.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One entry of a registry's error body, {@code {"errors":[{"code","message","detail"}]}}.
 *
 * @param code the distribution spec's code ({@code MANIFEST_UNKNOWN}, {@code UNAUTHORIZED}, ...)
 * @param message the registry's message
 * @param detail the detail as JSON text, or empty
 */
public record RegistryError(String code, String message, String detail) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The errors in a response body; empty when it holds none (or is not JSON). */
  public static List<RegistryError> parse(byte[] body) {
    List<RegistryError> out = new ArrayList<>();
    if (body == null || body.length == 0) {
      return out;
    }
    try {
      JsonNode errors = JSON.readTree(body).path("errors");
      if (errors.isArray()) {
        for (JsonNode e : errors) {
          JsonNode detail = e.path("detail");
          out.add(
              new RegistryError(
                  e.path("code").asText("UNKNOWN"),
                  e.path("message").asText(""),
                  detail.isMissingNode() || detail.isNull()
                      ? ""
                      : detail.isTextual() ? detail.asText() : detail.toString()));
        }
      }
    } catch (IOException | RuntimeException e) {
      // not JSON: the caller shows the HTTP status instead
    }
    return out;
  }

  /** The code as Docker prints it: {@code MANIFEST_UNKNOWN} as {@code manifest unknown}. */
  public static String phrase(String code) {
    return code.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
