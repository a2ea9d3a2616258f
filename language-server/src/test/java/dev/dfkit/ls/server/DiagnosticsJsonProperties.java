package dev.dfkit.ls.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** dfls writes diagnostics as the same JSON as lsp4j's own Gson, and reads them back alike. */
class DiagnosticsJsonProperties {

  private static final Gson LSP4J =
      new MessageJsonHandler(Map.of()).getDefaultGsonBuilder().create();
  private static final Gson DFLS =
      new MessageJsonHandler(Map.of())
          .getDefaultGsonBuilder()
          .registerTypeAdapterFactory(new DiagnosticsJson())
          .create();

  @Property
  void publishIsTheSameJson(
      @ForAll("diagnostics") List<Diagnostic> list,
      @ForAll("text") String uri,
      @ForAll boolean withVersion) {
    PublishDiagnosticsParams p =
        withVersion
            ? new PublishDiagnosticsParams(uri, list, list.size())
            : new PublishDiagnosticsParams(uri, list);
    assertThat(JsonParser.parseString(DFLS.toJson(p)))
        .isEqualTo(JsonParser.parseString(LSP4J.toJson(p)));
    assertThat(DFLS.fromJson(DFLS.toJson(p), PublishDiagnosticsParams.class)).isEqualTo(p);
  }

  /**
   * A document's next publish repeats some of the very diagnostic objects of the last (those an
   * edit kept), whose JSON is remembered: still Gson's JSON, with new diagnostics among them.
   */
  @Property
  void aPublishRepeatingEarlierDiagnosticsIsTheSameJson(
      @ForAll("diagnostics") List<Diagnostic> first,
      @ForAll("diagnostics") List<Diagnostic> added,
      @ForAll("text") String uri,
      @ForAll java.util.Random random) {
    PublishDiagnosticsParams p = new PublishDiagnosticsParams(uri, first, 1);
    assertThat(JsonParser.parseString(DFLS.toJson(p)))
        .isEqualTo(JsonParser.parseString(LSP4J.toJson(p)));
    List<Diagnostic> next = new java.util.ArrayList<>(first);
    for (Diagnostic d : added) {
      next.add(random.nextInt(next.size() + 1), d);
    }
    if (!next.isEmpty() && random.nextBoolean()) {
      next.remove(random.nextInt(next.size()));
    }
    PublishDiagnosticsParams q = new PublishDiagnosticsParams(uri, next, 2);
    assertThat(JsonParser.parseString(DFLS.toJson(q)))
        .isEqualTo(JsonParser.parseString(LSP4J.toJson(q)));
  }

  @Property
  void pulledReportIsTheSameJson(@ForAll("diagnostics") List<Diagnostic> list) {
    var report = new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(list));
    assertThat(JsonParser.parseString(DFLS.toJson(report)))
        .isEqualTo(JsonParser.parseString(LSP4J.toJson(report)));
  }

  @Property
  void readsDiagnosticsAsLsp4jDoes(@ForAll("diagnostic") Diagnostic d) {
    String json = LSP4J.toJson(d);
    assertThat(DFLS.fromJson(json, Diagnostic.class))
        .isEqualTo(LSP4J.fromJson(json, Diagnostic.class));
  }

  @Provide
  Arbitrary<List<Diagnostic>> diagnostics() {
    return diagnostic().list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<String> text() {
    // quotes, backslashes, control and HTML characters all need escaping
    return Arbitraries.strings()
        .withChars("ab \"\\<>&='\n\t\u0001é€")
        .withCharRange('\u2028', '\u2029')
        .ofMaxLength(12);
  }

  @Provide
  Arbitrary<Diagnostic> diagnostic() {
    Arbitrary<Range> range = range();
    Arbitrary<DiagnosticSeverity> severity =
        Arbitraries.of(DiagnosticSeverity.class).injectNull(0.2);
    Arbitrary<Either<String, Integer>> code =
        Arbitraries.oneOf(
                text().map(Either::<String, Integer>forLeft),
                Arbitraries.integers().map(Either::<String, Integer>forRight))
            .injectNull(0.3);
    Arbitrary<DiagnosticCodeDescription> docs =
        text().map(DiagnosticCodeDescription::new).injectNull(0.3);
    Arbitrary<List<DiagnosticTag>> tags =
        Arbitraries.of(DiagnosticTag.class).list().ofMaxSize(2).injectNull(0.5);
    Arbitrary<List<DiagnosticRelatedInformation>> related =
        Combinators.combine(text(), range, text())
            .as((u, r, m) -> new DiagnosticRelatedInformation(new Location(u, r), m))
            .list()
            .ofMaxSize(2)
            .injectNull(0.5);
    Arbitrary<Object> data =
        Arbitraries.oneOf(
                text().map(s -> (Object) JsonParser.parseString(LSP4J.toJson(s))),
                text()
                    .map(
                        s -> {
                          JsonObject o = new JsonObject();
                          o.addProperty("fix", s);
                          o.addProperty("n", s.length());
                          return (Object) o;
                        }))
            .injectNull(0.5);
    Arbitrary<Tuple3<List<DiagnosticTag>, List<DiagnosticRelatedInformation>, Object>> extras =
        Combinators.combine(tags, related, data).as(Tuple::of);
    return Combinators.combine(range, severity, code, docs, text(), text().injectNull(0.2), extras)
        .as(
            (r, s, c, doc, message, source, x) -> {
              Diagnostic d = new Diagnostic(r, message, s, source);
              d.setCode(c);
              d.setCodeDescription(doc);
              d.setTags(x.get1());
              d.setRelatedInformation(x.get2());
              d.setData(x.get3());
              return d;
            });
  }

  private static Arbitrary<Range> range() {
    Arbitrary<Position> position =
        Combinators.combine(
                Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 1000))
            .as(Position::new);
    return Combinators.combine(position, position).as(Range::new);
  }
}
