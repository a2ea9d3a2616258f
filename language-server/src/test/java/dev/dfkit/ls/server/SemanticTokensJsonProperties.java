package dev.dfkit.ls.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.dfkit.ls.services.TokenData;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.eclipse.lsp4j.SemanticTokens;

/** dfls writes semantic tokens exactly as Gson would, only from the text cached in TokenData. */
class SemanticTokensJsonProperties {

  private static final Gson PLAIN = new Gson();
  private static final Gson DFLS =
      new GsonBuilder()
          .registerTypeAdapter(SemanticTokens.class, new SemanticTokensJson())
          .create();

  @Property
  void sameJsonAsGsonsOwn(@ForAll int[] data, @ForAll boolean withId, @ForAll boolean cached) {
    List<Integer> plain = new ArrayList<>(TokenData.of(data));
    String id = withId ? "7" : null;
    SemanticTokens ours = new SemanticTokens(id, cached ? TokenData.of(data) : plain);
    assertThat(DFLS.toJson(ours)).isEqualTo(PLAIN.toJson(new SemanticTokens(id, plain)));
  }

  @Property
  void readsBackWhatItWrote(@ForAll int[] data, @ForAll boolean withId) {
    SemanticTokens written = new SemanticTokens(withId ? "7" : null, TokenData.of(data));
    SemanticTokens read = DFLS.fromJson(DFLS.toJson(written), SemanticTokens.class);
    assertThat(read).isEqualTo(PLAIN.fromJson(DFLS.toJson(written), SemanticTokens.class));
    assertThat(read.getData()).containsExactlyElementsOf(written.getData());
    assertThat(read.getResultId()).isEqualTo(written.getResultId());
  }
}
