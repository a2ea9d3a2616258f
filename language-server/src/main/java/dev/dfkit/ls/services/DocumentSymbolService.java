package dev.dfkit.ls.services;

import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.document.Positions;
import dev.dfkit.parser.ast.Arg;
import dev.dfkit.parser.ast.ArgDeclaration;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Env;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.KeyValue;
import dev.dfkit.parser.ast.Label;
import dev.dfkit.parser.ast.Onbuild;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * The outline: global ARGs at the top level, then one symbol per stage (its name, or "stage N",
 * with the base image as detail) holding its instructions; ARG, ENV and LABEL hold one child per
 * key, ONBUILD its trigger.
 */
public final class DocumentSymbolService {

  private static final int DETAIL_LENGTH = 60;

  public List<DocumentSymbol> documentSymbols(DockerfileDocument doc, CancelChecker cancel) {
    cancel.checkCanceled();
    Dockerfile df = doc.dockerfile();
    List<DocumentSymbol> out = new ArrayList<>();
    for (Arg arg : df.globalArgs()) {
      out.addAll(argChildren(df, arg));
    }
    for (Stage stage : df.stages()) {
      cancel.checkCanceled();
      List<DocumentSymbol> children = new ArrayList<>();
      for (Instruction i : stage.instructions()) {
        children.add(instruction(df, i));
      }
      SourceRange selection =
          stage.from().stageNameWord().map(Word::range).orElse(stage.base().range());
      DocumentSymbol s =
          symbol(
              stage.name().orElse("stage " + stage.index()),
              SymbolKind.Class,
              stage.range(),
              selection,
              stage.base().value());
      s.setChildren(children);
      out.add(s);
    }
    return out;
  }

  /**
   * The same symbols flat, for clients without nested symbols: each names its parent as container.
   */
  @SuppressWarnings("deprecation") // SymbolInformation is what such clients understand
  public static List<SymbolInformation> flatten(String uri, List<DocumentSymbol> symbols) {
    List<SymbolInformation> out = new ArrayList<>();
    flatten(uri, symbols, null, out);
    return out;
  }

  @SuppressWarnings("deprecation")
  private static void flatten(
      String uri, List<DocumentSymbol> symbols, String container, List<SymbolInformation> out) {
    for (DocumentSymbol s : symbols) {
      out.add(
          new SymbolInformation(
              s.getName(), s.getKind(), new Location(uri, s.getRange()), container));
      if (s.getChildren() != null) {
        flatten(uri, s.getChildren(), s.getName(), out);
      }
    }
  }

  private static DocumentSymbol instruction(Dockerfile df, Instruction i) {
    String keyword = i.keyword().canonical();
    DocumentSymbol s = symbol(keyword, kind(i), i.range(), i.keyword().range(), detail(i));
    List<DocumentSymbol> children = new ArrayList<>();
    if (i instanceof Arg arg) {
      children.addAll(argChildren(df, arg));
    } else if (i instanceof Env env) {
      for (KeyValue kv : env.pairs()) {
        children.add(pair(kv, SymbolKind.Variable));
      }
    } else if (i instanceof Label label) {
      for (KeyValue kv : label.pairs()) {
        children.add(pair(kv, SymbolKind.Property));
      }
    } else if (i instanceof Onbuild onbuild && onbuild.trigger().isPresent()) {
      children.add(instruction(df, onbuild.trigger().get()));
    }
    if (!children.isEmpty()) {
      s.setChildren(children);
    }
    return s;
  }

  private static List<DocumentSymbol> argChildren(Dockerfile df, Arg arg) {
    List<DocumentSymbol> out = new ArrayList<>();
    for (ArgDeclaration d : arg.declarations()) {
      out.add(
          symbol(
              d.name().value(),
              SymbolKind.Variable,
              d.range().union(d.name().range()),
              d.name().range(),
              d.defaultValue().map(v -> "= " + v.value()).orElse(null)));
    }
    return out;
  }

  private static DocumentSymbol pair(KeyValue kv, SymbolKind kind) {
    return symbol(
        kv.key().value(),
        kind,
        kv.range().union(kv.key().range()),
        kv.key().range(),
        kv.value().value());
  }

  private static SymbolKind kind(Instruction i) {
    if (i instanceof Arg || i instanceof Env) {
      return SymbolKind.Variable;
    }
    if (i instanceof Label) {
      return SymbolKind.Property;
    }
    return SymbolKind.Function;
  }

  private static String detail(Instruction i) {
    String text = i.syntax().line().text();
    int after = i.syntax().line().indexOfSource(i.keyword().range().endOffset());
    String rest = after < 0 ? "" : text.substring(after).strip();
    return rest.length() > DETAIL_LENGTH ? rest.substring(0, DETAIL_LENGTH - 1) + "…" : rest;
  }

  private static DocumentSymbol symbol(
      String name, SymbolKind kind, SourceRange range, SourceRange selection, String detail) {
    SourceRange full = range.union(selection);
    DocumentSymbol s =
        new DocumentSymbol(
            name.isEmpty() ? "?" : name,
            kind,
            Positions.range(full),
            Positions.range(selection),
            detail == null || detail.isEmpty() ? null : detail);
    return s;
  }
}
