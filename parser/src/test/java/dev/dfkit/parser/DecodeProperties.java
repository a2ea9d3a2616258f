package dev.dfkit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link DockerfileParser#decode} replaces malformed UTF-8 exactly as a REPLACE decoder does. */
class DecodeProperties {

  @Property(tries = 3000)
  void decodesLikeAReplacingDecoder(@ForAll("bytes") byte[] bytes) throws CharacterCodingException {
    String expected =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    assertThat(DockerfileParser.decode(bytes)).isEqualTo(expected);
  }

  /** ASCII, valid multi-byte sequences and their broken pieces, surrogates encoded in UTF-8. */
  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<byte[]> pieces =
        Arbitraries.oneOf(
            Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(3),
            Arbitraries.of(
                "a".getBytes(StandardCharsets.UTF_8),
                "é".getBytes(StandardCharsets.UTF_8),
                "한".getBytes(StandardCharsets.UTF_8),
                "😀".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xF0, (byte) 0x9F},
                new byte[] {(byte) 0xC0, (byte) 0x80},
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xE2, (byte) 0x82}));
    return pieces
        .list()
        .ofMaxSize(20)
        .map(
            list -> {
              int n = list.stream().mapToInt(b -> b.length).sum();
              byte[] out = new byte[n];
              int at = 0;
              for (byte[] b : list) {
                System.arraycopy(b, 0, out, at, b.length);
                at += b.length;
              }
              return out;
            });
  }
}
