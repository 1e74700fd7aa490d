package org.fupinflow.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database an {@link ApplicationProcess} runs on, fresh for each test: an H2 file database in a folder of its
 * own with the shipped URL (or {@code -Dcrash.h2.url=…} to try another), or, with {@code -Ppostgres}, a PostgreSQL
 * database of its own next to {@code FUPIN_DB_URL}'s, so that the engine's job executor sees only this test's jobs.
 */
interface DurabilityDatabase extends AutoCloseable {

  String name();

  List<String> profiles();

  /** Command-line properties of the application. */
  List<String> arguments();

  Map<String, String> environment();

  /** Bytes the database holds on disk, or -1 when it is not ours to measure. */
  long sizeOnDisk();

  @Override
  void close();

  static DurabilityDatabase fresh(String purpose) {
    return "postgres".equals(System.getProperty("fupin.test.database"))
        ? PostgresDatabase.create(purpose)
        : H2FileDatabase.create(purpose, System.getProperty("crash.h2.url"));
  }

  /**
   * H2 in a fresh folder ({@code fupin.data-dir}); {@code url} null for the URL of {@code application.yaml};
   * {@code options} further arguments of the application.
   */
  record H2FileDatabase(Path folder, String url, List<String> options) implements DurabilityDatabase {

    static H2FileDatabase create(String purpose, String url, String... options) {
      try {
        return new H2FileDatabase(Files.createTempDirectory("fupin-" + purpose + "-"), url, List.of(options));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String name() {
      return "H2 file database (" + (url == null ? "application.yaml" : url) + (options.isEmpty() ? "" : ", "
          + String.join(" ", options)) + ")";
    }

    @Override
    public List<String> profiles() {
      return List.of("demo");
    }

    @Override
    public List<String> arguments() {
      var arguments = new ArrayList<String>();
      arguments.add("--fupin.data-dir=" + folder);
      if (url != null) {
        arguments.add("--spring.datasource.url=" + url);
      }
      arguments.addAll(options);
      return arguments;
    }

    @Override
    public Map<String, String> environment() {
      return Map.of();
    }

    @Override
    public long sizeOnDisk() {
      try (Stream<Path> files = Files.walk(folder)) {
        return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      if (Boolean.getBoolean("crash.keep")) {
        LoggerFactory.getLogger(H2FileDatabase.class).info("kept {}", folder);
        return;
      }
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * PostgreSQL as the {@code postgres} profile reads it ({@code FUPIN_DB_URL}, {@code FUPIN_DB_USER},
   * {@code FUPIN_DB_PASSWORD}), in a database {@code <name>_<purpose>} this test creates and drops. Without the right
   * to create databases it uses {@code FUPIN_DB_URL}'s own, with the job executor off: the timers other tests left
   * there are not this test's to fire.
   */
  record PostgresDatabase(String adminUrl, String url, String user, String password, boolean own)
      implements DurabilityDatabase {

    private static final Logger log = LoggerFactory.getLogger(PostgresDatabase.class);

    static PostgresDatabase create(String purpose) {
      var url = System.getenv().getOrDefault("FUPIN_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
      var user = System.getenv().getOrDefault("FUPIN_DB_USER", "postgres");
      var password = System.getenv().getOrDefault("FUPIN_DB_PASSWORD", "");
      int query = url.indexOf('?');
      var base = query < 0 ? url : url.substring(0, query);
      var database = base.substring(base.lastIndexOf('/') + 1) + "_" + purpose;
      var ownUrl = base.substring(0, base.lastIndexOf('/') + 1) + database + (query < 0 ? "" : url.substring(query));
      try (var connection = DriverManager.getConnection(url, user, password);
           var statement = connection.createStatement()) {
        statement.execute("DROP DATABASE IF EXISTS " + database);
        statement.execute("CREATE DATABASE " + database);
        return new PostgresDatabase(url, ownUrl, user, password, true);
      } catch (SQLException e) {
        log.warn("cannot create database {} ({}); using {} with the job executor off", database, e.getMessage(), url);
        return new PostgresDatabase(url, url, user, password, false);
      }
    }

    @Override
    public String name() {
      return "PostgreSQL (" + url + ")";
    }

    @Override
    public List<String> profiles() {
      return List.of("demo", "postgres");
    }

    @Override
    public List<String> arguments() {
      return own ? List.of() : List.of("--camunda.bpm.job-execution.enabled=false");
    }

    @Override
    public Map<String, String> environment() {
      return Map.of("FUPIN_DB_URL", url, "FUPIN_DB_USER", user, "FUPIN_DB_PASSWORD", password);
    }

    @Override
    public long sizeOnDisk() {
      return -1;
    }

    @Override
    public void close() {
      if (!own) {
        return;
      }
      try (var connection = DriverManager.getConnection(adminUrl, user, password);
           var statement = connection.createStatement()) {
        statement.execute("DROP DATABASE IF EXISTS " + url.substring(url.lastIndexOf('/') + 1).split("\\?")[0]);
      } catch (SQLException e) {
        log.warn("cannot drop {}: {}", url, e.getMessage());
      }
    }
  }
}
