package org.fupinflow.fundledger;

import java.util.Objects;
import org.fupinflow.money.Yuan;

/** Checks a posting's shape before it reaches the ledger, and compares a replayed posting with the entry it made. */
final class Postings {

  private Postings() {
  }

  /** The posting with texts trimmed (blank → null), or {@link LedgerRefused} naming what is wrong. */
  static Posting validated(Posting posting) {
    if (posting == null) {
      throw new LedgerRefused("记账内容必填", "a posting is required");
    }
    var key = key(posting.idempotencyKey());
    if (posting.type() == null) {
      throw new LedgerRefused("记账类型必填", "the entry type is required");
    }
    if (posting.type() == EntryType.REVERSAL) {
      throw new LedgerRefused("冲正请用 reverse（针对原分录）", "post a reversal with reverse(), naming the entry it reverses");
    }
    var line = line(posting.line());
    if (posting.amountFen() <= 0) {
      throw new LedgerRefused("金额必须大于零：" + Yuan.format(posting.amountFen()) + " 元",
          "the amount must be positive: " + Yuan.format(posting.amountFen()) + " yuan");
    }
    if (posting.occurredOn() == null) {
      throw new LedgerRefused("业务日期必填", "the business date (occurredOn) is required");
    }
    return new Posting(key, posting.type(), line, posting.amountFen(),
        text(posting.caseNumber(), "caseNumber", "案件编号", 100),
        text(posting.documentNumber(), "documentNumber", "文号", 200),
        text(posting.projectCode(), "projectCode", "项目编码", 100),
        text(posting.use(), "use", "资金用途", 500), posting.occurredOn());
  }

  static String key(String idempotencyKey) {
    var key = text(idempotencyKey, "idempotencyKey", "幂等键", 200);
    if (key == null) {
      throw new LedgerRefused("幂等键必填（案件与步骤）", "an idempotency key (case and step) is required");
    }
    return key;
  }

  static String text(String value, String field, String chineseName, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    var text = value.strip();
    if (text.length() > maxLength) {
      throw new LedgerRefused(chineseName + "不能超过" + maxLength + "字", field + " has at most " + maxLength + " characters");
    }
    return text;
  }

  static FundLineKey line(FundLineKey line) {
    if (line == null) {
      throw new LedgerRefused("资金线必填", "the fund line is required");
    }
    var district = required(line.district(), "district", "区县", 64);
    var fundLine = required(line.fundLine(), "fundLine", "资金名称", 200);
    if (line.level() == null) {
      throw new LedgerRefused("资金级次必填", "the fund level is required");
    }
    return new FundLineKey(district, fundLine, line.level(), required(line.functionCode(), "functionCode", "功能科目", 7),
        required(line.governmentEconomicCode(), "governmentEconomicCode", "政府经济科目", 7),
        required(line.departmentEconomicCode(), "departmentEconomicCode", "部门经济科目", 7));
  }

  private static String required(String value, String field, String chineseName, int maxLength) {
    var text = text(value, field, chineseName, maxLength);
    if (text == null) {
      throw new LedgerRefused(chineseName + "必填", field + " is required");
    }
    return text;
  }

  /** A replay: the earlier entry if the posting is the same business event, else a refusal. */
  static Entry sameOrRefused(Entry earlier, Posting posting) {
    var same = earlier.type() == posting.type() && earlier.line().equals(posting.line())
        && earlier.amountFen() == posting.amountFen() && Objects.equals(earlier.caseNumber(), posting.caseNumber())
        && Objects.equals(earlier.documentNumber(), posting.documentNumber())
        && Objects.equals(earlier.projectCode(), posting.projectCode()) && Objects.equals(earlier.use(), posting.use())
        && earlier.occurredOn().equals(posting.occurredOn());
    if (!same) {
      throw keyReused(posting.idempotencyKey());
    }
    return earlier;
  }

  static LedgerRefused keyReused(String key) {
    return new LedgerRefused("幂等键 " + key + " 已用于内容不同的记账，拒绝重复记账",
        "idempotency key " + key + " was already posted with different content");
  }
}
