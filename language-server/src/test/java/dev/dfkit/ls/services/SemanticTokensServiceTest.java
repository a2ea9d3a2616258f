package dev.dfkit.ls.services;

import static dev.dfkit.ls.services.NavAssert.NEVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.ls.document.DockerfileDocument;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensDelta;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

class SemanticTokensServiceTest {

  /** One decoded token: absolute line and column, length, type name, modifier names. */
  record Tok(int line, int col, int len, String type, List<String> mods) {
    @Override
    public String toString() {
      return line + ":" + col + "+" + len + " " + type + (mods.isEmpty() ? "" : " " + mods);
    }
  }

  static Tok t(int line, int col, int len, String type, String... mods) {
    return new Tok(line, col, len, type, List.of(mods));
  }

  /** Undoes LSP's relative encoding. */
  static List<Tok> decode(List<Integer> data) {
    assertThat(data.size() % 5).isZero();
    List<Tok> out = new ArrayList<>();
    int line = 0;
    int col = 0;
    for (int i = 0; i < data.size(); i += 5) {
      int dl = data.get(i);
      line += dl;
      col = dl == 0 ? col + data.get(i + 1) : data.get(i + 1);
      List<String> mods = new ArrayList<>();
      for (int b = 0; b < SemanticTokensService.TOKEN_MODIFIERS.size(); b++) {
        if ((data.get(i + 4) & (1 << b)) != 0) {
          mods.add(SemanticTokensService.TOKEN_MODIFIERS.get(b));
        }
      }
      out.add(
          new Tok(
              line,
              col,
              data.get(i + 2),
              SemanticTokensService.TOKEN_TYPES.get(data.get(i + 3)),
              mods));
    }
    return out;
  }

  private static final String SAMPLE =
      "# syntax=docker/dockerfile:1\n"
          + "ARG V=1\n"
          + "FROM alpine:$V AS build\n"
          + "COPY --from=build /a /b\n"
          + "RUN echo \"hi $V\" && true\n"
          + "# done\n";

  @Test
  void fullTokensDecodeToTheExpectedTuples() {
    SemanticTokens tokens =
        new SemanticTokensService().full(new DockerfileDocument("u", 1, SAMPLE), NEVER);
    assertThat(decode(tokens.getData()))
        .containsExactly(
            t(0, 0, 28, "macro"),
            t(1, 0, 3, "keyword"),
            t(1, 4, 1, "variable", "declaration", "definition", "readonly"),
            t(1, 5, 1, "operator"),
            t(2, 0, 4, "keyword"),
            t(2, 5, 6, "type"),
            t(2, 11, 1, "operator"),
            t(2, 12, 2, "variable", "readonly"),
            t(2, 15, 2, "keyword"),
            t(2, 18, 5, "class", "declaration", "definition"),
            t(3, 0, 4, "keyword"),
            t(3, 5, 6, "parameter"),
            t(3, 11, 1, "operator"),
            t(3, 12, 5, "class"),
            t(4, 0, 3, "keyword"),
            // the global V is not visible in the stage: a plain variable, splitting the string
            t(4, 9, 4, "string"),
            t(4, 13, 2, "variable"),
            t(4, 15, 1, "string"),
            t(4, 17, 2, "operator"),
            t(5, 0, 6, "comment"));
  }

  @Test
  void heredocsFlagsAndPredefinedVariables() {
    String text =
        "FROM --platform=$BUILDPLATFORM alpine\n"
            + "RUN --network=none <<EOF\n"
            + "echo $X ${Y}\n"
            + "EOF\n"
            + "COPY --from=0 <<-X /f\n";
    List<Tok> toks =
        decode(
            new SemanticTokensService()
                .full(new DockerfileDocument("u", 1, text), NEVER)
                .getData());
    assertThat(toks)
        .contains(
            t(0, 5, 10, "parameter"),
            t(0, 16, 14, "variable", "readonly", "defaultLibrary"),
            t(1, 4, 9, "parameter"),
            t(1, 14, 4, "enumMember"),
            t(1, 19, 2, "operator"),
            t(1, 21, 3, "decorator", "declaration"),
            t(2, 0, 5, "string"),
            t(2, 5, 2, "variable"),
            t(2, 8, 4, "variable"),
            t(3, 0, 3, "decorator"),
            t(4, 12, 1, "number"));
  }

  @Test
  void baseImagesSplitIntoRegistryRepositoryTagAndDigest() {
    String digest = "sha256:" + "a".repeat(64);
    String text =
        "ARG REG=ghcr.io\n"
            + "FROM ghcr.io/owner/app:1.2@"
            + digest
            + " AS build\n"
            + "FROM localhost:5000/tools\n"
            + "FROM build\n"
            + "FROM scratch\n"
            + "FROM ${REG}/img:${V:-1}\n";
    List<Tok> toks =
        decode(
            new SemanticTokensService()
                .full(new DockerfileDocument("u", 1, text), NEVER)
                .getData());
    assertThat(toks.stream().filter(x -> x.line() >= 1 && x.col() > 0).toList())
        .containsExactly(
            t(1, 5, 7, "namespace"),
            t(1, 13, 9, "type"),
            t(1, 22, 1, "operator"),
            t(1, 23, 3, "label"),
            t(1, 26, 1, "operator"),
            t(1, 27, 71, "number"),
            t(1, 99, 2, "keyword"),
            t(1, 102, 5, "class", "declaration", "definition"),
            t(2, 5, 14, "namespace"),
            t(2, 20, 5, "type"),
            // a stage used as the base image is the stage, not an image
            t(3, 5, 5, "class"),
            t(4, 5, 7, "type", "defaultLibrary"),
            // variables keep their own tokens inside the reference
            t(5, 5, 6, "variable", "readonly"),
            t(5, 11, 4, "type"), // "/img": ${REG} is not known to be a registry
            t(5, 15, 1, "operator"),
            t(5, 16, 3, "variable"),
            t(5, 19, 4, "label")); // ":-1}" of ${V:-1}, the tag as written
  }

  @Test
  void aRangeGivesOnlyItsTokensWithAbsoluteLines() {
    SemanticTokensService service = new SemanticTokensService();
    DockerfileDocument doc = new DockerfileDocument("u", 1, SAMPLE);
    List<Tok> all = decode(service.full(doc, NEVER).getData());
    SemanticTokens range =
        service.range(doc, new Range(new Position(2, 0), new Position(3, 100)), NEVER);
    assertThat(decode(range.getData()))
        .containsExactlyElementsOf(
            all.stream().filter(x -> x.line() == 2 || x.line() == 3).toList());
  }

  @Test
  void deltaAgainstTheLastResultOrFullWhenUnknown() {
    SemanticTokensService service = new SemanticTokensService();
    SemanticTokens first = service.full(new DockerfileDocument("u", 1, SAMPLE), NEVER);
    DockerfileDocument v2 = new DockerfileDocument("u", 2, SAMPLE.replace("RUN echo", "RUN  echo"));
    Either<SemanticTokens, SemanticTokensDelta> d = service.delta(v2, first.getResultId(), NEVER);
    assertThat(d.isRight()).isTrue();
    assertThat(d.getRight().getEdits()).hasSize(1);
    List<Integer> applied =
        SemanticTokensDeltaProperties.apply(first.getData(), d.getRight().getEdits());
    assertThat(applied).isEqualTo(new SemanticTokensService().full(v2, NEVER).getData());
    // A stale id gets everything.
    assertThat(service.delta(v2, first.getResultId(), NEVER).isLeft()).isTrue();
  }
}
