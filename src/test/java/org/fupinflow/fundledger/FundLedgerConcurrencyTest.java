package org.fupinflow.fundledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.fundledger.FundLines.aCityLineOf;
import static org.fupinflow.fundledger.FundLines.posting;
import static org.fupinflow.fundledger.FundLines.yuan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forty disbursements of 100.00 yuan race for a line with 1,000.00 yuan allocated, from eight threads, each in a
 * transaction of its own (as forty process steps would): the row lock lets exactly ten through.
 */
@IntegrationTest
class FundLedgerConcurrencyTest {

  private static final Logger log = LoggerFactory.getLogger(FundLedgerConcurrencyTest.class);

  @Autowired FundLedger ledger;
  @Autowired PlatformTransactionManager transactionManager;

  @Test
  void parallelDisbursementsNeverOverdrawALine() throws Exception {
    var line = aCityLineOf("daoli");
    ledger.post(posting(EntryType.RECEIPT, line, yuan(1_000)));
    ledger.post(posting(EntryType.ALLOCATION, line, yuan(1_000)));
    var transaction = new TransactionTemplate(transactionManager);
    var succeeded = new AtomicInteger();
    var refusals = new ConcurrentLinkedQueue<LedgerRefused>();
    var start = new CountDownLatch(1);
    var threads = Executors.newFixedThreadPool(8);
    List<Future<?>> results = new ArrayList<>();
    long began;
    try {
      for (int i = 0; i < 40; i++) {
        results.add(threads.submit(() -> {
          start.await();
          try {
            transaction.executeWithoutResult(status -> ledger.post(posting(EntryType.DISBURSEMENT, line, yuan(100))));
            succeeded.incrementAndGet();
          } catch (LedgerRefused e) {
            refusals.add(e);
          }
          return null;
        }));
      }
      began = System.nanoTime();
      start.countDown();
      for (var result : results) {
        result.get(60, TimeUnit.SECONDS); // anything but a refusal fails the test here
      }
    } finally {
      threads.shutdownNow();
    }
    log.info("40 parallel disbursements in {} ms: {} succeeded, {} refused", (System.nanoTime() - began) / 1_000_000,
        succeeded.get(), refusals.size());

    assertThat(succeeded).hasValue(10);
    assertThat(refusals).hasSize(30).allSatisfy(refusal -> assertThat(refusal)
        .hasMessageContaining("可拨付余额不足").hasMessageContaining(line.fundLine())
        .hasMessageContaining("可拨付 0.00 元，本次拨付 100.00 元"));
    assertThat(ledger.balance(line).disbursedFen()).isEqualTo(yuan(1_000));
    assertThat(ledger.journal(LedgerFilter.of(line))).filteredOn(entry -> entry.type() == EntryType.DISBURSEMENT)
        .hasSize(10);
  }

  @Test
  void parallelFirstReceiptsOnANewLineCreateItOnce() throws Exception {
    var line = aCityLineOf("hulan");
    var transaction = new TransactionTemplate(transactionManager);
    var start = new CountDownLatch(1);
    var threads = Executors.newFixedThreadPool(8);
    List<Future<?>> results = new ArrayList<>();
    try {
      for (int i = 0; i < 16; i++) {
        results.add(threads.submit(() -> {
          start.await();
          transaction.executeWithoutResult(status -> ledger.post(posting(EntryType.RECEIPT, line, 12_345L)));
          return null;
        }));
      }
      start.countDown();
      for (var result : results) {
        result.get(60, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(ledger.balances(LedgerFilter.of(line))).containsExactly(new Balance(line, 16 * 12_345L, 0, 0, 0));
    assertThat(ledger.journal(LedgerFilter.of(line))).hasSize(16);
  }
}
