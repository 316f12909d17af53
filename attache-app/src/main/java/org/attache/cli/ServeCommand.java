package org.attache.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.attache.model.ErrorCode;
import org.attache.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code attache serve}: the web UI and the JSON API (docs/api.md) on the loopback interface until
 * the process is stopped. Read-only unless {@code --writable}.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the web UI and the JSON API (docs/api.md) until stopped (Ctrl-C).",
      "Read-only by default; --writable accepts articles by POST /api/documents."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8080",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0: any free port).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(
      names = "--writable",
      description = "Accept articles by POST /api/documents (same formats as ingest).")
  boolean writable;

  ServeCommand(CliContext context) {
    // The context is not needed: the server reads the store and the network only.
  }

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new UserException(ErrorCode.USAGE, "--port must be from 0 to 65535: " + port);
    }
    if (!writable && !Files.isRegularFile(database.path)) {
      database.openExisting().close();
    }
    WebServer server = WebServer.start(database.path, host, port, writable);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "attache-serve-stop"));
    PrintWriter out = spec.commandLine().getOut();
    String shown = host.contains(":") ? "[" + host + "]" : host;
    out.printf(
        "Attaché at http://%s:%d/ (%s; %d documents indexed)%n",
        shown, server.port(), writable ? "writable" : "read-only", server.indexedDocuments());
    out.flush();
    stopped.await();
    return ExitCodes.OK;
  }
}
