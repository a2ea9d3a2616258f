package dev.dfkit.parser.script;

import dev.dfkit.grammar.PosixShellLexer;
import dev.dfkit.grammar.PosixShellParser;
import dev.dfkit.grammar.PosixShellParser.AndOrContext;
import dev.dfkit.grammar.PosixShellParser.CaseClauseContext;
import dev.dfkit.grammar.PosixShellParser.CaseItemContext;
import dev.dfkit.grammar.PosixShellParser.CommandContext;
import dev.dfkit.grammar.PosixShellParser.CommandListContext;
import dev.dfkit.grammar.PosixShellParser.CompoundCommandContext;
import dev.dfkit.grammar.PosixShellParser.DoGroupContext;
import dev.dfkit.grammar.PosixShellParser.ElifPartContext;
import dev.dfkit.grammar.PosixShellParser.ForClauseContext;
import dev.dfkit.grammar.PosixShellParser.FunctionDefinitionContext;
import dev.dfkit.grammar.PosixShellParser.IfClauseContext;
import dev.dfkit.grammar.PosixShellParser.PipelineContext;
import dev.dfkit.grammar.PosixShellParser.RedirectionContext;
import dev.dfkit.grammar.PosixShellParser.SeparatorOpContext;
import dev.dfkit.grammar.PosixShellParser.SequenceContext;
import dev.dfkit.grammar.PosixShellParser.SimpleCommandContext;
import dev.dfkit.grammar.PosixShellParser.WhileClauseContext;
import dev.dfkit.grammar.ShellGroupToken;
import dev.dfkit.grammar.ShellHeredoc;
import dev.dfkit.grammar.ShellWordToken;
import dev.dfkit.parser.ast.Heredoc;
import dev.dfkit.parser.diagnostic.Diagnostic;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds the tree of one script from ANTLR's parse tree: one method per construct. Every piece may
 * be missing after error recovery, so each method takes what is there.
 */
final class TreeBuilder {

  private final ScriptParser parser;
  private final Locator locator;
  private final int scriptEnd;
  private final WordBuilder words;

  TreeBuilder(ScriptParser parser, Locator locator, int scriptEnd) {
    this.parser = parser;
    this.locator = locator;
    this.scriptEnd = scriptEnd;
    this.words = new WordBuilder(parser, locator);
  }

  Script script(PosixShellParser.ScriptContext ctx, List<Token> tokens, int start, int end) {
    List<CommandList> lists = sequence(ctx.sequence());
    TokenView view = TokenView.of(tokens, locator);
    return new Script(locator.range(start, end), lists, view.comments(), view.tokens());
  }

  // ---- lists ---------------------------------------------------------------------------------

  private List<CommandList> sequence(SequenceContext ctx) {
    if (ctx == null) {
      return List.of();
    }
    List<CommandList> lists = new ArrayList<>();
    for (CommandListContext c : ctx.commandList()) {
      CommandList list = commandList(c);
      if (!list.items().isEmpty()) {
        lists.add(list);
      }
    }
    return lists;
  }

  private CommandList commandList(CommandListContext ctx) {
    List<AndOrList> items = new ArrayList<>();
    AndOrContext pending = null;
    if (ctx.children != null) {
      for (ParseTree child : ctx.children) {
        if (child instanceof AndOrContext a) {
          if (pending != null) {
            andOr(pending, null).ifPresent(items::add);
          }
          pending = a;
        } else if (child instanceof SeparatorOpContext s && pending != null) {
          andOr(pending, s).ifPresent(items::add);
          pending = null;
        }
      }
    }
    if (pending != null) {
      andOr(pending, null).ifPresent(items::add);
    }
    return new CommandList(span(ctx), items);
  }

  /** The and-or list; none when error recovery left no command in it. */
  private Optional<AndOrList> andOr(AndOrContext ctx, SeparatorOpContext separator) {
    List<Pipeline> pipelines = new ArrayList<>();
    for (PipelineContext p : ctx.pipeline()) {
      pipeline(p).ifPresent(pipelines::add);
    }
    if (pipelines.isEmpty()) {
      return Optional.empty();
    }
    List<ShellOperator> operators = new ArrayList<>();
    for (var op : ctx.andOrOp()) {
      operator(op.getStart()).ifPresent(operators::add);
    }
    Optional<ShellOperator> terminator =
        separator == null ? Optional.empty() : operator(separator.getStart());
    return Optional.of(new AndOrList(span(ctx), pipelines, operators, terminator));
  }

  private Optional<Pipeline> pipeline(PipelineContext ctx) {
    List<Command> commands = new ArrayList<>();
    for (CommandContext c : ctx.command()) {
      command(c).ifPresent(commands::add);
    }
    if (commands.isEmpty()) {
      return Optional.empty();
    }
    List<ShellOperator> operators = new ArrayList<>();
    for (var op : ctx.pipeOp()) {
      operator(op.getStart()).ifPresent(operators::add);
    }
    Optional<SourceRange> bang = Optional.ofNullable(ctx.BANG()).flatMap(this::tokenRange);
    return Optional.of(new Pipeline(span(ctx), bang, commands, operators));
  }

  // ---- commands ------------------------------------------------------------------------------

  private Optional<Command> command(CommandContext ctx) {
    if (firstToken(ctx) == null) {
      return Optional.empty(); // nothing left after error recovery
    }
    if (ctx.simpleCommand() != null) {
      return Optional.of(simpleCommand(ctx.simpleCommand()));
    }
    if (ctx.compoundCommand() != null) {
      return compound(ctx.compoundCommand(), redirections(ctx.redirection()), span(ctx));
    }
    if (ctx.functionDefinition() != null) {
      return Optional.of(function(ctx.functionDefinition()));
    }
    return Optional.empty();
  }

  private Optional<Command> compound(
      CompoundCommandContext ctx, List<Redirection> redirections, SourceRange range) {
    if (ctx == null) {
      return Optional.empty();
    }
    if (ctx.braceGroup() != null) {
      return Optional.of(
          new BraceGroup(range, sequence(ctx.braceGroup().sequence()), redirections));
    }
    if (ctx.subshell() != null) {
      return Optional.of(new Subshell(range, sequence(ctx.subshell().sequence()), redirections));
    }
    if (ctx.ifClause() != null) {
      return Optional.of(ifClause(ctx.ifClause(), redirections, range));
    }
    if (ctx.forClause() != null) {
      return Optional.of(forClause(ctx.forClause(), redirections, range));
    }
    if (ctx.arithmeticForClause() != null) {
      var f = ctx.arithmeticForClause();
      return Optional.of(
          new ArithmeticForClause(
              range, expression(f.ARITH_COMMAND()), body(f.doGroup()), redirections));
    }
    if (ctx.whileClause() != null) {
      WhileClauseContext w = ctx.whileClause();
      return Optional.of(
          new WhileClause(
              range, w.UNTIL() != null, sequence(w.sequence()), body(w.doGroup()), redirections));
    }
    if (ctx.caseClause() != null) {
      return Optional.of(caseClause(ctx.caseClause(), redirections, range));
    }
    if (ctx.testCommand() != null) {
      List<ShellWord> testWords = new ArrayList<>();
      for (TerminalNode w : ctx.testCommand().WORD()) {
        word(w).ifPresent(testWords::add);
      }
      return Optional.of(new TestCommand(range, testWords, redirections));
    }
    if (ctx.arithmeticCommand() != null) {
      return Optional.of(
          new ArithmeticCommand(
              range, expression(ctx.arithmeticCommand().ARITH_COMMAND()), redirections));
    }
    return Optional.empty();
  }

  private IfClause ifClause(
      IfClauseContext ctx, List<Redirection> redirections, SourceRange range) {
    List<IfBranch> branches = new ArrayList<>();
    branches.add(
        new IfBranch(
            span(ctx.IF(), ctx.condition, ctx.THEN(), ctx.body),
            sequence(ctx.condition),
            sequence(ctx.body)));
    for (ElifPartContext elif : ctx.elifPart()) {
      branches.add(new IfBranch(span(elif), sequence(elif.condition), sequence(elif.body)));
    }
    List<CommandList> elseBody =
        ctx.elsePart() == null ? List.of() : sequence(ctx.elsePart().sequence());
    return new IfClause(range, branches, elseBody, redirections);
  }

  private Command forClause(
      ForClauseContext ctx, List<Redirection> redirections, SourceRange range) {
    List<TerminalNode> wordNodes = ctx.WORD();
    ShellWord variable = wordNodes.isEmpty() ? null : word(wordNodes.get(0)).orElse(null);
    if (variable == null) {
      variable = emptyWordAfter(ctx.FOR());
    }
    Optional<List<ShellWord>> items = Optional.empty();
    if (ctx.IN() != null) {
      List<ShellWord> list = new ArrayList<>();
      for (TerminalNode w : wordNodes.subList(Math.min(1, wordNodes.size()), wordNodes.size())) {
        word(w).ifPresent(list::add);
      }
      items = Optional.of(list);
    }
    return new ForClause(range, variable, items, body(ctx.doGroup()), redirections);
  }

  private CaseClause caseClause(
      CaseClauseContext ctx, List<Redirection> redirections, SourceRange range) {
    ShellWord subject = word(ctx.WORD()).orElseGet(() -> emptyWordAfter(ctx.CASE()));
    List<CaseItem> items = new ArrayList<>();
    for (CaseItemContext item : ctx.caseItem()) {
      List<ShellWord> patterns = new ArrayList<>();
      for (TerminalNode w : item.PATTERN()) {
        word(w).ifPresent(patterns::add);
      }
      Optional<ShellOperator> terminator =
          item.caseSeparator() == null
              ? Optional.empty()
              : operator(item.caseSeparator().getStart());
      items.add(new CaseItem(span(item), patterns, sequence(item.sequence()), terminator));
    }
    return new CaseClause(range, subject, items, redirections);
  }

  private FunctionDefinition function(FunctionDefinitionContext ctx) {
    ShellWord name =
        word(ctx.WORD())
            .orElseGet(() -> emptyWordAfter(ctx.FUNCTION() != null ? ctx.FUNCTION() : null));
    List<ParseTree> bodyParts = new ArrayList<>();
    bodyParts.add(ctx.compoundCommand());
    bodyParts.addAll(ctx.redirection());
    SourceRange range = span(ctx);
    SourceRange bodyRange =
        firstToken(ctx.compoundCommand()) == null
            ? new SourceRange(range.end(), range.end())
            : span(bodyParts.toArray(new ParseTree[0]));
    Command body =
        compound(ctx.compoundCommand(), redirections(ctx.redirection()), bodyRange)
            .orElseGet(() -> new BraceGroup(bodyRange, List.of(), List.of()));
    return new FunctionDefinition(range, name, body, ctx.FUNCTION() != null);
  }

  private List<CommandList> body(DoGroupContext ctx) {
    return ctx == null ? List.of() : sequence(ctx.sequence());
  }

  private SimpleCommand simpleCommand(SimpleCommandContext ctx) {
    List<Assignment> assignments = new ArrayList<>();
    List<ShellWord> commandWords = new ArrayList<>();
    List<Redirection> redirections = new ArrayList<>();
    collect(ctx, assignments, commandWords, redirections);
    return new SimpleCommand(span(ctx), assignments, commandWords, redirections);
  }

  /** The assignments, words and redirections of a simple command, in source order. */
  private void collect(
      ParserRuleContext ctx,
      List<Assignment> assignments,
      List<ShellWord> commandWords,
      List<Redirection> redirections) {
    if (ctx.children == null) {
      return;
    }
    for (ParseTree child : ctx.children) {
      if (child instanceof RedirectionContext r) {
        redirections.add(redirection(r));
      } else if (child instanceof ParserRuleContext rule) {
        collect(rule, assignments, commandWords, redirections);
      } else if (child instanceof TerminalNode node && isReal(node.getSymbol())) {
        Token t = node.getSymbol();
        if (t.getType() == PosixShellLexer.ASSIGNMENT_WORD && t instanceof ShellWordToken w) {
          assignments.add(words.assignment(w));
        } else if (t instanceof ShellWordToken w) {
          commandWords.add(words.word(w));
        }
      }
    }
  }

  private List<Redirection> redirections(List<RedirectionContext> contexts) {
    List<Redirection> out = new ArrayList<>(contexts.size());
    for (RedirectionContext r : contexts) {
      out.add(redirection(r));
    }
    return out;
  }

  private Redirection redirection(RedirectionContext ctx) {
    Token op = ctx.getStart();
    String text = op.getText();
    int digits = 0;
    while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
      digits++;
    }
    OptionalInt fd = OptionalInt.empty();
    if (digits > 0) {
      try {
        fd = OptionalInt.of(Integer.parseInt(text.substring(0, digits)));
      } catch (NumberFormatException e) {
        fd = OptionalInt.empty(); // more digits than an int holds: kept as written in the text
      }
    }
    RedirectionOperator operator = RedirectionOperator.of(text.substring(digits));
    SourceRange operatorRange = locator.range(op.getStartIndex(), op.getStopIndex() + 1);
    TerminalNode targetNode = ctx.WORD();
    Optional<ShellWord> target = word(targetNode);
    ShellWord targetWord =
        target.orElseGet(
            () -> {
              SourceRange at = locator.range(op.getStopIndex() + 1, op.getStopIndex() + 1);
              return new ShellWord("", at, List.of());
            });
    Optional<HereDocument> hereDocument = Optional.empty();
    if (operator.isHeredoc()
        && targetNode != null
        && targetNode.getSymbol() instanceof ShellWordToken w) {
      hereDocument = Optional.of(hereDocument(w, operator));
    }
    SourceRange range =
        target.isPresent()
            ? new SourceRange(operatorRange.start(), target.get().range().end())
            : operatorRange;
    return new Redirection(range, fd, operator, operatorRange, targetWord, hereDocument);
  }

  private HereDocument hereDocument(ShellWordToken word, RedirectionOperator operator) {
    ShellHeredoc heredoc = word.heredoc();
    boolean stripTabs = operator == RedirectionOperator.HEREDOC_STRIP_TABS;
    if (heredoc == null) {
      SourceRange end = locator.range(scriptEnd, scriptEnd);
      return new HereDocument(word.getText(), false, stripTabs, "", end, Optional.empty());
    }
    List<Token> lines = heredoc.lines();
    Token terminator = heredoc.terminator();
    if (lines.isEmpty() && terminator == null) {
      Heredoc external = parser.nextExternalBody();
      if (external != null) {
        boolean terminated = external.terminatorRange().length() > 0;
        return new HereDocument(
            heredoc.delimiter(),
            heredoc.quoted(),
            heredoc.stripTabs(),
            external.content(),
            external.bodyRange(),
            terminated ? Optional.of(external.terminatorRange()) : Optional.empty());
      }
    }
    StringBuilder body = new StringBuilder();
    for (Token line : lines) {
      body.append(line.getText());
    }
    SourceRange bodyRange;
    if (!lines.isEmpty()) {
      bodyRange =
          locator.range(
              lines.get(0).getStartIndex(), lines.get(lines.size() - 1).getStopIndex() + 1);
    } else if (terminator != null) {
      bodyRange = locator.range(terminator.getStartIndex(), terminator.getStartIndex());
    } else {
      bodyRange = locator.range(scriptEnd, scriptEnd);
    }
    Optional<SourceRange> terminatorRange = Optional.empty();
    if (terminator != null) {
      int stop = terminator.getStopIndex() + 1;
      String text = terminator.getText();
      while (stop > terminator.getStartIndex() && (text.endsWith("\n") || text.endsWith("\r"))) {
        stop--;
        text = text.substring(0, text.length() - 1);
      }
      terminatorRange = Optional.of(locator.range(terminator.getStartIndex(), stop));
    } else {
      parser.report(
          Diagnostic.warning(
              locator.range(word.getStartIndex(), word.getStopIndex() + 1),
              ShellCodes.UNTERMINATED_HEREDOC,
              "here-document ends at the end of the script, not at a line '"
                  + heredoc.delimiter()
                  + "'"));
    }
    return new HereDocument(
        heredoc.delimiter(),
        heredoc.quoted(),
        heredoc.stripTabs(),
        body.toString(),
        bodyRange,
        terminatorRange);
  }

  // ---- words and tokens ----------------------------------------------------------------------

  private Optional<ShellWord> word(TerminalNode node) {
    if (node == null || !(node.getSymbol() instanceof ShellWordToken w) || !isReal(w)) {
      return Optional.empty();
    }
    return Optional.of(words.word(w));
  }

  private ShellWord emptyWordAfter(TerminalNode node) {
    int at = node != null && isReal(node.getSymbol()) ? node.getSymbol().getStopIndex() + 1 : 0;
    return new ShellWord("", locator.range(at, at), List.of());
  }

  private String expression(TerminalNode node) {
    if (node == null || !(node.getSymbol() instanceof ShellGroupToken g)) {
      return "";
    }
    return WordBuilder.inner(g);
  }

  private Optional<ShellOperator> operator(Token t) {
    if (!isReal(t)) {
      return Optional.empty();
    }
    return Optional.of(
        new ShellOperator(t.getText(), locator.range(t.getStartIndex(), t.getStopIndex() + 1)));
  }

  private Optional<SourceRange> tokenRange(TerminalNode node) {
    Token t = node.getSymbol();
    return isReal(t)
        ? Optional.of(locator.range(t.getStartIndex(), t.getStopIndex() + 1))
        : Optional.empty();
  }

  /** A token from the input (not one ANTLR's recovery made up, not EOF). */
  static boolean isReal(Token t) {
    return t != null
        && t.getType() != Token.EOF
        && t.getStartIndex() >= 0
        && t.getStopIndex() >= t.getStartIndex();
  }

  /** A rule that matched its tokens without failing: its start and stop tokens bound it. */
  private static boolean isWhole(ParserRuleContext rule) {
    Token start = rule.getStart();
    Token stop = rule.getStop();
    return rule.exception == null
        && start != null
        && stop != null
        && stop.getTokenIndex() >= start.getTokenIndex();
  }

  /** A token a node may start or end with: a real one, and no line end around a body. */
  private static boolean isEdge(Token t) {
    return isReal(t) && t.getType() != PosixShellLexer.NEWLINE;
  }

  // ---- ranges --------------------------------------------------------------------------------

  /** From the first real token of the first tree to the last real token of the last one. */
  private SourceRange span(ParseTree... trees) {
    Token first = null;
    for (ParseTree t : trees) {
      first = t == null ? null : firstToken(t);
      if (first != null) {
        break;
      }
    }
    Token last = null;
    for (int i = trees.length - 1; i >= 0 && last == null; i--) {
      last = trees[i] == null ? null : lastToken(trees[i]);
    }
    if (first == null || last == null) {
      int at = emptyAt(trees);
      return locator.range(at, at);
    }
    return locator.range(
        first.getStartIndex(), Math.max(first.getStopIndex(), last.getStopIndex()) + 1);
  }

  private int emptyAt(ParseTree... trees) {
    for (ParseTree t : trees) {
      if (t instanceof ParserRuleContext rule && rule.getStart() != null) {
        return Math.min(Math.max(0, rule.getStart().getStartIndex()), scriptEnd);
      }
    }
    return scriptEnd;
  }

  private static Token firstToken(ParseTree tree) {
    if (tree == null) {
      return null;
    }
    if (tree instanceof ParserRuleContext rule && isWhole(rule) && isEdge(rule.getStart())) {
      return rule.getStart();
    }
    if (tree instanceof TerminalNode node) {
      return isEdge(node.getSymbol()) ? node.getSymbol() : null;
    }
    for (int i = 0; i < tree.getChildCount(); i++) {
      Token t = firstToken(tree.getChild(i));
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  private static Token lastToken(ParseTree tree) {
    if (tree instanceof ParserRuleContext rule && isWhole(rule) && isEdge(rule.getStop())) {
      return rule.getStop();
    }
    if (tree instanceof TerminalNode node) {
      return isEdge(node.getSymbol()) ? node.getSymbol() : null;
    }
    for (int i = tree.getChildCount() - 1; i >= 0; i--) {
      Token t = lastToken(tree.getChild(i));
      if (t != null) {
        return t;
      }
    }
    return null;
  }
}
