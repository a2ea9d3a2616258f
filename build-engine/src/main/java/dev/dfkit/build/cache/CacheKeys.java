package dev.dfkit.build.cache;

import dev.dfkit.build.content.Digest;
import dev.dfkit.build.graph.CopyOp;
import dev.dfkit.build.graph.CopySource;
import dev.dfkit.build.graph.ExecOp;
import dev.dfkit.build.graph.ImageOp;
import dev.dfkit.build.graph.InlineFile;
import dev.dfkit.build.graph.MkdirOp;
import dev.dfkit.build.graph.Op;
import dev.dfkit.build.graph.ScratchOp;
import dev.dfkit.build.image.ImageJson;
import dev.dfkit.parser.semantic.ProxyArgs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cache keys: the sha256 of a canonical JSON document holding the operation's definition (with
 * every argument already expanded), the keys of its inputs and, for operations that read files the
 * graph does not describe (COPY from the context, ADD of a URL), the digest of those files.
 * Anything that can change the result is in the key; nothing else is (a step's display name, its
 * line in the Dockerfile, proxy variables).
 */
public final class CacheKeys {
  /** Bumped when the meaning of a cached result changes, so old entries stop matching. */
  private static final int VERSION = 1;

  private CacheKeys() {}

  /**
   * @param op the operation
   * @param inputs the cache keys of its inputs, in order
   * @param content the digest of the outside files it reads, if any
   */
  public static Digest key(Op op, List<Digest> inputs, Optional<Digest> content) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("v", VERSION);
    doc.put("op", definition(op));
    doc.put("inputs", inputs.stream().map(Digest::toString).toList());
    content.ifPresent(c -> doc.put("content", c.toString()));
    return Digest.of(ImageJson.write(doc));
  }

  private static Map<String, Object> definition(Op op) {
    Map<String, Object> d = new LinkedHashMap<>();
    if (op instanceof ImageOp image) {
      d.put("type", "image");
      d.put("manifest", image.manifest());
    } else if (op instanceof ScratchOp) {
      d.put("type", "scratch");
    } else if (op instanceof ExecOp exec) {
      d.put("type", "exec");
      d.put("args", exec.args());
      d.put("env", exec.env().stream().filter(e -> !isProxy(e)).toList());
      d.put("cwd", exec.cwd());
      d.put("user", exec.user());
      d.put("network", exec.network());
      d.put("security", exec.security());
      d.put("scripts", exec.scripts().stream().map(CacheKeys::inline).toList());
    } else if (op instanceof MkdirOp mkdir) {
      d.put("type", "mkdir");
      d.put("path", mkdir.path());
      d.put("user", mkdir.user());
    } else if (op instanceof CopyOp copy) {
      d.put("type", copy.add() ? "add" : "copy");
      List<Object> sources = new ArrayList<>();
      for (CopySource s : copy.sources()) {
        if (s instanceof CopySource.Path p) {
          sources.add(Map.of("path", p.path()));
        } else if (s instanceof CopySource.Inline i) {
          sources.add(inline(i.file()));
        } else if (s instanceof CopySource.Url u) {
          Map<String, Object> url = new LinkedHashMap<>();
          url.put("url", u.url());
          url.put("checksum", u.checksum() == null ? "" : u.checksum());
          url.put("name", u.fileName());
          sources.add(url);
        }
      }
      d.put("sources", sources);
      d.put("dest", copy.destination());
      d.put("fromInput", copy.fromInput());
      d.put("chown", copy.chown() == null ? "" : copy.chown());
      d.put("chmod", copy.chmod() == null ? "" : copy.chmod());
      d.put("excludes", copy.excludes());
      d.put("parents", copy.parents());
      d.put("unpack", copy.unpack());
      d.put("link", copy.link());
    } else {
      throw new IllegalArgumentException("no cache key for " + op);
    }
    return d;
  }

  private static Map<String, Object> inline(InlineFile f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", f.name());
    m.put("content", Digest.of(f.content()).toString());
    m.put("mode", f.mode());
    return m;
  }

  private static boolean isProxy(String envEntry) {
    int eq = envEntry.indexOf('=');
    return ProxyArgs.contains(eq < 0 ? envEntry : envEntry.substring(0, eq));
  }
}
