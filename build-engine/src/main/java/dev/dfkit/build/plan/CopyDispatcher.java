package dev.dfkit.build.plan;

import dev.dfkit.build.copy.FileMode;
import dev.dfkit.build.copy.UrlSource;
import dev.dfkit.build.graph.CopyOp;
import dev.dfkit.build.graph.CopySource;
import dev.dfkit.build.graph.InlineFile;
import dev.dfkit.build.graph.Vertex;
import dev.dfkit.parser.ast.Add;
import dev.dfkit.parser.ast.AddFlags;
import dev.dfkit.parser.ast.Copy;
import dev.dfkit.parser.ast.CopyFlags;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.Heredoc;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.shell.ExpansionException;
import dev.dfkit.parser.shell.ShellLexer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** COPY and ADD (BuildKit's {@code dispatchCopy}): one copy vertex and one history entry. */
final class CopyDispatcher {
  private static final Pattern GIT_SOURCE =
      Pattern.compile("(git@|git://|ssh://|https?://[^?#]+\\.git([#?].*)?$).*");

  private final InstructionDispatcher d;

  CopyDispatcher(InstructionDispatcher d) {
    this.d = d;
  }

  void dispatch(Instruction i, StageState source) throws PlanException {
    boolean add = i instanceof Add;
    List<Word> sourceWords;
    Word destination;
    Optional<Flag> chownFlag;
    Optional<Flag> chmodFlag;
    List<Flag> excludeFlags;
    boolean link;
    boolean parents = false;
    String checksum = null;
    boolean unpack = add;
    if (i instanceof Copy copy) {
      CopyFlags f = copy.copyFlags();
      sourceWords = copy.sources();
      destination = copy.destination();
      chownFlag = f.chown();
      chmodFlag = f.chmod();
      excludeFlags = f.exclude();
      link = f.isLink();
      parents = f.isParents();
    } else {
      Add a = (Add) i;
      AddFlags f = a.addFlags();
      sourceWords = a.sources();
      destination = a.destination();
      chownFlag = f.chown();
      chmodFlag = f.chmod();
      excludeFlags = f.exclude();
      link = f.isLink();
      if (f.checksum().isPresent()) {
        checksum = d.expand(f.checksum().get().value());
      }
      unpack = f.unpackValue().orElse(true);
      if (f.keepGitDir().isPresent()) {
        throw d.fail("ADD --keep-git-dir needs a git source, and dfbuild does not fetch git");
      }
    }
    String chown = chownFlag.isPresent() ? d.expand(chownFlag.get().value()) : "";
    String chmod = chmodFlag.isPresent() ? d.expand(chmodFlag.get().value()) : "";
    validateChmod(chmod);
    List<String> excludes = excludeFlags.stream().map(Flag::value).toList();

    List<CopySource> sources = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    List<String> inlineNames = new ArrayList<>();
    Iterator<Heredoc> heredocs = i.syntax().heredocs().iterator();
    for (Word w : sourceWords) {
      if (w.value().startsWith("<<") && heredocs.hasNext()) {
        Heredoc doc = heredocs.next();
        String data = doc.effectiveContent();
        if (doc.expand()) {
          try {
            data =
                ShellLexer.of('\\')
                    .withSkipProcessQuotes(true)
                    .processWord(data, d.lookup())
                    .result();
          } catch (ExpansionException e) {
            throw d.fail(e.getMessage());
          }
        }
        sources.add(new CopySource.Inline(new InlineFile(doc.name(), data, 0644)));
        inlineNames.add(doc.name());
        continue;
      }
      String src = d.expand(w.value());
      paths.add(src);
      if (GIT_SOURCE.matcher(src).matches()) {
        throw d.fail(
            add
                ? "ADD from a git repository is not supported by dfbuild; clone it into the"
                    + " context and COPY it"
                : "source can't be a git ref for COPY");
      }
      if (src.startsWith("http://") || src.startsWith("https://")) {
        if (!add) {
          throw d.fail("source can't be a URL for COPY");
        }
        sources.add(new CopySource.Url(src, checksum, UrlSource.destinationName(src)));
      } else {
        sources.add(new CopySource.Path(src));
      }
    }
    if (checksum != null) {
      if (paths.size() != 1 || !inlineNames.isEmpty()) {
        throw d.fail("checksum can't be specified for multiple sources");
      }
      if (!(sources.get(0) instanceof CopySource.Url)) {
        throw d.fail("checksum requires HTTP(S) or Git sources");
      }
      if (!checksum.matches("sha(256|384|512):[0-9a-f]+")) {
        throw d.fail("invalid checksum digest format: " + checksum);
      }
    }

    String rawDest = d.expand(destination.value());
    String dest =
        PathText.normalize(
            d.workdir(), rawDest.equals(".") || rawDest.isEmpty() ? "./" : rawDest, true);

    StringBuilder history = new StringBuilder(add ? "ADD" : "COPY");
    if (parents) {
      history.append(" --parents");
    }
    if (!chown.isEmpty()) {
      history.append(" --chown=").append(chown);
    }
    if (!chmod.isEmpty()) {
      history.append(" --chmod=").append(chmod);
    }
    paths.forEach(p -> history.append(' ').append(p));
    inlineNames.forEach(n -> history.append(" <<").append(n));
    history.append(' ').append(rawDest);

    StageState s = d.stage();
    List<Vertex> inputs = new ArrayList<>(List.of(s.vertex));
    if (source != null) {
      if (!source.dispatched || source.vertex == null) {
        throw d.fail(
            "cannot copy from stage \""
                + source.name
                + "\", it needs to be defined before current stage \""
                + s.name
                + "\"");
      }
      inputs.add(source.vertex);
    }
    CopyOp op =
        new CopyOp(
            sources,
            dest,
            source != null,
            chown.isEmpty() ? null : chown,
            chmod.isEmpty() ? null : chmod,
            excludes,
            parents,
            add,
            unpack,
            link);
    String display = d.displayText(InstructionDispatcher.commandText(i));
    s.vertex = new Vertex(op, inputs, d.step(display));
    s.config.commit(history + " # buildkit", true);
  }

  private void validateChmod(String chmod) throws PlanException {
    if (!chmod.isEmpty()) {
      try {
        FileMode.parse(chmod);
      } catch (IllegalArgumentException e) {
        throw d.fail(e.getMessage());
      }
    }
  }
}
