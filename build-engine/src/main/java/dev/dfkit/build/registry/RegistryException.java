package dev.dfkit.build.registry;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A registry operation failed. The message says what failed and, where possible, what to do ({@code
 * unauthorized: authentication required (check the credentials for HOST in ...)}, {@code manifest
 * unknown: library/alpine:nope not found in docker.io}).
 */
public class RegistryException extends IOException {

  private final int status;
  private final List<RegistryError> errors;
  private final boolean transport;

  /**
   * @param status the HTTP status, or 0 when there was no response
   * @param errors the registry's error body
   */
  public RegistryException(String message, int status, List<RegistryError> errors) {
    super(message);
    this.status = status;
    this.errors = List.copyOf(errors);
    this.transport = false;
  }

  public RegistryException(String message) {
    this(message, 0, List.of());
  }

  /** The connection failed (or kept failing): {@code cause} says how. */
  public RegistryException(String message, IOException cause) {
    super(message, cause);
    this.status = 0;
    this.errors = List.of();
    this.transport = true;
  }

  /** A failure the registry did not report: a content check failed (digest, size). */
  static RegistryException content(String code, String message) {
    return new RegistryException(message, 0, List.of(new RegistryError(code, message, "")));
  }

  /** The HTTP status, 0 when the failure was not a response. */
  public int status() {
    return status;
  }

  public List<RegistryError> errors() {
    return errors;
  }

  /** The first error code ({@code MANIFEST_UNKNOWN}, {@code DIGEST_INVALID}, ...). */
  public Optional<String> code() {
    return errors.isEmpty() ? Optional.empty() : Optional.of(errors.get(0).code());
  }

  /** Whether the request never got an answer (connection refused, reset, timed out). */
  public boolean isTransportFailure() {
    return transport;
  }

  public boolean isUnauthorized() {
    return status == 401 || status == 403;
  }

  public boolean isNotFound() {
    return status == 404;
  }
}
