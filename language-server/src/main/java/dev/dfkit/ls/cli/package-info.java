/** {@code dfls}: the language server over standard streams or a loopback socket. */
package dev.dfkit.ls.cli;
