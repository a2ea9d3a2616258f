package dev.dfkit.build.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.dfkit.build.content.Digest;
import dev.dfkit.build.content.MediaTypes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-memory OCI registry on 127.0.0.1 for tests: manifests, blobs, monolithic and chunked
 * uploads, cross-repository mounts, {@code Range} reads, optional Basic or Bearer authentication
 * (with its own token endpoint), optional redirects of blob reads to a second "storage" server, and
 * one-shot scripted answers to inject faults (429, 500, truncated bodies, ...). Every request is
 * recorded.
 */
final class FakeRegistry implements AutoCloseable {

  enum Auth {
    NONE,
    BASIC,
    BEARER
  }

  /** A request as the server saw it. */
  record Request(
      String method, String path, String query, Map<String, List<String>> headers, int bodySize) {

    String header(String name) {
      for (var e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return e.getValue().isEmpty() ? null : e.getValue().get(0);
        }
      }
      return null;
    }

    boolean is(String m, String pathPart) {
      return method.equals(m) && path.contains(pathPart);
    }

    @Override
    public String toString() {
      return method + " " + path + (query == null ? "" : "?" + query);
    }
  }

  /** A scripted answer: handles the exchange itself (the body was read into {@code body}). */
  @FunctionalInterface
  interface Responder {
    void respond(HttpExchange exchange, byte[] body) throws IOException;
  }

  private record Script(Predicate<Request> when, Responder responder) {}

  private record StoredManifest(String mediaType, byte[] bytes) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NAME =
      Pattern.compile("/v2/(.+?)/(manifests|blobs/uploads|blobs)(?:/(.*))?");

  private final HttpServer server;
  private final java.util.concurrent.ExecutorService executor =
      java.util.concurrent.Executors.newCachedThreadPool();
  private final HttpServer storage;
  final List<Request> requests = new CopyOnWriteArrayList<>();
  final List<Request> storageRequests = new CopyOnWriteArrayList<>();
  final List<Request> tokenRequests = new CopyOnWriteArrayList<>();
  private final List<Script> scripts = new CopyOnWriteArrayList<>();
  private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> links = new ConcurrentHashMap<>();
  private final Map<String, Map<String, StoredManifest>> manifests = new ConcurrentHashMap<>();
  private final Map<String, ByteArrayOutputStream> uploads = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> grants = new ConcurrentHashMap<>();
  private final AtomicInteger tokenCounter = new AtomicInteger();

  private volatile Auth auth = Auth.NONE;
  private final Map<String, String> users = new ConcurrentHashMap<>();
  private volatile boolean anonymousPull = true;
  private volatile String identityToken;
  private volatile long tokenExpiresIn = 300;
  private volatile boolean redirectBlobs;
  private volatile boolean mounts = true;
  private volatile long chunkMinLength;

  FakeRegistry() throws IOException {
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
    storage = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
    storage.createContext("/", this::handleStorage);
    storage.start();
  }

  /** {@code 127.0.0.1:PORT}, the registry's name in references. */
  String host() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  FakeRegistry basicAuth(String user, String password) {
    auth = Auth.BASIC;
    users.put(user, password);
    return this;
  }

  FakeRegistry bearerAuth(boolean anonymousPull) {
    auth = Auth.BEARER;
    this.anonymousPull = anonymousPull;
    return this;
  }

  FakeRegistry user(String user, String password) {
    users.put(user, password);
    return this;
  }

  FakeRegistry identityToken(String token) {
    identityToken = token;
    return this;
  }

  FakeRegistry tokenExpiresIn(long seconds) {
    tokenExpiresIn = seconds;
    return this;
  }

  FakeRegistry redirectBlobs() {
    redirectBlobs = true;
    return this;
  }

  FakeRegistry withoutMounts() {
    mounts = false;
    return this;
  }

  FakeRegistry chunkMinLength(long bytes) {
    chunkMinLength = bytes;
    return this;
  }

  /** The next request matching {@code when} is answered by {@code responder} (once). */
  FakeRegistry script(Predicate<Request> when, Responder responder) {
    scripts.add(new Script(when, responder));
    return this;
  }

  /** The next {@code times} requests matching {@code when} get {@code status} with headers. */
  FakeRegistry fail(Predicate<Request> when, int times, int status, Map<String, String> headers) {
    for (int i = 0; i < times; i++) {
      script(
          when,
          (ex, body) -> {
            headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
            sendError(
                ex, status, status == 429 ? "TOOMANYREQUESTS" : "UNKNOWN", "scripted " + status);
          });
    }
    return this;
  }

  // ---- content -------------------------------------------------------------------------------

  Digest putBlob(String repository, byte[] bytes) {
    Digest d = Digest.of(bytes);
    putBlobAs(repository, d, bytes);
    return d;
  }

  /** Serves {@code bytes} as the blob {@code digest} (which they need not match). */
  void putBlobAs(String repository, Digest digest, byte[] bytes) {
    blobs.put(digest.toString(), bytes.clone());
    links.computeIfAbsent(repository, r -> ConcurrentHashMap.newKeySet()).add(digest.toString());
  }

  Digest putManifest(String repository, String tag, String mediaType, byte[] bytes) {
    Digest d = Digest.of(bytes);
    Map<String, StoredManifest> repo =
        manifests.computeIfAbsent(repository, r -> new ConcurrentHashMap<>());
    repo.put(d.toString(), new StoredManifest(mediaType, bytes.clone()));
    if (tag != null) {
      repo.put(tag, new StoredManifest(mediaType, bytes.clone()));
    }
    links.computeIfAbsent(repository, r -> ConcurrentHashMap.newKeySet());
    return d;
  }

  boolean hasBlob(String repository, Digest digest) {
    return links.getOrDefault(repository, Set.of()).contains(digest.toString());
  }

  byte[] blob(Digest digest) {
    return blobs.get(digest.toString());
  }

  byte[] manifest(String repository, String reference) {
    StoredManifest m = manifests.getOrDefault(repository, Map.of()).get(reference);
    return m == null ? null : m.bytes();
  }

  String manifestMediaType(String repository, String reference) {
    StoredManifest m = manifests.getOrDefault(repository, Map.of()).get(reference);
    return m == null ? null : m.mediaType();
  }

  List<Request> requests(String method, String pathPart) {
    return requests.stream().filter(r -> r.is(method, pathPart)).toList();
  }

  @Override
  public void close() {
    server.stop(0);
    storage.stop(0);
    executor.shutdownNow();
  }

  // ---- HTTP ----------------------------------------------------------------------------------

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] body = ex.getRequestBody().readAllBytes();
      String path = ex.getRequestURI().getRawPath();
      Request request =
          new Request(
              ex.getRequestMethod(),
              path,
              ex.getRequestURI().getRawQuery(),
              Map.copyOf(ex.getRequestHeaders()),
              body.length);
      if (path.equals("/token")) {
        tokenRequests.add(request);
        token(ex, body);
        return;
      }
      requests.add(request);
      for (Script s : scripts) {
        if (s.when().test(request) && scripts.remove(s)) {
          s.responder().respond(ex, body);
          return;
        }
      }
      if (!authorized(ex, request)) {
        return;
      }
      if (path.equals("/v2/")) {
        sendJson(ex, 200, "{}");
        return;
      }
      Matcher m = NAME.matcher(path);
      if (!m.matches()) {
        sendError(ex, 404, "NOT_FOUND", "no route");
        return;
      }
      String repository = m.group(1);
      String rest = m.group(3);
      switch (m.group(2)) {
        case "manifests" -> manifests(ex, repository, rest, body);
        case "blobs" -> blobs(ex, repository, rest);
        default -> uploads(ex, repository, rest, body, query(request.query()));
      }
    } catch (RuntimeException e) {
      e.printStackTrace();
      throw e;
    }
  }

  private void manifests(HttpExchange ex, String repository, String reference, byte[] body)
      throws IOException {
    String method = ex.getRequestMethod();
    if (method.equals("PUT")) {
      String mediaType = ex.getRequestHeaders().getFirst("Content-Type");
      String missing = missingReference(repository, mediaType, body);
      if (missing != null) {
        sendError(ex, 400, "MANIFEST_BLOB_UNKNOWN", "blob unknown to registry: " + missing);
        return;
      }
      Digest d = Digest.of(body);
      if (reference.startsWith("sha256:") && !reference.equals(d.toString())) {
        sendError(ex, 400, "DIGEST_INVALID", "provided digest did not match uploaded content");
        return;
      }
      putManifest(repository, reference.startsWith("sha256:") ? null : reference, mediaType, body);
      ex.getResponseHeaders().set("Docker-Content-Digest", d.toString());
      ex.getResponseHeaders().set("Location", "/v2/" + repository + "/manifests/" + d);
      ex.sendResponseHeaders(201, -1);
      return;
    }
    Map<String, StoredManifest> repo = manifests.get(repository);
    if (repo == null) {
      sendError(ex, 404, "NAME_UNKNOWN", "repository name not known to registry");
      return;
    }
    StoredManifest m = repo.get(reference);
    if (m == null) {
      sendError(ex, 404, "MANIFEST_UNKNOWN", "manifest unknown");
      return;
    }
    ex.getResponseHeaders().set("Content-Type", m.mediaType());
    ex.getResponseHeaders().set("Docker-Content-Digest", Digest.of(m.bytes()).toString());
    send(ex, 200, m.bytes());
  }

  /** What a pushed manifest refers to that the repository lacks, or null. */
  private String missingReference(String repository, String mediaType, byte[] body)
      throws IOException {
    JsonNode json = JSON.readTree(body);
    Set<String> have = links.getOrDefault(repository, Set.of());
    if (MediaTypes.isIndex(mediaType)) {
      Map<String, StoredManifest> repo = manifests.getOrDefault(repository, Map.of());
      for (JsonNode d : json.path("manifests")) {
        if (!repo.containsKey(d.path("digest").asText())) {
          return d.path("digest").asText();
        }
      }
      return null;
    }
    List<JsonNode> refs = new ArrayList<>();
    refs.add(json.path("config"));
    json.path("layers").forEach(refs::add);
    for (JsonNode d : refs) {
      if (!have.contains(d.path("digest").asText())) {
        return d.path("digest").asText();
      }
    }
    return null;
  }

  private void blobs(HttpExchange ex, String repository, String digest) throws IOException {
    if (!links.getOrDefault(repository, Set.of()).contains(digest)) {
      sendError(ex, 404, "BLOB_UNKNOWN", "blob unknown to registry");
      return;
    }
    byte[] bytes = blobs.get(digest);
    if (redirectBlobs) {
      ex.getResponseHeaders()
          .set(
              "Location",
              "http://127.0.0.1:" + storage.getAddress().getPort() + "/storage/" + digest);
      ex.sendResponseHeaders(307, -1);
      return;
    }
    serveBytes(ex, bytes);
  }

  private void handleStorage(HttpExchange ex) throws IOException {
    try (ex) {
      storageRequests.add(
          new Request(
              ex.getRequestMethod(),
              ex.getRequestURI().getRawPath(),
              ex.getRequestURI().getRawQuery(),
              Map.copyOf(ex.getRequestHeaders()),
              0));
      String digest = ex.getRequestURI().getPath().substring("/storage/".length());
      byte[] bytes = blobs.get(digest);
      if (bytes == null) {
        send(ex, 404, new byte[0]);
        return;
      }
      serveBytes(ex, bytes);
    }
  }

  /** 200 with the bytes, or 206 with the rest from a {@code Range: bytes=N-}. */
  private static void serveBytes(HttpExchange ex, byte[] bytes) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
    ex.getResponseHeaders().set("Docker-Content-Digest", Digest.of(bytes).toString());
    String range = ex.getRequestHeaders().getFirst("Range");
    if (range != null && range.matches("bytes=\\d+-")) {
      int from = Integer.parseInt(range.substring(6, range.length() - 1));
      ex.getResponseHeaders()
          .set("Content-Range", "bytes " + from + "-" + (bytes.length - 1) + "/" + bytes.length);
      byte[] rest = java.util.Arrays.copyOfRange(bytes, from, bytes.length);
      send(ex, 206, rest);
      return;
    }
    send(ex, 200, bytes);
  }

  private void uploads(
      HttpExchange ex, String repository, String session, byte[] body, Map<String, String> query)
      throws IOException {
    String method = ex.getRequestMethod();
    if (method.equals("POST")) {
      String mount = query.get("mount");
      String from = query.get("from");
      if (mount != null && from != null && mounts && hasBlob(from, Digest.parse(mount))) {
        links.computeIfAbsent(repository, r -> ConcurrentHashMap.newKeySet()).add(mount);
        ex.getResponseHeaders().set("Location", "/v2/" + repository + "/blobs/" + mount);
        ex.getResponseHeaders().set("Docker-Content-Digest", mount);
        ex.sendResponseHeaders(201, -1);
        return;
      }
      String uuid = UUID.randomUUID().toString();
      uploads.put(uuid, new ByteArrayOutputStream());
      // Relative, with a query of its own: the client must resolve it and append with '&'.
      ex.getResponseHeaders()
          .set("Location", "/v2/" + repository + "/blobs/uploads/" + uuid + "?_state=s" + uuid);
      ex.getResponseHeaders().set("Docker-Upload-UUID", uuid);
      ex.getResponseHeaders().set("Range", "0-0");
      if (chunkMinLength > 0) {
        ex.getResponseHeaders().set("OCI-Chunk-Min-Length", Long.toString(chunkMinLength));
      }
      ex.sendResponseHeaders(202, -1);
      return;
    }
    ByteArrayOutputStream upload = session == null ? null : uploads.get(session);
    if (upload == null) {
      sendError(ex, 404, "BLOB_UPLOAD_UNKNOWN", "blob upload unknown to registry");
      return;
    }
    if (method.equals("PATCH")) {
      String contentRange = ex.getRequestHeaders().getFirst("Content-Range");
      if (contentRange != null) {
        Matcher r = Pattern.compile("(\\d+)-(\\d+)").matcher(contentRange);
        if (!r.matches()
            || Long.parseLong(r.group(1)) != upload.size()
            || Long.parseLong(r.group(2)) - Long.parseLong(r.group(1)) + 1 != body.length) {
          sendError(ex, 416, "BLOB_UPLOAD_INVALID", "bad content range " + contentRange);
          return;
        }
      }
      upload.write(body);
      ex.getResponseHeaders()
          .set("Location", "/v2/" + repository + "/blobs/uploads/" + session + "?_state=p");
      ex.getResponseHeaders().set("Range", "0-" + (upload.size() - 1));
      ex.sendResponseHeaders(202, -1);
      return;
    }
    if (method.equals("PUT")) {
      upload.write(body);
      byte[] all = upload.toByteArray();
      String digest = query.get("digest");
      if (digest == null || !Digest.of(all).toString().equals(digest)) {
        sendError(ex, 400, "DIGEST_INVALID", "provided digest did not match uploaded content");
        return;
      }
      uploads.remove(session);
      putBlob(repository, all);
      ex.getResponseHeaders().set("Location", "/v2/" + repository + "/blobs/" + digest);
      ex.getResponseHeaders().set("Docker-Content-Digest", digest);
      ex.sendResponseHeaders(201, -1);
      return;
    }
    sendError(ex, 405, "UNSUPPORTED", "method not allowed");
  }

  // ---- auth ----------------------------------------------------------------------------------

  private boolean authorized(HttpExchange ex, Request request) throws IOException {
    if (auth == Auth.NONE) {
      return true;
    }
    String header = request.header("Authorization");
    if (auth == Auth.BASIC) {
      if (header != null && header.startsWith("Basic ")) {
        String pair =
            new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        if (colon > 0 && pair.substring(colon + 1).equals(users.get(pair.substring(0, colon)))) {
          return true;
        }
      }
      ex.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"fake-registry\"");
      sendError(ex, 401, "UNAUTHORIZED", "authentication required");
      return false;
    }
    Set<String> needed = neededScopes(request);
    Set<String> granted =
        header != null && header.startsWith("Bearer ")
            ? grants.getOrDefault(header.substring(7), Set.of())
            : null;
    if (granted != null && granted.containsAll(needed)) {
      return true;
    }
    StringBuilder challenge =
        new StringBuilder("Bearer realm=\"http://" + host() + "/token\",service=\"fake-registry\"");
    String scope = scopeParam(needed);
    if (!scope.isEmpty()) {
      challenge.append(",scope=\"").append(scope).append('"');
    }
    if (granted != null) {
      challenge.append(",error=\"insufficient_scope\"");
    }
    ex.getResponseHeaders().set("WWW-Authenticate", challenge.toString());
    sendError(ex, 401, "UNAUTHORIZED", "authentication required");
    return false;
  }

  /** {@code repository:NAME:ACTION} items a request needs. */
  private static Set<String> neededScopes(Request request) {
    Set<String> out = new HashSet<>();
    Matcher m = NAME.matcher(request.path());
    if (!m.matches()) {
      return out;
    }
    String name = m.group(1);
    out.add("repository:" + name + ":pull");
    if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
      out.add("repository:" + name + ":push");
    }
    Map<String, String> q = query(request.query());
    if (q.containsKey("mount") && q.containsKey("from")) {
      out.add("repository:" + q.get("from") + ":pull");
    }
    return out;
  }

  private static String scopeParam(Set<String> needed) {
    Map<String, List<String>> byRepo = new LinkedHashMap<>();
    needed.stream()
        .sorted()
        .forEach(
            s -> {
              int last = s.lastIndexOf(':');
              byRepo
                  .computeIfAbsent(s.substring(0, last), k -> new ArrayList<>())
                  .add(s.substring(last + 1));
            });
    List<String> parts = new ArrayList<>();
    byRepo.forEach((k, v) -> parts.add(k + ":" + String.join(",", v)));
    return String.join(" ", parts);
  }

  private void token(HttpExchange ex, byte[] body) throws IOException {
    List<String> scopes = new ArrayList<>();
    boolean authenticated = false;
    if (ex.getRequestMethod().equals("POST")) {
      Map<String, String> form = query(new String(body, StandardCharsets.UTF_8));
      if (!"refresh_token".equals(form.get("grant_type"))
          || identityToken == null
          || !identityToken.equals(form.get("refresh_token"))) {
        sendJson(ex, 401, "{\"error\":\"invalid_grant\",\"error_description\":\"bad token\"}");
        return;
      }
      authenticated = true;
      for (String s : form.getOrDefault("scope", "").split(" ")) {
        if (!s.isBlank()) {
          scopes.add(s);
        }
      }
    } else {
      String raw = ex.getRequestURI().getRawQuery();
      for (String pair : raw == null ? new String[0] : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0 && pair.substring(0, eq).equals("scope")) {
          scopes.add(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
      String header = ex.getRequestHeaders().getFirst("Authorization");
      if (header != null) {
        String pair =
            new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        if (colon < 0 || !pair.substring(colon + 1).equals(users.get(pair.substring(0, colon)))) {
          sendJson(ex, 401, "{\"details\":\"incorrect username or password\"}");
          return;
        }
        authenticated = true;
      }
    }
    Set<String> granted = new HashSet<>();
    for (String scope : scopes) {
      int last = scope.lastIndexOf(':');
      for (String action : scope.substring(last + 1).split(",")) {
        if (authenticated || (anonymousPull && action.equals("pull"))) {
          granted.add(scope.substring(0, last) + ":" + action);
        }
      }
    }
    String token = "tok-" + tokenCounter.incrementAndGet();
    grants.put(token, granted);
    sendJson(
        ex,
        200,
        "{\"token\":\""
            + token
            + "\",\"access_token\":\""
            + token
            + "\",\"expires_in\":"
            + tokenExpiresIn
            + "}");
  }

  /** The registry's tokens issued so far. */
  int tokensIssued() {
    return tokenCounter.get();
  }

  // ---- helpers -------------------------------------------------------------------------------

  static Map<String, String> query(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(
          URLDecoder.decode(k, StandardCharsets.UTF_8),
          URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return out;
  }

  static void send(HttpExchange ex, int status, byte[] body) throws IOException {
    boolean head = ex.getRequestMethod().equals("HEAD");
    if (head) {
      ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  static void sendJson(HttpExchange ex, int status, String json) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    send(ex, status, json.getBytes(StandardCharsets.UTF_8));
  }

  static void sendError(HttpExchange ex, int status, String code, String message)
      throws IOException {
    sendJson(
        ex,
        status,
        "{\"errors\":[{\"code\":\""
            + code
            + "\",\"message\":\""
            + message
            + "\",\"detail\":null}]}");
  }

  /**
   * Announces {@code bytes.length} bytes, sends the first {@code cut} and then nothing more; the
   * server keeps the connection open (a stalled transfer).
   */
  static void sendStalled(HttpExchange ex, byte[] bytes, int cut) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
    ex.sendResponseHeaders(200, bytes.length);
    OutputStream out = ex.getResponseBody();
    out.write(bytes, 0, cut);
    out.flush();
    try {
      out.close(); // "insufficient bytes written"; the JDK server leaves the connection open
    } catch (IOException expected) {
      // the point of the exercise
    }
  }

  /** A complete chunked response holding only the first {@code cut} bytes. */
  static void sendShort(HttpExchange ex, byte[] bytes, int cut) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
    ex.sendResponseHeaders(200, 0);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes, 0, cut);
    }
  }

  /**
   * Redirects to a one-shot server that announces all the bytes, sends the first {@code cut} and
   * closes the connection (a dropped transfer).
   */
  static void redirectToDroppingServer(HttpExchange ex, byte[] bytes, int cut) throws IOException {
    java.net.ServerSocket socket =
        new java.net.ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
    Thread t =
        new Thread(
            () -> {
              try (socket;
                  java.net.Socket s = socket.accept()) {
                var in = s.getInputStream();
                int matched = 0;
                while (matched < 4) {
                  int c = in.read();
                  if (c < 0) {
                    return;
                  }
                  matched = (c == "\r\n\r\n".charAt(matched)) ? matched + 1 : (c == '\r' ? 1 : 0);
                }
                OutputStream out = s.getOutputStream();
                out.write(
                    ("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                            + "Content-Length: "
                            + bytes.length
                            + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(bytes, 0, cut);
                out.flush();
              } catch (IOException e) {
                // the client went away first
              }
            },
            "dropping-server");
    t.setDaemon(true);
    t.start();
    ex.getResponseHeaders()
        .set("Location", "http://127.0.0.1:" + socket.getLocalPort() + "/dropping");
    ex.sendResponseHeaders(307, -1);
  }
}
