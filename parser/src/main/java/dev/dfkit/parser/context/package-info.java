/** The build context on disk: its files and the .dockerignore that applies to them. */
package dev.dfkit.parser.context;
