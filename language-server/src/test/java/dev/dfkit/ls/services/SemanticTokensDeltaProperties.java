package dev.dfkit.ls.services;

import static dev.dfkit.ls.services.NavAssert.NEVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.ls.document.DockerfileDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensDelta;
import org.eclipse.lsp4j.SemanticTokensEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** A delta applied to the previous result gives exactly the new full result. */
class SemanticTokensDeltaProperties {

  private static final String BASE =
      "# syntax=docker/dockerfile:1\nARG V=1\nFROM alpine:$V AS build\nENV A=1 B=\"x $A\"\n"
          + "RUN --mount=type=cache,target=/c echo \"$A\" && ls | wc -l\n"
          + "FROM build\nCOPY --from=build <<EOF /f\n$B\nEOF\nLABEL k=v\n";

  private static final String[] SNIPPETS = {
    "\n",
    " ",
    "$",
    "${A}",
    "\"",
    "'",
    "ARG X=2\n",
    "FROM scratch AS s\n",
    "RUN <<EOF\n",
    "EOF\n",
    "\\\n",
    "--from=0 ",
    "ENV A=3\n",
    "# c\n",
    "&&",
    "=",
  };

  record Edit(double at, int delete, int snippet) {}

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Edit> edit =
        Combinators.combine(
                Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(0, SNIPPETS.length - 1))
            .as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(6);
  }

  @Property(tries = 300)
  void deltaAppliedToThePreviousDataGivesTheNewData(@ForAll("edits") List<Edit> edits) {
    SemanticTokensService service = new SemanticTokensService();
    String text = BASE;
    SemanticTokens previous = service.full(new DockerfileDocument("u", 0, text), NEVER);
    int version = 1;
    for (Edit e : edits) {
      int at = (int) (e.at() * text.length());
      int end = Math.min(text.length(), at + e.delete());
      text = text.substring(0, at) + SNIPPETS[e.snippet()] + text.substring(end);
      DockerfileDocument doc = new DockerfileDocument("u", version++, text);
      Either<SemanticTokens, SemanticTokensDelta> d =
          service.delta(doc, previous.getResultId(), NEVER);
      assertThat(d.isRight()).isTrue();
      List<Integer> expected = new SemanticTokensService().full(doc, NEVER).getData();
      assertThat(apply(previous.getData(), d.getRight().getEdits())).isEqualTo(expected);
      previous = new SemanticTokens(d.getRight().getResultId(), expected);
    }
  }

  @Property(tries = 300)
  void diffOfAnyTwoArrays(
      @ForAll("ints") List<Integer> before, @ForAll("ints") List<Integer> after) {
    int[] b = before.stream().mapToInt(Integer::intValue).toArray();
    int[] a = after.stream().mapToInt(Integer::intValue).toArray();
    assertThat(apply(before, SemanticTokensService.diff(b, a))).isEqualTo(after);
  }

  @Provide
  Arbitrary<List<Integer>> ints() {
    return Arbitraries.integers().between(0, 3).list().ofMaxSize(20);
  }

  /** Applies LSP semantic-token edits (offsets into the old array; applied from the back). */
  static List<Integer> apply(List<Integer> data, List<SemanticTokensEdit> edits) {
    List<Integer> out = new ArrayList<>(data);
    List<SemanticTokensEdit> ordered = new ArrayList<>(edits);
    ordered.sort(Comparator.comparingInt(SemanticTokensEdit::getStart).reversed());
    for (SemanticTokensEdit e : ordered) {
      List<Integer> tail =
          new ArrayList<>(out.subList(e.getStart() + e.getDeleteCount(), out.size()));
      out.subList(e.getStart(), out.size()).clear();
      if (e.getData() != null) {
        out.addAll(e.getData());
      }
      out.addAll(tail);
    }
    return out;
  }
}
