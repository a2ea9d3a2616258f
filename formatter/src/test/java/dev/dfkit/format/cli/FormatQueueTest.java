package dev.dfkit.format.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dfkit.cli.SourceInput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class FormatQueueTest {

  private static List<SourceInput> inputs(String... names) {
    List<SourceInput> out = new ArrayList<>();
    for (String n : names) {
      out.add(SourceInput.of(n));
    }
    return out;
  }

  @Test
  void resultsComeBackInTheOrderGivenWhateverFinishesFirst() {
    List<SourceInput> in = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      in.add(SourceInput.of("f" + i));
    }
    List<String> got = new ArrayList<>();
    try (FormatQueue<String> q =
        new FormatQueue<>(
            in,
            input -> {
              int n = Integer.parseInt(input.name().substring(1));
              sleep(n % 4 == 0 ? 20 : 0); // early inputs are slow: later ones finish first
              return input.name();
            },
            false)) {
      for (int i = 0; i < in.size(); i++) {
        got.add(q.next());
      }
      assertThatThrownBy(q::next).isInstanceOf(IllegalStateException.class);
    }
    assertThat(got).containsExactlyElementsOf(in.stream().map(SourceInput::name).toList());
  }

  @Test
  void standardInputIsReadOnTheCallersThread() {
    Thread caller = Thread.currentThread();
    Set<String> onCaller = ConcurrentHashMap.newKeySet();
    try (FormatQueue<String> q =
        new FormatQueue<>(
            inputs("a", "-", "b", "c"),
            input -> {
              if (Thread.currentThread() == caller) {
                onCaller.add(input.name());
              }
              return input.name();
            },
            false)) {
      assertThat(List.of(q.next(), q.next(), q.next(), q.next()))
          .containsExactly("a", "-", "b", "c");
    }
    assertThat(onCaller).contains("-");
  }

  @Test
  void sequentialRunsEverythingOnTheCallersThread() {
    Thread caller = Thread.currentThread();
    try (FormatQueue<Thread> q =
        new FormatQueue<>(inputs("a", "b", "c"), input -> Thread.currentThread(), true)) {
      assertThat(List.of(q.next(), q.next(), q.next())).containsOnly(caller);
    }
  }

  @Test
  void aFileNamedTwiceIsSeenThroughDifferentSpellings() {
    Path a = Path.of("x", "Dockerfile");
    assertThat(FormatQueue.namesAFileTwice(inputs(a.toString(), "x/./Dockerfile"))).isTrue();
    assertThat(FormatQueue.namesAFileTwice(inputs(a.toString(), "y/Dockerfile", "-", "-")))
        .isFalse();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
