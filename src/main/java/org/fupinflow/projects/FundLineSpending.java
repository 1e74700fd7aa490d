package org.fupinflow.projects;

import java.math.BigDecimal;
import org.fupinflow.fundledger.FundLevel;
import org.fupinflow.money.Yuan;

/**
 * One fund line of the district in the year to the as-of date, from the ledger: 到账 received, 配套 matched, 已分配
 * allocated, 已拨付 disbursed (each net of reversals), and the spending rate (支出进度) disbursed ÷ (received + matched)
 * in percent, {@code null} when nothing came in.
 */
record FundLineSpending(String fundLine, FundLevel level, String levelLabel, String functionCode,
    String governmentEconomicCode, String departmentEconomicCode, BigDecimal receivedYuan, BigDecimal matchedYuan,
    BigDecimal allocatedYuan, BigDecimal disbursedYuan, BigDecimal spendingRatePercent) {

  static FundLineSpending of(String fundLine, FundLevel level, String functionCode, String governmentEconomicCode,
      String departmentEconomicCode, long receivedFen, long matchedFen, long allocatedFen, long disbursedFen) {
    return new FundLineSpending(fundLine, level, level.label(), functionCode, governmentEconomicCode,
        departmentEconomicCode, Yuan.of(receivedFen), Yuan.of(matchedFen), Yuan.of(allocatedFen), Yuan.of(disbursedFen),
        ProjectSpending.percent(disbursedFen, receivedFen + matchedFen));
  }
}
