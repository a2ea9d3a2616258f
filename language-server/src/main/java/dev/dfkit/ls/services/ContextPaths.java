package dev.dfkit.ls.services;

import dev.dfkit.lint.Linter;
import dev.dfkit.lint.config.LintConfig;
import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.parser.context.BuildContext;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;

/**
 * COPY/ADD sources from the build context: the entries of the one directory being typed, without
 * those the ignore file leaves out of the context. Nothing else is read, so a request costs one
 * directory listing whatever the size of the context.
 */
final class ContextPaths {

  /** Enough for any directory a person picks from; a bigger one is cut, not walked. */
  static final int MAX_ENTRIES = 500;

  private record Key(Path root) {}

  private ContextPaths() {}

  /**
   * The context directory of a document: the configured one, else the one the project's dev
   * container or Compose configuration builds it with, else the Dockerfile's folder.
   */
  static Optional<Path> root(DockerfileDocument doc, CompletionSettings settings) {
    if (settings.context().isPresent()) {
      return Optional.of(settings.context().get().toAbsolutePath().normalize());
    }
    return doc.path()
        .map(p -> Linter.contextRoot(p, Optional.empty(), LintConfig.DEFAULT))
        .map(Path::normalize);
  }

  /** Adds the entries matching a typed source word, replacing from its last {@code /}. */
  static void complete(
      DockerfileDocument doc,
      CompletionSettings settings,
      int wordStart,
      String typed,
      CompletionItemSink sink) {
    Optional<Path> root = root(doc, settings);
    if (root.isEmpty()
        || typed.startsWith("<<")
        || typed.startsWith("[")
        || typed.startsWith("\"")
        || typed.contains("$")
        || typed.contains("://")
        || typed.contains("*")
        || typed.contains("..")) {
      return;
    }
    int slash = typed.lastIndexOf('/');
    String dirPart = typed.substring(0, slash + 1);
    String relDir = clean(dirPart);
    Path dir = root.get().resolve(relDir).normalize();
    if (!dir.startsWith(root.get()) || !Files.isDirectory(dir)) {
      return;
    }
    BuildContext context =
        doc.memo(
            new Key(root.get()),
            () ->
                BuildContext.open(root.get(), doc.path().orElse(root.get().resolve("Dockerfile"))));
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path p : stream) {
        entries.add(p);
        if (entries.size() >= MAX_ENTRIES) {
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      return; // unreadable: nothing to offer
    }
    entries.sort(null);
    int start = wordStart + slash + 1;
    for (Path p : entries) {
      String name = p.getFileName().toString();
      String rel = relDir.isEmpty() ? name : relDir + "/" + name;
      if (context.ignore().isExcluded(rel)) {
        continue;
      }
      boolean directory = Files.isDirectory(p);
      CompletionItem item =
          sink.add(
              directory ? name + "/" : name,
              directory ? CompletionItemKind.Folder : CompletionItemKind.File,
              "build context",
              "`" + rel + (directory ? "/" : "") + "`",
              start,
              directory ? name + "/" : name);
      if (directory && settings.retrigger()) {
        item.setCommand(CompletionService.RETRIGGER);
      }
    }
  }

  /** A typed directory as a context-relative path: no leading {@code /} or {@code ./}. */
  static String clean(String dir) {
    String d = dir;
    while (d.startsWith("/") || d.startsWith("./")) {
      d = d.startsWith("/") ? d.substring(1) : d.substring(2);
    }
    while (d.endsWith("/")) {
      d = d.substring(0, d.length() - 1);
    }
    return d.equals(".") ? "" : d;
  }

  /** Where completion items go. */
  interface CompletionItemSink {
    CompletionItem add(
        String label,
        CompletionItemKind kind,
        String detail,
        String markdown,
        int start,
        String newText);
  }
}
