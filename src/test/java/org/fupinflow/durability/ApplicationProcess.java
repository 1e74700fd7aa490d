package org.fupinflow.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.fupinflow.FupinFlowApplication;
import org.fupinflow.support.Http;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mock.env.MockEnvironment;

/**
 * Fupin Flow in a JVM of its own, as an operator runs it: the main classes and dependencies of the test
 * classpath without the tests' own configuration (so the shipped {@code application.yaml} applies), profile
 * {@code demo}, a free port, the given database. Killed with SIGKILL, as a power cut or an OOM kill ends it.
 */
final class ApplicationProcess {

  private static final Logger log = LoggerFactory.getLogger(ApplicationProcess.class);
  private static final Duration STARTUP = Duration.ofSeconds(Long.getLong("crash.startup-seconds", 180));
  /** 128 + SIGKILL: what a JVM ended by {@code kill -9} exits with. */
  static final int KILLED = 128 + 9;

  private final DurabilityDatabase database;
  private final Path logs;
  private final List<String> jvmOptions;
  private Process process;
  private Http http;

  /** {@code jvmOptions} besides a 512 MB heap, e.g. {@code -XX:TieredStopAtLevel=1} to start faster. */
  ApplicationProcess(DurabilityDatabase database, Path logs, String... jvmOptions) {
    this.database = database;
    this.logs = logs;
    this.jvmOptions = List.of(jvmOptions);
  }

  /** Starts the application and returns once {@code /actuator/health} is UP; its output goes to {@code logName}. */
  Http start(String logName) {
    int port = freePort();
    var command = new ArrayList<String>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(applicationClassPath());
    command.add(FupinFlowApplication.class.getName());
    command.add("--server.port=" + port);
    command.add("--spring.profiles.active=" + String.join(",", database.profiles()));
    command.addAll(database.arguments());
    // e.g. -Dcrash.app.args=--fupin.durability.checkpoint-before-answer=false: the application as it was before
    var extra = System.getProperty("crash.app.args", "").strip();
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(database.environment());
    try {
      Files.createDirectories(logs);
      builder.redirectOutput(logs.resolve(logName + ".log").toFile());
      long started = System.nanoTime();
      process = builder.start();
      http = new Http(new MockEnvironment().withProperty("local.server.port", String.valueOf(port)));
      awaitHealthy();
      log.info("{} up on port {} (pid {}) after {} ms", logName, port, process.pid(),
          (System.nanoTime() - started) / 1_000_000);
      return http;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The running node's HTTP client (after {@link #start}). */
  Http http() {
    return http;
  }

  /**
   * {@code kill -9}: {@link Process#destroyForcibly()} sends SIGKILL on Linux and macOS; the exit status (137)
   * proves it. Nothing in the application runs after it, no shutdown hook, no close of the database.
   */
  void kill() {
    process.destroyForcibly();
    assertThat(exitStatus()).as("exit status of the killed application").isEqualTo(KILLED);
  }

  /** An orderly shutdown (SIGTERM: Spring closes the engine and the database). */
  void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          process.waitFor();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }

  private int exitStatus() {
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void awaitHealthy() {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(process.isAlive()).as("the application exited while starting; see its log in %s", logs).isTrue();
      try {
        var reply = http.getAnonymous("/actuator/health");
        if (reply.status() == 200 && reply.body().contains("\"UP\"")) {
          return;
        }
      } catch (UncheckedIOException notListeningYet) {
        // keep waiting
      }
      sleep(250);
    }
    process.destroyForcibly();
    throw new AssertionError("the application did not become healthy within " + STARTUP + "; see " + logs);
  }

  /**
   * The test JVM's classpath (Surefire's, or the IDE's) without test classes: the tests' {@code config/application.yaml}
   * would swap the file database for an in-memory one and switch the job executor off.
   */
  private static String applicationClassPath() {
    var classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(classPath.split(File.pathSeparator))
        .filter(entry -> !entry.replace('\\', '/').endsWith("/test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
