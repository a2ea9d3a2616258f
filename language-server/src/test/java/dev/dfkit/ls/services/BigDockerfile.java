package dev.dfkit.ls.services;

/** A generated multi-stage Dockerfile of about the requested number of lines. */
final class BigDockerfile {
  private BigDockerfile() {}

  static String lines(int count) {
    StringBuilder b = new StringBuilder("# syntax=docker/dockerfile:1\nARG BASE=alpine:3.20\n");
    int lines = 2;
    for (int stage = 0; lines < count; stage++) {
      b.append("FROM ${BASE} AS s").append(stage).append('\n');
      b.append("ARG BASE\nENV APP_HOME=/opt/app").append(stage).append(" LANG=C.UTF-8\n");
      b.append("LABEL org.example.stage=\"").append(stage).append("\"\n");
      lines += 5;
      for (int i = 0; i < 20 && lines < count; i++) {
        b.append("RUN --mount=type=cache,target=/var/cache/apk apk add --no-cache pkg")
            .append(i)
            .append(" \\\n    && echo \"$APP_HOME/${BASE:-x}\" > /tmp/f")
            .append(i)
            .append(" || true\n");
        lines += 2;
      }
      if (stage > 0) {
        b.append("COPY --from=s").append(stage - 1).append(" /opt /opt\n");
        lines++;
      }
    }
    return b.toString();
  }
}
