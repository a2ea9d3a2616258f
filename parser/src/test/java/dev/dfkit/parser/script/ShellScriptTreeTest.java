package dev.dfkit.parser.script;

import static dev.dfkit.parser.script.Scripts.only;
import static dev.dfkit.parser.script.Scripts.script;
import static dev.dfkit.parser.script.Scripts.simple;
import static dev.dfkit.parser.script.Scripts.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The structure of each shell construct (ranges are checked in ShellScriptRangeTest). */
class ShellScriptTreeTest {

  @Nested
  class Lists {

    @Test
    void newlinesSeparateCommandListsAndSemicolonsSeparateAndOrLists() {
      Script s = script("a; b & c\nd\n\n  e;\n");
      assertThat(s.lists()).hasSize(3);
      CommandList first = s.lists().get(0);
      assertThat(first.items()).hasSize(3);
      assertThat(first.items())
          .extracting(l -> l.terminator().map(ShellOperator::text).orElse("-"))
          .containsExactly(";", "&", "-");
      assertThat(first.items())
          .extracting(AndOrList::isBackground)
          .containsExactly(false, true, false);
      assertThat(s.lists().get(2).items().get(0).terminator())
          .map(ShellOperator::text)
          .hasValue(";");
    }

    @Test
    void andOrListsKeepTheirOperators() {
      AndOrList l = script("a && b || c").lists().get(0).items().get(0);
      assertThat(l.pipelines()).hasSize(3);
      assertThat(l.operators()).extracting(ShellOperator::text).containsExactly("&&", "||");
    }

    @Test
    void anOperatorAtTheEndOfALineContinuesOnTheNext() {
      AndOrList l = script("a &&\n\n b |\n c").lists().get(0).items().get(0);
      assertThat(l.pipelines()).hasSize(2);
      assertThat(l.pipelines().get(1).commands()).hasSize(2);
    }

    @Test
    void pipelinesMayBeNegatedAndUseBashPipeAmp() {
      Pipeline p = script("! a | b |& c").lists().get(0).items().get(0).pipelines().get(0);
      assertThat(p.isNegated()).isTrue();
      assertThat(p.commands()).hasSize(3);
      assertThat(p.operators()).extracting(ShellOperator::text).containsExactly("|", "|&");
    }

    @Test
    void anEmptyScriptHasNoCommands() {
      assertThat(script("").isEmpty()).isTrue();
      assertThat(script("\n  \n# only a comment\n").lists()).isEmpty();
    }
  }

  @Nested
  class SimpleCommands {

    @Test
    void assignmentsWordsAndRedirections() {
      SimpleCommand c = simple("A=1 B=\"x y\" C+=z cmd arg >out 2>&1 last");
      assertThat(c.assignments()).extracting(Assignment::name).containsExactly("A", "B", "C");
      assertThat(c.assignments())
          .extracting(Assignment::append)
          .containsExactly(false, false, true);
      assertThat(c.assignments())
          .extracting(a -> a.value().literalValue().orElseThrow())
          .containsExactly("1", "x y", "z");
      assertThat(c.assignments().get(1).value().text()).isEqualTo("\"x y\"");
      assertThat(c.name()).hasValue("cmd");
      assertThat(values(c.arguments())).containsExactly("arg", "last");
      assertThat(c.redirections())
          .extracting(Redirection::operator)
          .containsExactly(RedirectionOperator.OUTPUT, RedirectionOperator.DUPLICATE_OUTPUT);
      assertThat(c.redirections().get(1).fileDescriptor()).hasValue(2);
      assertThat(c.redirections().get(1).target().text()).isEqualTo("1");
    }

    @Test
    void anAssignmentAfterTheCommandNameIsAnArgument() {
      SimpleCommand c = simple("env A=1 make");
      assertThat(c.assignments()).isEmpty();
      assertThat(values(c.words())).containsExactly("env", "A=1", "make");
    }

    @Test
    void aCommandMayBeOnlyAssignmentsOrOnlyRedirections() {
      SimpleCommand assignments = simple("A=1 B=");
      assertThat(assignments.words()).isEmpty();
      assertThat(assignments.name()).isEmpty();
      assertThat(assignments.assignments().get(1).value().text()).isEmpty();
      SimpleCommand redirection = simple(">/tmp/x");
      assertThat(redirection.words()).isEmpty();
      assertThat(redirection.redirections()).hasSize(1);
    }

    @Test
    void redirectionsBeforeTheNameAndAssignmentsAfterThem() {
      SimpleCommand c = simple(">log A=1 2>/dev/null cmd");
      assertThat(c.assignments()).extracting(Assignment::name).containsExactly("A");
      assertThat(c.name()).hasValue("cmd");
      assertThat(c.redirections()).hasSize(2);
      assertThat(c.children())
          .extracting(n -> n.getClass().getSimpleName())
          .containsExactly("Redirection", "Assignment", "Redirection", "ShellWord");
    }

    @Test
    void theNameIsTheLiteralValueOfTheFirstWord() {
      assertThat(simple("\"apt-get\" update").name()).hasValue("apt-get");
      assertThat(simple("a\\pt-get update").name()).hasValue("apt-get");
      assertThat(simple("$APT update").name()).isEmpty();
      assertThat(simple("$APT update").nameWord().map(ShellWord::text)).hasValue("$APT");
    }

    @Test
    void bashArrayAssignments() {
      SimpleCommand c = simple("pkgs=(curl \"git lfs\"\n  jq) cmd");
      Assignment a = c.assignments().get(0);
      assertThat(a.name()).isEqualTo("pkgs");
      assertThat(a.value().parts()).singleElement().isInstanceOf(ArrayLiteral.class);
      ArrayLiteral array = (ArrayLiteral) a.value().parts().get(0);
      assertThat(values(array.elements())).containsExactly("curl", "git lfs", "jq");
      assertThat(c.name()).hasValue("cmd");
    }
  }

  @Nested
  class Redirections {

    @ParameterizedTest
    @CsvSource(
        delimiter = '#',
        quoteCharacter = '~',
        textBlock =
            """
            cmd <a       # INPUT                   #  # a
            cmd >a       # OUTPUT                  #  # a
            cmd >>a      # APPEND                  #  # a
            cmd <>a      # READ_WRITE              #  # a
            cmd >|a      # CLOBBER                 #  # a
            cmd <&0      # DUPLICATE_INPUT         #  # 0
            cmd >&2      # DUPLICATE_OUTPUT        #  # 2
            cmd 2>&-     # DUPLICATE_OUTPUT        # 2 # -
            cmd &>a      # OUTPUT_AND_ERROR        #  # a
            cmd &>>a     # APPEND_OUTPUT_AND_ERROR #  # a
            cmd <<<word  # HERESTRING              #  # word
            cmd 3<<<'w'  # HERESTRING              # 3 # 'w'
            cmd 10>x     # OUTPUT                  # 10 # x
            cmd > a      # OUTPUT                  #  # a
            """)
    void operatorsWithTheirDescriptorsAndTargets(
        String text, RedirectionOperator operator, Integer fd, String target) {
      Redirection r = simple(text).redirections().get(0);
      assertThat(r.operator()).isEqualTo(operator);
      assertThat(r.operator().symbol()).isNotEmpty();
      if (fd == null) {
        assertThat(r.fileDescriptor()).isEmpty();
      } else {
        assertThat(r.fileDescriptor()).hasValue(fd);
      }
      assertThat(r.target().text()).isEqualTo(target);
      assertThat(r.hereDocument()).isEmpty();
    }

    @Test
    void aHeredocBodyFollowsTheCommandLine() {
      Script s = script("cat <<EOF > /etc/x\nline $HOME\n\nEOF\necho next\n");
      SimpleCommand cat =
          (SimpleCommand) s.lists().get(0).items().get(0).pipelines().get(0).commands().get(0);
      HereDocument h = cat.redirections().get(0).hereDocument().orElseThrow();
      assertThat(h.delimiter()).isEqualTo("EOF");
      assertThat(h.quoted()).isFalse();
      assertThat(h.stripTabs()).isFalse();
      assertThat(h.body()).isEqualTo("line $HOME\n\n");
      assertThat(h.isTerminated()).isTrue();
      assertThat(cat.redirections().get(1).target().text()).isEqualTo("/etc/x");
      assertThat(s.lists()).hasSize(2);
      assertThat(
              ((SimpleCommand) s.lists().get(1).items().get(0).pipelines().get(0).commands().get(0))
                  .name())
          .hasValue("echo");
    }

    @Test
    void quotedDelimitersAndTabStripping() {
      Script s = script("cat <<-'E O' | cat <<\"X\"y\n\tbody\n\tE O\nsecond\nXy\n");
      Pipeline p = s.lists().get(0).items().get(0).pipelines().get(0);
      HereDocument first =
          ((SimpleCommand) p.commands().get(0)).redirections().get(0).hereDocument().orElseThrow();
      HereDocument second =
          ((SimpleCommand) p.commands().get(1)).redirections().get(0).hereDocument().orElseThrow();
      assertThat(first.delimiter()).isEqualTo("E O");
      assertThat(first.quoted()).isTrue();
      assertThat(first.stripTabs()).isTrue();
      assertThat(first.body()).isEqualTo("\tbody\n");
      assertThat(second.delimiter()).isEqualTo("Xy");
      assertThat(second.quoted()).isTrue();
      assertThat(second.body()).isEqualTo("second\n");
    }

    @Test
    void aLineContinuationInAnUnquotedBodyHidesTheDelimiter() {
      Script s = script("cat <<EOF\na \\\nEOF\nEOF\n");
      HereDocument h =
          ((SimpleCommand) s.lists().get(0).items().get(0).pipelines().get(0).commands().get(0))
              .redirections()
              .get(0)
              .hereDocument()
              .orElseThrow();
      assertThat(h.body()).isEqualTo("a \\\nEOF\n");
    }

    @Test
    void heredocsInsideACommandSubstitution() {
      SimpleCommand c = simple("x=$(cat <<EOF\n)\nEOF\n)");
      CommandSubstitution sub = (CommandSubstitution) c.assignments().get(0).value().parts().get(0);
      SimpleCommand cat =
          (SimpleCommand)
              sub.script().lists().get(0).items().get(0).pipelines().get(0).commands().get(0);
      assertThat(cat.redirections().get(0).hereDocument().orElseThrow().body()).isEqualTo(")\n");
    }
  }

  @Nested
  class Words {

    private List<WordPart> parts(String word) {
      return simple("cmd " + word).arguments().get(0).parts();
    }

    private String kinds(String word) {
      return parts(word).stream()
          .map(p -> p.getClass().getSimpleName())
          .collect(Collectors.joining(" "));
    }

    static Stream<Arguments> wordParts() {
      return Stream.of(
          arguments("plain", "Literal"),
          arguments("'single $x'", "SingleQuoted"),
          arguments("\"double\"", "DoubleQuoted"),
          arguments("$'ansi\\n'", "SingleQuoted"),
          arguments("a\\ b", "Literal"),
          arguments("$name", "ParameterExpansion"),
          arguments("${name:-x}", "ParameterExpansion"),
          arguments("$(cmd)", "CommandSubstitution"),
          arguments("`cmd`", "Backquote"),
          arguments("$((1 + 2))", "ArithmeticExpansion"),
          arguments("<(cmd)", "ProcessSubstitution"),
          arguments(
              "pre'q'\"d\"$v$(c)post",
              "Literal SingleQuoted DoubleQuoted ParameterExpansion CommandSubstitution Literal"),
          arguments("a$/b", "Literal"),
          arguments("\"a\"#b", "DoubleQuoted Literal"),
          arguments("~/bin/*.txt", "Literal"),
          arguments("{a,b}.conf", "Literal"));
    }

    @ParameterizedTest
    @MethodSource("wordParts")
    void partsOfAWord(String word, String kinds) {
      assertThat(kinds(word)).isEqualTo(kinds);
      assertThat(simple("cmd " + word).arguments().get(0).text()).isEqualTo(word);
    }

    static Stream<Arguments> literalValues() {
      return Stream.of(
          arguments("plain", "plain"),
          arguments("'a  b'", "a  b"),
          arguments("\"a \\\" \\$ \\\\ \\n b\"", "a \" $ \\ \\n b"),
          arguments("$'a\\tb\\x41\\''", "a\tbA'"),
          arguments("a\\ b\\c", "a bc"),
          arguments("\"x\"'y'z", "xyz"),
          arguments("~/bin/*", "~/bin/*"),
          arguments("\"\"", ""));
    }

    @ParameterizedTest
    @MethodSource("literalValues")
    void literalValuesAfterQuoteRemoval(String word, String value) {
      ShellWord w = simple("cmd " + word).arguments().get(0);
      assertThat(w.literalValue()).hasValue(value);
      assertThat(w.isLiteral()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        quoteCharacter = '~',
        textBlock =
            """
            $HOME       | HOME
            "${HOME}"   | HOME
            ${#PATH}    | PATH
            ${!prefix*} | prefix
            ${1:-x}     | 1
            $@          | @
            "$?"        | ?
            ${x%%.*}    | x
            """)
    void expansionsAreNotLiteral(String word, String name) {
      ShellWord w = simple("cmd " + word).arguments().get(0);
      assertThat(w.literalValue()).isEmpty();
      assertThat(w.isLiteral()).isFalse();
      ParameterExpansion p =
          (ParameterExpansion)
              Scripts.nodes(w).stream()
                  .filter(n -> n instanceof ParameterExpansion)
                  .findFirst()
                  .orElseThrow();
      assertThat(p.name()).isEqualTo(name);
    }

    @Test
    void braceExpansionsNestAndHoldQuotesAndSubstitutions() {
      ParameterExpansion p = (ParameterExpansion) parts("${a:-${b:-\"}\"}$(echo })}").get(0);
      assertThat(p.braced()).isTrue();
      assertThat(p.name()).isEqualTo("a");
      assertThat(p.parts())
          .extracting(n -> n.getClass().getSimpleName())
          .containsExactly("Literal", "ParameterExpansion", "CommandSubstitution");
    }

    @Test
    void doubleQuotesHoldExpansions() {
      DoubleQuoted dq = (DoubleQuoted) parts("\"v=${V} $(id -u) `pwd` $((1+1)) end\"").get(0);
      assertThat(dq.parts())
          .extracting(n -> n.getClass().getSimpleName())
          .containsExactly(
              "Literal",
              "ParameterExpansion",
              "Literal",
              "CommandSubstitution",
              "Literal",
              "Backquote",
              "Literal",
              "ArithmeticExpansion",
              "Literal");
    }

    @Test
    void commandSubstitutionsNestAndHoldWholeScripts() {
      CommandSubstitution outer =
          (CommandSubstitution)
              parts("\"$(dirname \"$(readlink -f \"$0\")\"; case x in a) echo ')';; esac)\"")
                  .get(0)
                  .children()
                  .get(0);
      Script inner = outer.script();
      assertThat(inner.lists().get(0).items()).hasSize(2);
      SimpleCommand dirname =
          (SimpleCommand) inner.lists().get(0).items().get(0).pipelines().get(0).commands().get(0);
      assertThat(dirname.name()).hasValue("dirname");
      assertThat(inner.lists().get(0).items().get(1).pipelines().get(0).commands().get(0))
          .isInstanceOf(CaseClause.class);
    }

    @Test
    void backquotesAreParsedAfterTheirEscapesAreRemoved() {
      Backquote bq = (Backquote) parts("`echo \\`date\\` \\$HOME`").get(0);
      SimpleCommand echo =
          (SimpleCommand)
              bq.script().lists().get(0).items().get(0).pipelines().get(0).commands().get(0);
      assertThat(echo.arguments()).hasSize(2);
      assertThat(echo.arguments().get(0).parts()).singleElement().isInstanceOf(Backquote.class);
      assertThat(echo.arguments().get(1).text()).isEqualTo("$HOME");
    }

    @Test
    void arithmeticKeepsItsExpressionAndExpansions() {
      ArithmeticExpansion a = (ArithmeticExpansion) parts("$(( (2 + $n) * $(nproc) ))").get(0);
      assertThat(a.expression()).isEqualTo(" (2 + $n) * $(nproc) ");
      assertThat(a.parts())
          .extracting(n -> n.getClass().getSimpleName())
          .containsExactly("ParameterExpansion", "CommandSubstitution");
    }

    @Test
    void aHashInsideAWordIsNoComment() {
      SimpleCommand c = simple("echo a#b ${x}#y \"q\"#z");
      assertThat(c.arguments())
          .extracting(ShellWord::text)
          .containsExactly("a#b", "${x}#y", "\"q\"#z");
    }

    @Test
    void aLineContinuationInsideAWordJoinsIt() {
      SimpleCommand c = simple("ec\\\nho a\\\nb \\\n c");
      assertThat(c.name()).hasValue("echo");
      assertThat(values(c.arguments())).containsExactly("ab", "c");
    }
  }

  @Nested
  class CompoundCommands {

    @Test
    void subshellsAndGroupsWithRedirections() {
      Subshell s = (Subshell) only("(cd /x && make) > log");
      assertThat(s.body()).hasSize(1);
      assertThat(s.redirections()).hasSize(1);
      BraceGroup g = (BraceGroup) only("{ echo a; echo b; } 2>&1");
      assertThat(g.body().get(0).items()).hasSize(2);
      assertThat(g.redirections()).hasSize(1);
    }

    @Test
    void ifWithElifAndElse() {
      IfClause i =
          (IfClause) only("if [ -f a ]; then\n  x\nelif test -d b\nthen y; z\nelse\n  w\nfi");
      assertThat(i.branches()).hasSize(2);
      assertThat(i.branches().get(1).body().get(0).items()).hasSize(2);
      assertThat(i.elseBody()).hasSize(1);
      assertThat(
              ((SimpleCommand)
                      i.branches()
                          .get(0)
                          .condition()
                          .get(0)
                          .items()
                          .get(0)
                          .pipelines()
                          .get(0)
                          .commands()
                          .get(0))
                  .name())
          .hasValue("[");
    }

    @Test
    void forLoops() {
      ForClause f = (ForClause) only("for x in a \"b c\" $d; do echo $x; done");
      assertThat(f.name()).isEqualTo("x");
      assertThat(f.items()).hasValueSatisfying(items -> assertThat(items).hasSize(3));
      assertThat(f.body()).hasSize(1);
      ForClause noIn = (ForClause) only("for arg\ndo echo $arg\ndone");
      assertThat(noIn.items()).isEmpty();
      ForClause doRightAway = (ForClause) only("for arg do :; done");
      assertThat(doRightAway.items()).isEmpty();
      ForClause inOnNextLine = (ForClause) only("for x\nin a b\ndo :; done");
      assertThat(inOnNextLine.items()).hasValueSatisfying(items -> assertThat(items).hasSize(2));
      ForClause empty = (ForClause) only("for x in; do :; done");
      assertThat(empty.items()).hasValue(List.of());
    }

    @Test
    void bashArithmeticForLoops() {
      ArithmeticForClause f =
          (ArithmeticForClause) only("for ((i = 0; i < 3; i++)); do echo $i; done");
      assertThat(f.expression()).isEqualTo("i = 0; i < 3; i++");
      assertThat(f.body()).hasSize(1);
    }

    @Test
    void whileAndUntil() {
      WhileClause w = (WhileClause) only("while read -r line; do echo \"$line\"; done < file");
      assertThat(w.until()).isFalse();
      assertThat(w.redirections()).hasSize(1);
      WhileClause u = (WhileClause) only("until curl -sf x; do sleep 1; done");
      assertThat(u.until()).isTrue();
    }

    @Test
    void caseWithPatternsAndTerminators() {
      CaseClause c =
          (CaseClause)
              only(
                  "case \"$arch\" in\n"
                      + "  amd64|x86_64) a=1 ;;\n"
                      + "  (arm64) a=2 ;&\n"
                      + "  in|if|do) ;;&\n"
                      + "  *) echo no; exit 1\n"
                      + "esac");
      assertThat(c.subject().text()).isEqualTo("\"$arch\"");
      assertThat(c.items()).hasSize(4);
      assertThat(values(c.items().get(0).patterns())).containsExactly("amd64", "x86_64");
      assertThat(values(c.items().get(2).patterns())).containsExactly("in", "if", "do");
      assertThat(c.items())
          .extracting(i -> i.terminator().map(ShellOperator::text).orElse("-"))
          .containsExactly(";;", ";&", ";;&", "-");
      assertThat(c.items().get(2).body()).isEmpty();
      assertThat(c.items().get(3).body().get(0).items()).hasSize(2);
    }

    @Test
    void anEmptyCase() {
      CaseClause c = (CaseClause) only("case x in esac");
      assertThat(c.items()).isEmpty();
    }

    @Test
    void functionDefinitions() {
      FunctionDefinition posix = (FunctionDefinition) only("retry() {\n  \"$@\" || \"$@\"\n}");
      assertThat(posix.name()).isEqualTo("retry");
      assertThat(posix.keyword()).isFalse();
      assertThat(posix.body()).isInstanceOf(BraceGroup.class);
      FunctionDefinition bash =
          (FunctionDefinition) only("function cleanup { rm -rf /tmp/x; } >&2");
      assertThat(bash.keyword()).isTrue();
      assertThat(bash.body().redirections()).hasSize(1);
      FunctionDefinition both = (FunctionDefinition) only("function f() ( cd /; )");
      assertThat(both.body()).isInstanceOf(Subshell.class);
    }

    @Test
    void doubleBracketTestsKeepTheirWords() {
      TestCommand t = (TestCommand) only("[[ -f $x && ( $y < 2 || $z =~ ^(a|b)$ ) ]]");
      assertThat(t.words())
          .extracting(ShellWord::text)
          .containsExactly("-f", "$x", "&&", "(", "$y", "<", "2", "||", "$z", "=~", "^(a|b)$", ")");
    }

    @Test
    void arithmeticCommands() {
      ArithmeticCommand a = (ArithmeticCommand) only("(( count += 2 ))");
      assertThat(a.expression()).isEqualTo(" count += 2 ");
    }

    @Test
    void reservedWordsFollowingAReservedWordOrAClosingParenthesis() {
      IfClause i = (IfClause) only("if (true) then { echo; } fi");
      assertThat(i.branches().get(0).body().get(0).items().get(0).pipelines().get(0).commands())
          .singleElement()
          .isInstanceOf(BraceGroup.class);
    }
  }

  @Nested
  class ReservedWords {

    @Test
    void areOnlyReservedInCommandPosition() {
      SimpleCommand c = simple("echo if then fi do done { } ! [[ case esac");
      assertThat(c.arguments()).hasSize(11);
    }

    @Test
    void aQuotedOrEscapedReservedWordIsACommand() {
      assertThat(simple("\"if\" x").name()).hasValue("if");
      assertThat(simple("\\if x").name()).hasValue("if");
    }

    @Test
    void forWordsMayLookLikeReservedWords() {
      ForClause f = (ForClause) only("for do in do done if; do :; done");
      assertThat(f.name()).isEqualTo("do");
      assertThat(values(f.items().orElseThrow())).containsExactly("do", "done", "if");
    }

    @Test
    void anAssignmentIsAWordWhenNotBeforeTheCommand() {
      Script s = script("if x=1; then y=2 cmd z=3; fi");
      IfClause i = (IfClause) s.lists().get(0).items().get(0).pipelines().get(0).commands().get(0);
      SimpleCommand cmd =
          (SimpleCommand)
              i.branches().get(0).body().get(0).items().get(0).pipelines().get(0).commands().get(0);
      assertThat(cmd.assignments()).extracting(Assignment::name).containsExactly("y");
      assertThat(values(cmd.words())).containsExactly("cmd", "z=3");
    }
  }

  @Nested
  class Comments {

    @Test
    void areKeptWithTheirText() {
      Script s = script("# first\necho a # trailing\n  # indented\necho '#not' a#b\n");
      assertThat(s.comments())
          .extracting(ShellComment::text)
          .containsExactly("# first", "# trailing", "# indented");
      assertThat(s.lists()).hasSize(2);
    }

    @Test
    void insideASubstitutionBelongToItsScript() {
      SimpleCommand c = simple("x=$(\n  # it's a comment\n  echo hi\n)");
      CommandSubstitution sub = (CommandSubstitution) c.assignments().get(0).value().parts().get(0);
      assertThat(sub.script().comments())
          .extracting(ShellComment::text)
          .containsExactly("# it's a comment");
      assertThat(sub.script().lists()).hasSize(1);
    }
  }

  @Nested
  class Walking {

    @Test
    void everySimpleCommandWithItsContext() {
      Script s =
          script(
              "cd /a && (cd /b; make) | tee log\n"
                  + "v=\"$(apt-mark showmanual)\"\n"
                  + "f() { for x in 1; do sudo id; done; }");
      List<CommandSite> sites = s.simpleCommands();
      assertThat(sites)
          .extracting(site -> site.command().name().orElse("-"))
          .containsExactly("cd", "cd", "make", "tee", "-", "apt-mark", "sudo");
      assertThat(sites)
          .extracting(CommandSite::inSubshell)
          .containsExactly(false, true, true, true, false, true, false);
      assertThat(sites.get(5).inCommandSubstitution()).isTrue();
      assertThat(sites.get(6).inFunction()).isTrue();
      assertThat(sites.get(6).inLoop()).isTrue();
      assertThat(sites.get(0).andOrList().orElseThrow().operators()).hasSize(1);
      assertThat(sites.get(3).pipeline().orElseThrow().commands()).hasSize(2);
    }

    @Test
    void aVisitorSeesEveryKindOfCommand() {
      Script s =
          script(
              "a; (b); { c; }; if d; then :; fi; for e in 1; do :; done; for ((;;)); do :; done;"
                  + " while f; do :; done; case g in h) ;; esac; i() { :; }; [[ j ]]; (( k ))");
      ShellVisitor<String, Void> names = new KindNames();
      assertThat(s.lists().get(0).items())
          .extracting(l -> l.pipelines().get(0).commands().get(0).accept(names, null))
          .containsExactly(
              "simple",
              "subshell",
              "group",
              "if",
              "for",
              "arithmetic-for",
              "while",
              "case",
              "function",
              "test",
              "arithmetic");
    }
  }

  @Test
  void tokensListEveryWordAndOperatorInOrder() {
    Script s = script("A=1 cmd 2>&1 | x && if y; then z; fi # c\n");
    assertThat(s.tokens())
        .extracting(t -> t.kind() + ":" + t.text())
        .containsExactly(
            "ASSIGNMENT:A=1",
            "WORD:cmd",
            "REDIRECTION:2>&",
            "WORD:1",
            "OPERATOR:|",
            "WORD:x",
            "OPERATOR:&&",
            "RESERVED_WORD:if",
            "WORD:y",
            "OPERATOR:;",
            "RESERVED_WORD:then",
            "WORD:z",
            "OPERATOR:;",
            "RESERVED_WORD:fi",
            "COMMENT:# c",
            "NEWLINE:\n");
  }

  @Test
  void heredocTokens() {
    Script s = script("cat <<A <<-B\na\nA\n\tb\n\tB\necho\n");
    assertThat(s.tokens())
        .extracting(t -> t.kind() + ":" + t.text())
        .containsExactly(
            "WORD:cat",
            "REDIRECTION:<<",
            "WORD:A",
            "REDIRECTION:<<-",
            "WORD:B",
            "NEWLINE:\n",
            "HEREDOC_BODY:a\n",
            "HEREDOC_DELIMITER:A",
            "NEWLINE:\n",
            "HEREDOC_BODY:\tb\n",
            "HEREDOC_DELIMITER:\tB",
            "NEWLINE:\n",
            "WORD:echo",
            "NEWLINE:\n");
  }

  private static final class KindNames implements ShellVisitor<String, Void> {
    @Override
    public String visitSimpleCommand(SimpleCommand command, Void context) {
      return "simple";
    }

    @Override
    public String visitSubshell(Subshell command, Void context) {
      return "subshell";
    }

    @Override
    public String visitBraceGroup(BraceGroup command, Void context) {
      return "group";
    }

    @Override
    public String visitIfClause(IfClause command, Void context) {
      return "if";
    }

    @Override
    public String visitForClause(ForClause command, Void context) {
      return "for";
    }

    @Override
    public String visitArithmeticForClause(ArithmeticForClause command, Void context) {
      return "arithmetic-for";
    }

    @Override
    public String visitWhileClause(WhileClause command, Void context) {
      return "while";
    }

    @Override
    public String visitCaseClause(CaseClause command, Void context) {
      return "case";
    }

    @Override
    public String visitFunctionDefinition(FunctionDefinition command, Void context) {
      return "function";
    }

    @Override
    public String visitTestCommand(TestCommand command, Void context) {
      return "test";
    }

    @Override
    public String visitArithmeticCommand(ArithmeticCommand command, Void context) {
      return "arithmetic";
    }
  }
}
