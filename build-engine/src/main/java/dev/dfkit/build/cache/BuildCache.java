package dev.dfkit.build.cache;

import dev.dfkit.build.content.Digest;
import dev.dfkit.build.image.ImageJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Cache entries on disk, one small JSON file per key ({@code cache/<hex>.json}), written to a
 * temporary file and renamed so a crash never leaves half an entry. An entry only names blobs; the
 * solver checks they are still in the content store before using it.
 */
public final class BuildCache {
  private final Path dir;

  private BuildCache(Path dir) {
    this.dir = dir;
  }

  public static BuildCache open(Path dir) throws IOException {
    Files.createDirectories(dir);
    return new BuildCache(dir);
  }

  public Optional<CachedResult> get(Digest key) throws IOException {
    Path file = dir.resolve(key.hex() + ".json");
    try {
      return Optional.of(ImageJson.read(Files.readAllBytes(file), CachedResult.class));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      Files.deleteIfExists(file); // unreadable entry: a miss, and gone
      return Optional.empty();
    }
  }

  public void put(Digest key, CachedResult result) throws IOException {
    Path temp = Files.createTempFile(dir, key.hex(), ".tmp");
    try {
      Files.write(temp, ImageJson.write(result));
      Files.move(
          temp,
          dir.resolve(key.hex() + ".json"),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Every entry, by key. */
  public Map<Digest, CachedResult> entries() throws IOException {
    Map<Digest, CachedResult> out = new java.util.TreeMap<>();
    for (Path file : files()) {
      String name = file.getFileName().toString();
      Digest key = new Digest("sha256", name.substring(0, name.length() - ".json".length()));
      get(key).ifPresent(r -> out.put(key, r));
    }
    return out;
  }

  /** Removes every entry; returns how many there were. */
  public int clear() throws IOException {
    int n = 0;
    for (Path file : files()) {
      Files.deleteIfExists(file);
      n++;
    }
    return n;
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> out = new ArrayList<>();
      s.filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}\\.json")).forEach(out::add);
      return out;
    }
  }
}
