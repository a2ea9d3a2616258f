/** The Dockerfile parser: text in, typed lossless tree plus diagnostics out. */
package dev.dfkit.parser;
