/** The {@code dfbuild} command line: a thin picocli shell over {@link dev.dfkit.build.engine}. */
package dev.dfkit.build.cli;
