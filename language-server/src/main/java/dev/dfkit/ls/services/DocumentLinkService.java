package dev.dfkit.ls.services;

import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.document.Positions;
import dev.dfkit.parser.ast.Add;
import dev.dfkit.parser.ast.Copy;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.image.ImageReference;
import dev.dfkit.parser.semantic.BuildVariables;
import dev.dfkit.parser.semantic.ExpandedWord;
import dev.dfkit.parser.semantic.StageBase;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * Links: each FROM image to its page on its registry (Docker Hub, GitHub's, Quay, Microsoft's), and
 * each local COPY/ADD source to the file in the build context (the Dockerfile's folder) when it
 * exists. Stages, images whose variables do not resolve and private registries get none.
 */
public final class DocumentLinkService {

  public List<DocumentLink> documentLinks(DockerfileDocument doc, CancelChecker cancel) {
    cancel.checkCanceled();
    Dockerfile df = doc.dockerfile();
    List<DocumentLink> out = new ArrayList<>();
    BuildVariables variables = null;
    for (Stage stage : df.stages()) {
      Word image = stage.base();
      Optional<String> name;
      if (image.value().indexOf('$') < 0) {
        name = isStage(df, stage, image.value()) ? Optional.empty() : Optional.of(image.value());
      } else {
        if (variables == null) {
          variables = BuildVariables.analyze(df);
        }
        StageBase base = variables.base(stage);
        ExpandedWord e = base.image();
        name =
            base.parent().isPresent() || !e.unmatched().isEmpty() || e.error().isPresent()
                ? Optional.empty()
                : e.value();
      }
      name.flatMap(DocumentLinkService::registryPage).ifPresent(url -> out.add(link(image, url)));
    }
    Optional<Path> context = doc.path().map(Path::getParent);
    if (context.isPresent()) {
      for (Instruction i : df.instructions()) {
        cancel.checkCanceled();
        List<Word> sources = List.of();
        if (i instanceof Copy copy && copy.copyFlags().from().isEmpty()) {
          sources = copy.sources();
        } else if (i instanceof Add add) {
          sources = add.sources();
        }
        for (Word w : sources) {
          contextFile(context.get(), w).ifPresent(uri -> out.add(link(w, uri)));
        }
      }
    }
    return out;
  }

  private static boolean isStage(Dockerfile df, Stage stage, String image) {
    return df.stages().subList(0, stage.index()).stream()
        .anyMatch(
            s -> s.name().map(image.toLowerCase(java.util.Locale.ROOT)::equals).orElse(false));
  }

  /** The web page of an image on its registry, for the registries that have one. */
  static Optional<String> registryPage(String image) {
    if (image.equals("scratch")) {
      return Optional.empty();
    }
    Optional<ImageReference> parsed = ImageReference.parse(image);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    ImageReference ref = parsed.get();
    String repository = ref.repository();
    switch (ref.domain()) {
      case ImageReference.DOCKER_HUB:
        return Optional.of(
            repository.startsWith("library/") && repository.indexOf('/', 8) < 0
                ? "https://hub.docker.com/_/" + repository.substring("library/".length())
                : "https://hub.docker.com/r/" + repository);
      case "ghcr.io":
        return Optional.of("https://ghcr.io/" + repository);
      case "quay.io":
        return Optional.of("https://quay.io/repository/" + repository);
      case "mcr.microsoft.com":
        return Optional.of("https://mcr.microsoft.com/artifact/mar/" + repository);
      default:
        return Optional.empty();
    }
  }

  /** A source that names an existing file or folder inside the context, as a file: URI. */
  private static Optional<String> contextFile(Path context, Word source) {
    String v = source.value();
    if (v.isEmpty()
        || v.contains("$")
        || v.contains("://")
        || v.startsWith("git@")
        || v.startsWith("<<")
        || v.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '\\' || c == '"')) {
      return Optional.empty();
    }
    try {
      Path root = context.toAbsolutePath().normalize();
      Path p = root.resolve(v.startsWith("/") ? v.substring(1) : v).normalize();
      if (!p.startsWith(root) || !Files.exists(p)) {
        return Optional.empty();
      }
      return Optional.of(p.toUri().toString());
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static DocumentLink link(Word word, String target) {
    return new DocumentLink(Positions.range(word.range()), target);
  }
}
