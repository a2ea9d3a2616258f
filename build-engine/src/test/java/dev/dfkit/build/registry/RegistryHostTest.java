package dev.dfkit.build.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.parser.image.ImageReference;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegistryHostTest {

  @Test
  void dockerHubIsServedByRegistry1OverHttps() {
    for (String name : new String[] {"docker.io", "index.docker.io", "registry-1.docker.io"}) {
      RegistryHost host = RegistryHost.of(name, Set.of());
      assertThat(host.name()).isEqualTo("docker.io");
      assertThat(host.apiBase()).hasToString("https://registry-1.docker.io/v2/");
    }
  }

  @Test
  void imageNamesAreNormalisedAsDockerDoes() {
    ImageReference alpine = ImageReference.parse("alpine").orElseThrow();
    assertThat(alpine.canonical()).isEqualTo("docker.io/library/alpine:latest");
    assertThat(
            RegistryHost.of(alpine.domain(), Set.of())
                .apiBase()
                .resolve(alpine.repository() + "/manifests/latest"))
        .hasToString("https://registry-1.docker.io/v2/library/alpine/manifests/latest");
    assertThat(RegistryClient.create("docker.io", RegistryOptions.defaults()).registry())
        .isEqualTo("docker.io");
  }

  @Test
  void loopbackRegistriesArePlainHttp() {
    assertThat(RegistryHost.of("localhost:5000", Set.of()).apiBase())
        .hasToString("http://localhost:5000/v2/");
    assertThat(RegistryHost.of("127.0.0.1:5000", Set.of()).apiBase())
        .hasToString("http://127.0.0.1:5000/v2/");
    assertThat(RegistryHost.of("127.0.0.2", Set.of()).plainHttp()).isTrue();
    assertThat(RegistryHost.of("[::1]:5000", Set.of()).apiBase())
        .hasToString("http://[::1]:5000/v2/");
    assertThat(RegistryHost.of("localhost.example.com:5000", Set.of()).plainHttp()).isFalse();
    assertThat(RegistryHost.of("127.0.0.1.nip.io", Set.of()).plainHttp()).isFalse();
  }

  @Test
  void insecureHostsArePlainHttpWithOrWithoutTheirPort() {
    Set<String> insecure =
        RegistryOptions.defaults()
            .withInsecureHosts(Set.of("Registry.Lan", "http://other.lan:8080/"))
            .insecureHosts();

    assertThat(insecure).containsExactlyInAnyOrder("registry.lan", "other.lan:8080");
    assertThat(RegistryHost.of("registry.lan", insecure).apiBase())
        .hasToString("http://registry.lan/v2/");
    assertThat(RegistryHost.of("registry.lan:5000", insecure).plainHttp()).isTrue();
    assertThat(RegistryHost.of("other.lan:8080", insecure).plainHttp()).isTrue();
    assertThat(RegistryHost.of("other.lan:9090", insecure).plainHttp()).isFalse();
    assertThat(RegistryHost.of("ghcr.io", insecure).apiBase()).hasToString("https://ghcr.io/v2/");
  }

  @Test
  void registriesShareOneClientPerHost() {
    Registries registries = new Registries(RegistryOptions.defaults());

    assertThat(registries.client("index.docker.io"))
        .isSameAs(registries.client(ImageReference.parse("alpine").orElseThrow()));
    assertThat(registries.client("ghcr.io")).isNotSameAs(registries.client("docker.io"));
  }
}
