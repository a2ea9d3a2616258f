/**
 * Build progress for people and programs: {@code plain} (step lines with RUN output, as BuildKit
 * prints them), {@code tty} (live steps with timers), {@code json} (one event per line) and quiet.
 */
package dev.dfkit.build.progress;
