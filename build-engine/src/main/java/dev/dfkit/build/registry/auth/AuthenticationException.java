package dev.dfkit.build.registry.auth;

import java.io.IOException;

/** A registry or its token service refused the credentials (or anonymous access). */
public class AuthenticationException extends IOException {

  private final int status;

  public AuthenticationException(String message, int status) {
    super(message);
    this.status = status;
  }

  public AuthenticationException(String message, Throwable cause) {
    super(message, cause);
    this.status = 0;
  }

  /** The HTTP status the token service answered with; 0 when no answer came. */
  public int status() {
    return status;
  }
}
