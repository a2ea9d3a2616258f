package dev.dfkit.build.graph;

/**
 * A file whose content is written in the Dockerfile (a heredoc).
 *
 * @param name the file name (the heredoc's delimiter for {@code COPY <<EOF}; a script name for
 *     {@code RUN <<EOF} with a shebang)
 * @param content the bytes, as UTF-8 text
 * @param mode the permission bits
 */
public record InlineFile(String name, String content, int mode) {}
