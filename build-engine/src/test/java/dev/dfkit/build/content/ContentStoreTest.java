package dev.dfkit.build.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dfkit.build.image.Descriptor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentStoreTest {

  @TempDir Path root;

  @Test
  void blobsAreStoredByDigestAndVerifiedOnRead() throws IOException {
    ContentStore store = ContentStore.open(root);
    byte[] data = "hello".getBytes(StandardCharsets.UTF_8);
    ContentStore.Written w = store.put(new ByteArrayInputStream(data));
    assertThat(w.digest().toString())
        .isEqualTo("sha256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
    assertThat(w.size()).isEqualTo(5);
    assertThat(store.read(w.digest())).isEqualTo(data);
    assertThat(Files.exists(root.resolve("oci-layout"))).isTrue();
    assertThat(store.tmpDir()).isEmptyDirectory();
  }

  @Test
  void corruptBlobsAreRejected() throws IOException {
    ContentStore store = ContentStore.open(root);
    Digest d = store.put("hello".getBytes(StandardCharsets.UTF_8)).digest();
    Files.writeString(store.path(d), "HELLO");
    assertThatThrownBy(() -> store.read(d)).hasMessageContaining("corrupt");
    try (InputStream in = store.open(d)) {
      assertThatThrownBy(in::readAllBytes).hasMessageContaining("corrupt");
    }
  }

  @Test
  void tagsLiveInIndexJson() throws IOException {
    ContentStore store = ContentStore.open(root);
    Digest d = store.put("{}".getBytes(StandardCharsets.UTF_8)).digest();
    Descriptor m = Descriptor.of("application/vnd.oci.image.manifest.v1+json", d, 2);
    store.tag("docker.io/library/x:1", m);
    store.tag("docker.io/library/x:1", m);
    assertThat(store.tags()).containsOnlyKeys("docker.io/library/x:1");
    assertThat(Files.readString(root.resolve("index.json")))
        .contains("org.opencontainers.image.ref.name");
    assertThat(store.untag("docker.io/library/x:1")).isTrue();
    assertThat(store.tags()).isEmpty();
  }
}
