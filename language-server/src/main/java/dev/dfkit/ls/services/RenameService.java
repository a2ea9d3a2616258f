package dev.dfkit.ls.services;

import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.document.Positions;
import dev.dfkit.ls.services.SymbolIndex.Kind;
import dev.dfkit.ls.services.SymbolIndex.Occurrence;
import dev.dfkit.ls.services.SymbolIndex.Role;
import dev.dfkit.ls.services.SymbolIndex.Symbol;
import dev.dfkit.parser.ast.Heredoc;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Rename stages, ARGs, ENVs and heredoc delimiters, refusing any rename that would change what the
 * build does: a name that collides with another stage or variable where this one is visible, a
 * reserved name, or one BuildKit would reject.
 *
 * <p>Stage indexes ({@code COPY --from=0}) are left alone: renaming does not move a stage, so its
 * index still names it.
 */
public final class RenameService {

  /** BuildKit's stage names (compared lower-cased). */
  private static final Pattern STAGE_NAME = Pattern.compile("[a-z][a-z0-9-_.]*");

  private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern HEREDOC_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** Stage names BuildKit reserves (its ReservedStageName check). */
  private static final Set<String> RESERVED_STAGE_NAMES = Set.of("scratch", "context");

  /** The range and current name of what a rename at {@code pos} would change. */
  public PrepareRenameResult prepareRename(
      DockerfileDocument doc, Position pos, CancelChecker cancel) {
    cancel.checkCanceled();
    Occurrence at = renamable(doc, pos);
    return new PrepareRenameResult(Positions.range(at.range()), doc.dockerfile().text(at.range()));
  }

  /** The edits that rename the symbol at {@code pos} to {@code newName}. */
  public WorkspaceEdit rename(
      DockerfileDocument doc, Position pos, String newName, CancelChecker cancel) {
    cancel.checkCanceled();
    Occurrence at = renamable(doc, pos);
    SymbolIndex index = SymbolIndex.of(doc);
    Symbol symbol = at.symbol();
    String name = newName == null ? "" : newName;
    switch (symbol.kind()) {
      case STAGE -> checkStage(index, symbol, name);
      case VARIABLE -> checkVariable(index, symbol, name);
      case HEREDOC -> checkHeredoc(doc, symbol, name);
      default -> throw refuse("cannot rename here");
    }
    List<TextEdit> edits = new ArrayList<>();
    for (Occurrence o : symbol.occurrences()) {
      if (o.role() != Role.INDEX) {
        edits.add(new TextEdit(Positions.range(o.range()), name));
      }
    }
    return new WorkspaceEdit(Map.of(doc.uri(), edits));
  }

  private static Occurrence renamable(DockerfileDocument doc, Position pos) {
    SymbolIndex index = SymbolIndex.of(doc);
    Occurrence at =
        index
            .at(Positions.offset(doc.lines(), pos))
            .orElseThrow(() -> refuse("cannot rename here: no stage, ARG, ENV or heredoc name"));
    if (at.role() == Role.INDEX) {
      throw refuse(
          "cannot rename a stage index: rename the stage at its 'AS' name (indexes stay valid)");
    }
    if (at.symbol().kind() == Kind.STAGE && at.symbol().name().isEmpty()) {
      throw refuse("cannot rename here: the stage has no name");
    }
    if (at.symbol().kind() == Kind.VARIABLE && SymbolIndex.isAutomatic(at.symbol().name())) {
      throw refuse(
          "cannot rename "
              + at.symbol().name()
              + ": the builder sets it, and under another name it would lose that value");
    }
    return at;
  }

  private static void checkStage(SymbolIndex index, Symbol symbol, String newName) {
    String lower = newName.toLowerCase(Locale.ROOT);
    if (!STAGE_NAME.matcher(lower).matches()) {
      throw refuse("'" + newName + "' is not a valid stage name: it must match [a-z][a-z0-9-_.]*");
    }
    if (RESERVED_STAGE_NAMES.contains(lower)) {
      throw refuse("'" + lower + "' is reserved and cannot name a stage");
    }
    for (Symbol other : index.stages()) {
      if (other != symbol && other.name().equals(lower)) {
        throw refuse(
            "a stage named '"
                + lower
                + "' already exists (line "
                + line(other.stage().get().from().range())
                + ")");
      }
    }
    for (SymbolIndex.ExternalName e : index.externalNames()) {
      if (e.name().equals(lower)) {
        throw refuse(
            "'"
                + lower
                + "' on line "
                + line(e.range())
                + " names an image; it would refer to the renamed stage instead");
      }
    }
  }

  private static void checkVariable(SymbolIndex index, Symbol symbol, String newName) {
    if (!VARIABLE_NAME.matcher(newName).matches()) {
      throw refuse(
          "'" + newName + "' is not a valid variable name: it must match [A-Za-z_][A-Za-z0-9_]*");
    }
    if (SymbolIndex.isAutomatic(newName)) {
      throw refuse("'" + newName + "' is set by the builder and cannot be renamed to");
    }
    if (newName.equals(symbol.name())) {
      return;
    }
    // Where the renamed variable is visible: its stages, the stages built on them, and the FROM
    // lines and global ARGs when it is global.
    Set<Integer> stages = index.withDescendants(symbol.stages());
    for (Symbol other : index.symbols()) {
      if (other == symbol || other.kind() != Kind.VARIABLE || !other.name().equals(newName)) {
        continue;
      }
      boolean clash =
          (symbol.global() && other.global())
              // a global NAME would give its value to a bare `ARG NAME` anywhere
              || (symbol.global() && other.isArg())
              || (other.global() && symbol.isArg())
              || other.stages().stream().anyMatch(stages::contains);
      if (clash) {
        throw refuse(
            "'"
                + newName
                + "' is already defined where '"
                + symbol.name()
                + "' is visible (line "
                + line(other.occurrences().get(0).range())
                + ")");
      }
    }
    for (SymbolIndex.UnresolvedUse u : index.unresolved()) {
      if (u.name().equals(newName)
          && (stages.contains(u.stage()) || (symbol.global() && u.stage() < 0))) {
        throw refuse(
            "'$"
                + newName
                + "' is used on line "
                + line(u.range())
                + "; renaming '"
                + symbol.name()
                + "' would change its value");
      }
    }
  }

  private static void checkHeredoc(DockerfileDocument doc, Symbol symbol, String newName) {
    if (!HEREDOC_NAME.matcher(newName).matches()) {
      throw refuse(
          "'"
              + newName
              + "' is not a valid heredoc delimiter: it must match [A-Za-z_][A-Za-z0-9_]*");
    }
    Heredoc h = symbol.heredoc().orElseThrow();
    for (String line : h.content().split("\r?\n", -1)) {
      String body = h.chomp() ? line.replaceFirst("^\t+", "") : line;
      if (body.equals(newName)) {
        throw refuse(
            "the heredoc body has a line '" + newName + "': it would end the heredoc there");
      }
    }
    for (Heredoc other : symbol.instruction().orElseThrow().syntax().heredocs()) {
      if (other != h && other.name().equals(newName)) {
        throw refuse("this instruction already has a heredoc named '" + newName + "'");
      }
    }
  }

  private static int line(SourceRange range) {
    return range.start().line() + 1;
  }

  private static ResponseErrorException refuse(String message) {
    return new ResponseErrorException(
        new ResponseError(ResponseErrorCode.InvalidParams, message, null));
  }
}
