package dev.dfkit.ls.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DiagnosticsDebouncerTest {
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final ExecutorService workers = Executors.newFixedThreadPool(4);
  private final DiagnosticsDebouncer debouncer = new DiagnosticsDebouncer(timer, workers);

  @AfterEach
  void stop() {
    timer.shutdownNow();
    workers.shutdownNow();
  }

  @Test
  void changesDuringALintWaitForItAndOnlyTheLatestRuns() throws Exception {
    List<String> events = new CopyOnWriteArrayList<>();
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    CountDownLatch lastDone = new CountDownLatch(1);
    debouncer.schedule(
        "a",
        0,
        latest -> {
          events.add("v1 start");
          firstStarted.countDown();
          await(releaseFirst);
          events.add("v1 end, latest=" + latest.getAsBoolean());
        });
    assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
    debouncer.schedule("a", 0, latest -> events.add("v2"));
    debouncer.schedule(
        "a",
        0,
        latest -> {
          events.add("v3, latest=" + latest.getAsBoolean());
          lastDone.countDown();
        });
    Thread.sleep(50); // v3 must not start while v1 runs
    assertThat(events).containsExactly("v1 start");
    releaseFirst.countDown();
    assertThat(lastDone.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(events).containsExactly("v1 start", "v1 end, latest=false", "v3, latest=true");
  }

  @Test
  void documentsDoNotWaitForEachOther() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch otherRan = new CountDownLatch(1);
    debouncer.schedule("a", 0, latest -> await(release));
    debouncer.schedule("b", 0, latest -> otherRan.countDown());
    assertThat(otherRan.await(5, TimeUnit.SECONDS)).isTrue();
    release.countDown();
  }

  @Test
  void aDelayRestartsWithEachChangeAndACancelDropsTheWaitingRun() throws Exception {
    List<String> events = new CopyOnWriteArrayList<>();
    CountDownLatch ran = new CountDownLatch(1);
    debouncer.schedule("a", 100, latest -> events.add("v1"));
    debouncer.schedule(
        "a",
        100,
        latest -> {
          events.add("v2");
          ran.countDown();
        });
    assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
    debouncer.schedule("a", 100, latest -> events.add("v3"));
    debouncer.cancel("a");
    Thread.sleep(250);
    assertThat(events).containsExactly("v2");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
