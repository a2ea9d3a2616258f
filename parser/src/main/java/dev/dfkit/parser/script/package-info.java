/**
 * The shell scripts inside a Dockerfile: shell-form {@code RUN} commands and heredoc scripts,
 * parsed as POSIX sh (plus the bash-isms common in Dockerfiles) into an immutable tree whose every
 * node knows its exact range in the Dockerfile. Entry point: {@link
 * dev.dfkit.parser.script.ShellScripts}.
 */
package dev.dfkit.parser.script;
