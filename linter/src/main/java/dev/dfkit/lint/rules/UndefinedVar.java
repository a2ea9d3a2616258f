package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Add;
import dev.dfkit.parser.ast.Arg;
import dev.dfkit.parser.ast.ArgDeclaration;
import dev.dfkit.parser.ast.Copy;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Env;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.Heredoc;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.KeyValue;
import dev.dfkit.parser.ast.Label;
import dev.dfkit.parser.ast.Mount;
import dev.dfkit.parser.ast.MountOption;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.ast.Stopsignal;
import dev.dfkit.parser.ast.User;
import dev.dfkit.parser.ast.Volume;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.ast.Workdir;
import dev.dfkit.parser.diagnostic.Suggestions;
import dev.dfkit.parser.semantic.ExpandedWord;
import dev.dfkit.parser.semantic.Variable;
import dev.dfkit.parser.semantic.VariableScope;
import dev.dfkit.parser.shell.Expansion;
import dev.dfkit.parser.shell.ExpansionException;
import dev.dfkit.parser.shell.ShellLexer;
import dev.dfkit.parser.shell.VariableReference;
import dev.dfkit.parser.source.SourceRange;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * BuildKit's UndefinedVar: a word BuildKit expands uses a variable that is not set there. These are
 * the words of ENV, LABEL, ADD and COPY (flags {@code --chown}, {@code --chmod}, {@code
 * --checksum}, sources, destination, and the text of expanding here-documents), WORKDIR, USER,
 * VOLUME, STOPSIGNAL, RUN's {@code --mount} values and ARG defaults. Commands of RUN, CMD and
 * ENTRYPOINT are not: the shell expands them when the container runs.
 *
 * <p>As in BuildKit, an ARG declared without a value counts as defined, and so do {@code PATH}
 * (BuildKit always sets it) and BuildKit's SBOM arguments; a close name in scope is suggested.
 * ONBUILD triggers are checked in the stages built on theirs, where BuildKit runs them.
 *
 * <p>BuildKit knows the ENV of an external base image; offline it is unknown. For such stages the
 * names official images commonly set ({@link OfficialImageEnv}) are not reported; everything else
 * is. After {@code FROM scratch} or an earlier stage the scope is exact.
 */
@RuleInfo(
    id = "UndefinedVar",
    name = "undefined-var",
    severity = LintSeverity.WARNING,
    summary = "Variables should be defined before their use",
    url = "https://docs.docker.com/go/dockerfile/rule/undefined-var/",
    source = RuleSource.BUILDKIT)
public final class UndefinedVar implements Rule {

  private static final Set<String> NON_ENV_ARGS =
      Set.of("BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE");

  /** Here-documents of ADD and COPY are expanded like this (BuildKit's ExpandRaw). */
  private static final ShellLexer RAW = ShellLexer.of('\\').withSkipProcessQuotes(true);

  /** A finding depends on its instruction and the scope above it, or on a dispatched trigger. */
  @Override
  public boolean findsFromAbove() {
    return true;
  }

  @Override
  public boolean refindsTriggers() {
    return true;
  }

  @Override
  public void check(LintContext context) {
    Set<String> reported = new HashSet<>();
    for (Stage stage : context.dockerfile().stages()) {
      Optional<Stage> parent = StageDispatch.parent(context, stage);
      VariableScope parentScope = parent.map(p -> context.variables().after(p)).orElse(null);
      // Names the parent's triggers define (true when they have a value).
      Map<String, Boolean> fromTriggers = new LinkedHashMap<>();
      for (StageDispatch.Step step : StageDispatch.steps(context, stage)) {
        Instruction i = step.instruction();
        if (!step.checkedIn(context)) {
          continue; // kept from the last lint
        }
        VariableScope scope = step.trigger() ? parentScope : context.variables().before(i);
        new Check(context, i, scope, fromTriggers, reported).run();
        if (step.trigger()) {
          if (i instanceof Env env) {
            env.pairs().forEach(p -> fromTriggers.put(p.key().value(), true));
          } else if (i instanceof Arg arg) {
            arg.declarations()
                .forEach(d -> fromTriggers.put(d.name().value(), d.defaultValue().isPresent()));
          }
        }
      }
    }
  }

  /** The words of one instruction, checked against one scope. */
  private static final class Check {
    private final LintContext context;
    private final Dockerfile dockerfile;
    private final Instruction instruction;
    private final VariableScope scope;
    private final Map<String, Boolean> extra;
    private final Set<String> reported;

    Check(
        LintContext context,
        Instruction instruction,
        VariableScope scope,
        Map<String, Boolean> extra,
        Set<String> reported) {
      this.context = context;
      this.dockerfile = context.dockerfile();
      this.instruction = instruction;
      this.scope = scope;
      this.extra = extra;
      this.reported = reported;
    }

    void run() {
      Instruction i = instruction;
      if (i instanceof Env env) {
        keyValues(env.pairs());
      } else if (i instanceof Label label) {
        keyValues(label.pairs());
      } else if (i instanceof Add add) {
        flag(add.addFlags().chown());
        flag(add.addFlags().chmod());
        flag(add.addFlags().checksum());
        sourcesAndDestination(add.sources(), add.destination());
      } else if (i instanceof Copy copy) {
        flag(copy.copyFlags().chown());
        flag(copy.copyFlags().chmod());
        sourcesAndDestination(copy.sources(), copy.destination());
      } else if (i instanceof Workdir workdir) {
        word(workdir.path(), Set.of());
      } else if (i instanceof User user) {
        word(user.user(), Set.of());
      } else if (i instanceof Volume volume) {
        volume.volumes().forEach(v -> word(v, Set.of()));
      } else if (i instanceof Stopsignal stopsignal) {
        word(stopsignal.signal(), Set.of());
      } else if (i instanceof Run run) {
        for (Mount m : run.runFlags().mounts()) {
          Word flagValue = WordRanges.value(m.flag());
          for (MountOption o : m.options()) {
            if (o.hasValue()) {
              ExpandedWord e =
                  context.variables().expand(new Word(o.value(), m.flag().valueRange()), scope);
              for (String name : e.unmatched()) {
                report(
                    name,
                    WordRanges.reference(dockerfile, instruction.syntax(), flagValue, name),
                    Set.of());
              }
            }
          }
        }
      } else if (i instanceof Arg arg) {
        // Each default sees the names declared before it in the same ARG.
        Set<String> declared = new HashSet<>();
        for (ArgDeclaration d : arg.declarations()) {
          d.defaultValue().ifPresent(v -> word(v, declared));
          declared.add(d.name().value());
        }
      }
    }

    private void keyValues(List<KeyValue> pairs) {
      for (KeyValue kv : pairs) {
        word(kv.key(), Set.of());
        word(kv.value(), Set.of());
      }
    }

    private void flag(Optional<Flag> flag) {
      flag.ifPresent(f -> word(WordRanges.value(f), Set.of()));
    }

    private void sourcesAndDestination(List<Word> sources, Word destination) {
      List<Heredoc> heredocs = instruction.syntax().heredocs();
      for (Word source : sources) {
        if (heredocs.stream().noneMatch(h -> h.wordRange().equals(source.range()))) {
          word(source, Set.of());
        }
      }
      word(destination, Set.of());
      for (Heredoc h : heredocs) {
        if (!h.expand()) {
          continue;
        }
        Expansion e;
        try {
          e = RAW.processWord(h.effectiveContent(), scope);
        } catch (ExpansionException ex) {
          continue;
        }
        for (String name : e.unmatched()) {
          report(name, heredocReference(h, name), Set.of());
        }
      }
    }

    private SourceRange heredocReference(Heredoc h, String name) {
      for (VariableReference ref : RAW.findReferences(h.content())) {
        int start = h.bodyRange().startOffset() + ref.start();
        int end = h.bodyRange().startOffset() + ref.end();
        if (ref.name().equals(name) && end <= h.bodyRange().endOffset()) {
          return dockerfile.lines().range(start, end);
        }
      }
      return h.wordRange();
    }

    private void word(Word word, Set<String> alsoDeclared) {
      if (word.value().indexOf('$') < 0) {
        return; // no reference to look up (most words): not worth an expansion
      }
      ExpandedWord e = context.variables().expand(word, scope);
      for (String name : e.unmatched()) {
        report(
            name, WordRanges.reference(dockerfile, instruction.syntax(), word, name), alsoDeclared);
      }
    }

    private void report(String name, SourceRange at, Set<String> alsoDeclared) {
      if (defined(name) || alsoDeclared.contains(name)) {
        return;
      }
      String message = "Usage of undefined variable '$" + name + "'";
      message +=
          Suggestions.closest(name, candidates(), true)
              .map(s -> " (did you mean $" + s + "?)")
              .orElse("");
      if (reported.add(at.startOffset() + ":" + message)) {
        context.report(at, message);
      }
    }

    private boolean defined(String name) {
      return scope.variable(name).isPresent()
          || extra.containsKey(name)
          || name.equals("PATH")
          || NON_ENV_ARGS.contains(name)
          || (scope.baseImageUnknown() && OfficialImageEnv.NAMES.contains(name));
    }

    /** What BuildKit's environment holds here: PATH, then the variables with a value. */
    private Collection<String> candidates() {
      Set<String> names = new LinkedHashSet<>();
      names.add("PATH");
      for (Variable v : scope.variables()) {
        if (v.value() != null) {
          names.add(v.name());
        }
      }
      extra.forEach(
          (name, hasValue) -> {
            if (hasValue) {
              names.add(name);
            }
          });
      return names;
    }
  }
}
