package org.fupinflow.fundnotice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fupinflow.fundledger.FundLevel;

/** A registered budget index notice (指标下达) with each receiving district's share, amounts in fen. */
public record FundNotice(String id, String documentNumber, LocalDate issuedOn, FundLevel level, String fundLine,
                         String functionCode, String governmentEconomicCode, String departmentEconomicCode,
                         BigDecimal matchingRatio, String source, String registeredBy, Instant registeredAt,
                         List<Share> shares) {

  public record Share(String district, long amountFen, Long matchingFen, String processInstanceId) {
  }

  public long totalFen() {
    return shares.stream().mapToLong(Share::amountFen).sum();
  }
}
