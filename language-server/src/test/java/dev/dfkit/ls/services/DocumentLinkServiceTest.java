package dev.dfkit.ls.services;

import static dev.dfkit.ls.services.NavAssert.NEVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.ls.document.DockerfileDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.DocumentLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentLinkServiceTest {

  @Test
  void registryPages() {
    assertThat(DocumentLinkService.registryPage("alpine:3.20"))
        .contains("https://hub.docker.com/_/alpine");
    assertThat(DocumentLinkService.registryPage("docker.io/library/node@sha256:" + "a".repeat(64)))
        .contains("https://hub.docker.com/_/node");
    assertThat(DocumentLinkService.registryPage("bitnami/redis"))
        .contains("https://hub.docker.com/r/bitnami/redis");
    assertThat(DocumentLinkService.registryPage("ghcr.io/owner/tool:1"))
        .contains("https://ghcr.io/owner/tool");
    assertThat(DocumentLinkService.registryPage("quay.io/prometheus/node-exporter"))
        .contains("https://quay.io/repository/prometheus/node-exporter");
    assertThat(DocumentLinkService.registryPage("mcr.microsoft.com/dotnet/sdk:8.0"))
        .contains("https://mcr.microsoft.com/artifact/mar/dotnet/sdk");
    assertThat(DocumentLinkService.registryPage("registry.internal:5000/team/app")).isEmpty();
    assertThat(DocumentLinkService.registryPage("scratch")).isEmpty();
    assertThat(DocumentLinkService.registryPage("Not/Valid")).isEmpty();
  }

  @Test
  void linksImagesAndExistingContextFiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("app.py"), "print()");
    Files.createDirectories(dir.resolve("src"));
    String text =
        "ARG TAG=3.12\nARG UNSET\n"
            + "FROM python:${TAG} AS build\n"
            + "FROM build\n"
            + "FROM node:$UNSET\n"
            + "COPY app.py src missing.txt ../outside *.py /app/\n"
            + "COPY --from=build app.py /x\n";
    DockerfileDocument doc =
        new DockerfileDocument(dir.resolve("Dockerfile").toUri().toString(), 1, text);
    List<DocumentLink> links = new DocumentLinkService().documentLinks(doc, NEVER);
    assertThat(links)
        .extracting(l -> l.getRange().getStart().getLine() + ":" + l.getTarget())
        .containsExactly(
            "2:https://hub.docker.com/_/python",
            "5:" + dir.resolve("app.py").toUri(),
            "5:" + dir.resolve("src").toUri());
  }
}
