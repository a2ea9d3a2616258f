package dev.dfkit.ls.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.services.DiagnosticsService;
import dev.dfkit.ls.services.DiagnosticsSettings;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;

class EditRehearsalTest {

  @Test
  void itLintsTheEditsItWasAllowedAndTouchesNoFile() {
    EditRehearsal r =
        new EditRehearsal(EditRehearsal.standardSample(), () -> false, 60, TimeUnit.SECONDS, 12);
    r.run();
    assertThat(r.edits()).isEqualTo(12);
    // an untitled document: no configuration file, no build context is read for it
    assertThat(new DockerfileDocument(EditRehearsal.URI, 0, "").path()).isEmpty();
  }

  @Test
  void theSampleHasFindingsToBuildAndRunScriptsToParse() {
    String sample = EditRehearsal.standardSample();
    var found =
        new DiagnosticsService()
            .diagnostics(
                new DockerfileDocument(EditRehearsal.URI, 0, sample),
                DiagnosticsSettings.DEFAULT,
                () -> {});
    assertThat(found).hasSizeGreaterThan(10);
    assertThat(sample.lines().filter(l -> l.startsWith("FROM ")).count()).isGreaterThan(2);
  }

  @Test
  void aSpentBudgetStopsItBeforeTheFirstEdit() {
    EditRehearsal r =
        new EditRehearsal(EditRehearsal.standardSample(), () -> false, 0, TimeUnit.SECONDS, 100);
    r.run();
    assertThat(r.edits()).isZero();
  }

  @Test
  void itWaitsWhileRealWorkRunsAndStopsWhenAsked() throws Exception {
    AtomicBoolean busy = new AtomicBoolean(true);
    EditRehearsal r =
        new EditRehearsal(
            EditRehearsal.standardSample(), busy::get, 60, TimeUnit.SECONDS, 1_000_000);
    Thread t = new Thread(r);
    t.start();
    Thread.sleep(300);
    assertThat(r.edits()).as("no edit while busy").isZero();
    busy.set(false);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (r.edits() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(r.edits()).as("edits once idle").isPositive();
    r.stop();
    t.join(TimeUnit.SECONDS.toMillis(30));
    assertThat(t.isAlive()).as("stopped").isFalse();
    int after = r.edits();
    Thread.sleep(50);
    assertThat(r.edits()).isEqualTo(after);
  }

  @Test
  void theServersRehearsalPublishesNothingAndLeavesRealDiagnosticsAsTheyWere() throws Exception {
    try (ProtocolHarness h = new ProtocolHarness()) {
      h.initialize(new ClientCapabilities());
      EditRehearsal r = h.server.rehearsal();
      assertThat(r).isNotNull();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      int seen = -1;
      // finished once its count stops moving (budget or edit limit reached)
      while (System.nanoTime() < deadline && seen != r.edits()) {
        seen = r.edits();
        Thread.sleep(500);
      }
      assertThat(r.edits()).isPositive();
      assertThat(h.client.diagnostics).as("nothing published").isEmpty();

      String uri = "untitled:Dockerfile";
      String text = EditRehearsal.standardSample();
      h.open(uri, text);
      PublishDiagnosticsParams published = h.client.next(uri);
      var fresh =
          new DiagnosticsService()
              .diagnostics(
                  new DockerfileDocument(uri, 1, text), DiagnosticsSettings.DEFAULT, () -> {});
      assertThat(published.getDiagnostics()).isEqualTo(fresh);
    }
  }
}
