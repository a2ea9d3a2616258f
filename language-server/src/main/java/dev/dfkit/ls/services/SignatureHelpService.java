package dev.dfkit.ls.services;

import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.document.Positions;
import dev.dfkit.ls.services.docs.InstructionDoc;
import dev.dfkit.ls.services.docs.InstructionDocs;
import dev.dfkit.parser.ast.Healthcheck;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.source.LogicalText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.ParameterInformation;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureInformation;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Tuple;

/**
 * Signature help: the syntax forms of the instruction at the cursor, with the parameter being typed
 * highlighted: a flag by its name, an argument by its position ({@code COPY a b |} is the
 * destination, {@code COPY a | b} a source).
 */
public final class SignatureHelpService {

  /** Characters on which clients should ask: arguments start after a blank. */
  public static final List<String> TRIGGER_CHARACTERS = List.of(" ");

  public Optional<SignatureHelp> signatureHelp(
      DockerfileDocument doc, Position pos, CancelChecker cancel) {
    cancel.checkCanceled();
    int offset = Positions.offset(doc.lines(), pos);
    InstructionIndex index = InstructionIndex.of(doc);
    Optional<Instruction> top = index.at(offset);
    if (top.isEmpty() || InstructionIndex.inHeredoc(top.get(), offset)) {
      return Optional.empty();
    }
    Instruction instruction = InstructionIndex.innermost(top.get(), offset);
    if (offset <= instruction.keyword().range().endOffset()) {
      return Optional.empty(); // still typing the keyword
    }
    Optional<InstructionDoc> docs = InstructionDocs.find(instruction.keyword().canonical());
    if (docs.isEmpty()) {
      return Optional.empty();
    }
    LogicalText line = instruction.syntax().line();
    int cursor = cursorIndex(line, offset);
    String text = line.text();
    int afterKeyword = Math.min(instruction.keyword().text().length(), text.length());
    List<int[]> words = CompletionService.words(text, afterKeyword);
    int current = -1; // the word holding the cursor, or the one about to be typed
    int before = 0;
    for (int i = 0; i < words.size(); i++) {
      int[] w = words.get(i);
      if (w[0] <= cursor && cursor <= w[1]) {
        current = i;
        break;
      }
      if (w[1] < cursor) {
        before = i + 1;
      }
    }
    String currentWord = current >= 0 ? text.substring(words.get(current)[0], cursor) : "";
    int wordIndex = current >= 0 ? current : before;
    boolean lastWord = current >= 0 ? current == words.size() - 1 : before == words.size();
    int flags = 0;
    while (flags < words.size()
        && text.substring(words.get(flags)[0], words.get(flags)[1]).startsWith("--")) {
      flags++;
    }
    List<SignatureInformation> signatures = new ArrayList<>();
    for (String form : docs.get().syntax()) {
      signatures.add(signature(form, docs.get()));
    }
    int active = activeSignature(instruction, docs.get());
    SignatureInformation sig = signatures.get(active);
    List<String> params = labels(docs.get().syntax().get(active));
    int param;
    if (wordIndex < flags || (wordIndex == flags && currentWord.startsWith("--"))) {
      String word =
          current >= 0 ? text.substring(words.get(current)[0], words.get(current)[1]) : "";
      param = flagParameter(params, word);
    } else {
      param = positionalParameter(params, wordIndex - flags, lastWord);
    }
    SignatureHelp help = new SignatureHelp(signatures, active, param);
    sig.setActiveParameter(param);
    return Optional.of(help);
  }

  private static int activeSignature(Instruction instruction, InstructionDoc docs) {
    List<String> forms = docs.syntax();
    if (instruction instanceof Healthcheck h && h.isNone()) {
      return indexOf(forms, "NONE");
    }
    if (instruction.syntax().execForm()) {
      return indexOf(forms, "[\"");
    }
    return 0;
  }

  private static int indexOf(List<String> forms, String marker) {
    for (int i = 0; i < forms.size(); i++) {
      if (forms.get(i).contains(marker)) {
        return i;
      }
    }
    return 0;
  }

  private static SignatureInformation signature(String form, InstructionDoc docs) {
    SignatureInformation sig = new SignatureInformation(form);
    sig.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, docs.markdown()));
    List<ParameterInformation> params = new ArrayList<>();
    for (int[] span : spans(form)) {
      ParameterInformation p = new ParameterInformation();
      p.setLabel(Either.forRight(new Tuple.Two<>(span[0], span[1])));
      String label = form.substring(span[0], span[1]);
      if (label.startsWith("[--")) {
        String name = label.substring(3).split("[=\\[\\]]", 2)[0];
        docs.flag(name)
            .ifPresent(
                f -> p.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, f.markdown())));
      }
      params.add(p);
    }
    sig.setParameters(params);
    return sig;
  }

  /** The parameters of a form: its blank-separated parts after the keyword, brackets kept whole. */
  static List<int[]> spans(String form) {
    List<int[]> out = new ArrayList<>();
    int i = form.indexOf(' ');
    if (i < 0) {
      return out;
    }
    int depth = 0;
    int start = -1;
    for (i = i + 1; i <= form.length(); i++) {
      char c = i < form.length() ? form.charAt(i) : ' ';
      if (c == ' ' && depth == 0) {
        if (start >= 0) {
          out.add(new int[] {start, i});
          start = -1;
        }
        continue;
      }
      if (start < 0) {
        start = i;
      }
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth = Math.max(0, depth - 1);
      }
    }
    return out;
  }

  private static List<String> labels(String form) {
    List<String> out = new ArrayList<>();
    for (int[] s : spans(form)) {
      out.add(form.substring(s[0], s[1]));
    }
    return out;
  }

  /** The flag parameter a word names: exactly, else the first it is a prefix of. */
  private static int flagParameter(List<String> params, String word) {
    String name = word.startsWith("--") ? word.substring(2).split("=", 2)[0] : "";
    int prefixed = -1;
    for (int i = 0; i < params.size(); i++) {
      String p = params.get(i);
      if (p.startsWith("[--")) {
        String pname = p.substring(3).split("[=\\[\\]]", 2)[0];
        if (pname.equals(name)) {
          return i;
        }
        if (prefixed < 0 && pname.startsWith(name)) {
          prefixed = i;
        }
      }
    }
    return prefixed;
  }

  /**
   * The parameter of the {@code n}th argument. A repeated parameter ({@code <src>...}) takes every
   * argument but those the parameters after it need, so the last word of COPY is its destination.
   */
  static int positionalParameter(List<String> params, int n, boolean lastWord) {
    List<Integer> positional = new ArrayList<>();
    for (int i = 0; i < params.size(); i++) {
      if (!params.get(i).startsWith("[--")) {
        positional.add(i);
      }
    }
    int k = n;
    for (int j = 0; j < positional.size(); j++) {
      String p = params.get(positional.get(j));
      if (p.endsWith("...") || p.endsWith("...]")) {
        boolean followed = j + 1 < positional.size();
        return followed && lastWord && k > 0
            ? positional.get(positional.size() - 1)
            : positional.get(j);
      }
      int width = p.startsWith("[") ? p.split(" ").length : 1;
      if (k < width) {
        return positional.get(j);
      }
      k -= width;
    }
    return positional.isEmpty() ? -1 : positional.get(positional.size() - 1);
  }

  private static int cursorIndex(LogicalText line, int offset) {
    int start = line.length() == 0 ? offset : line.sourceOffset(0);
    for (int o = offset - 1; o >= start; o--) {
      int i = line.indexOfSource(o);
      if (i >= 0) {
        return i + 1;
      }
    }
    return 0;
  }
}
