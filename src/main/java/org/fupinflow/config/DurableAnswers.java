package org.fupinflow.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import org.fupinflow.errors.ApiError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * On the embedded H2 file database, an answer to a request that may change something leaves only after H2 has
 * written every committed change to its file: the filter holds the answer back, waits for a {@code CHECKPOINT} (H2
 * writes its committed but unsaved changes, {@code MVStore.commit()}; one for all answers waiting at the time:
 * {@link GroupCheckpoint}), then sends it. So an acknowledged operation survives
 * {@code kill -9}, while H2 keeps its background writer, which also compacts the file as it goes.
 *
 * <p>Why not {@code WRITE_DELAY=0} in the URL, which writes every commit as it happens: it is as durable, but H2 2.3
 * then stops its background writer (no compaction while running), and every commit, not every answer, costs a write;
 * with four officials at once it ran 66 operations/s against 79 with this filter (README, Operations: durability).
 * Reads pass straight through; on any other database the filter is off (PostgreSQL fsyncs every commit itself).
 */
@Configuration
class DurableAnswers {

  private static final Logger LOG = LoggerFactory.getLogger(DurableAnswers.class);
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  /**
   * @param enabled {@code fupin.durability.checkpoint-before-answer}: only for measuring what it costs
   *     ({@code DurableCommitCostBenchmarkTest}); off, H2 may lose the last half second of answered operations
   */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> durableAnswersFilter(DataSource dataSource, ObjectMapper json,
      @Value("${fupin.durability.checkpoint-before-answer:true}") boolean enabled) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new CheckpointBeforeAnswer(dataSource, json));
    registration.setEnabled(enabled && isH2File(dataSource));
    registration.setName("durableAnswers");
    // outermost: the answer is held until everything inside (security, the engine door, the engine) has committed
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  static boolean isH2File(DataSource dataSource) {
    try (var connection = dataSource.getConnection()) {
      return connection.getMetaData().getURL().startsWith("jdbc:h2:file:");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the database's URL", e);
    }
  }

  static final class CheckpointBeforeAnswer extends OncePerRequestFilter {

    private final GroupCheckpoint checkpoints;
    private final ObjectMapper json;

    CheckpointBeforeAnswer(DataSource dataSource, ObjectMapper json) {
      this.checkpoints = new GroupCheckpoint(new JdbcTemplate(dataSource));
      this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return READS.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      var held = new ContentCachingResponseWrapper(response);
      try {
        chain.doFilter(request, held);
      } finally {
        try {
          checkpoints.awaitWritten();
          held.copyBodyToResponse();
        } catch (RuntimeException e) {
          // Not written: the caller must not take the answer as kept.
          LOG.error("H2 could not write the committed changes to its file", e);
          if (!response.isCommitted()) {
            response.reset();
            ApiError.of(503, ApiError.generalMessage(503)).write(response, 503, json);
          }
        }
      }
    }
  }

  /**
   * Group commit: every answer waits for a {@code CHECKPOINT} that began after its own transactions committed, and
   * one checkpoint serves every answer waiting when it begins. H2 writes a chunk per checkpoint, so officials working
   * at once share the write instead of each adding a chunk of its own.
   */
  static final class GroupCheckpoint {

    private final JdbcTemplate jdbc;
    private final Object lock = new Object();
    /** Tickets handed out; a checkpoint begun after ticket n was taken covers everything committed before it. */
    private long requested;
    private long written;
    private boolean running;

    GroupCheckpoint(JdbcTemplate jdbc) {
      this.jdbc = jdbc;
    }

    void awaitWritten() {
      long ticket;
      synchronized (lock) {
        ticket = ++requested;
      }
      while (true) {
        long target;
        synchronized (lock) {
          while (running && written < ticket) {
            try {
              lock.wait();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IllegalStateException("interrupted while H2 wrote its file", e);
            }
          }
          if (written >= ticket) {
            return;
          }
          // this thread writes for everyone who has a ticket by now
          running = true;
          target = requested;
        }
        boolean done = false;
        try {
          jdbc.execute("CHECKPOINT");
          done = true;
        } finally {
          synchronized (lock) {
            running = false;
            if (done) {
              written = Math.max(written, target);
            }
            lock.notifyAll();
          }
        }
      }
    }
  }
}
