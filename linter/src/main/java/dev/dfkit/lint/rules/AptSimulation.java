package dev.dfkit.lint.rules;

/**
 * An {@code apt-get} that only simulates ({@code -s}, {@code --simulate}, {@code --dry-run}, ...):
 * it prints what it would do, installs nothing and never asks, so the install rules have nothing to
 * say about it. docker-library's postgres image asks {@code apt-get install -s} whether a package
 * exists before installing it.
 */
final class AptSimulation {

  private AptSimulation() {}

  static boolean simulates(RunCommand aptGet) {
    return aptGet.hasFlag("s", "simulate", "just-print", "dry-run", "recon", "no-act");
  }
}
