package org.attache.ingest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** An HTTP server on 127.0.0.1 and a free port, serving fixed pages; 404 for anything else. */
final class LoopbackServer implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, String[]> pages = new ConcurrentHashMap<>();
  final Map<String, String> userAgents = new ConcurrentHashMap<>();

  LoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          userAgents.put(path, String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
          String[] page = pages.get(path);
          if (page == null) {
            exchange.sendResponseHeaders(404, -1);
          } else if (page[0].equals("redirect")) {
            exchange.getResponseHeaders().add("Location", page[1]);
            exchange.sendResponseHeaders(302, -1);
          } else {
            byte[] body = page[1].getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", page[0]);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          }
          exchange.close();
        });
    server.start();
  }

  LoopbackServer serve(String path, String contentType, String body) {
    pages.put(path, new String[] {contentType, body});
    return this;
  }

  LoopbackServer redirect(String path, String location) {
    pages.put(path, new String[] {"redirect", location});
    return this;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
