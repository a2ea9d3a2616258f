package dev.dfkit.build.exec;

/** Receives a RUN's output line by line, as it is printed (called from reader threads). */
@FunctionalInterface
public interface OutputListener {

  /** Which stream a line came from. */
  enum Stream {
    STDOUT,
    STDERR
  }

  void line(Stream stream, String line);

  OutputListener NONE = (stream, line) -> {};
}
