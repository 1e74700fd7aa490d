package org.fupinflow.fundledger;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.fupinflow.errors.ApiRefusal;
import org.fupinflow.errors.InvalidRequestException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The budget classification code table (功能科目, 政府经济科目, 部门经济科目): shipped with the codes of the notices
 * in 001 (V5__fund_ledger.sql), extended by administrators. Notices and postings are checked against it.
 */
@Component
public class BudgetCodes {

  public static final String FUNCTION = "FUNCTION";
  public static final String GOVERNMENT_ECONOMIC = "GOVERNMENT_ECONOMIC";
  public static final String DEPARTMENT_ECONOMIC = "DEPARTMENT_ECONOMIC";

  /** Kind → (field name, Chinese name): how a code is named in messages. */
  private static final Map<String, String[]> KINDS = Map.of(
      FUNCTION, new String[] {"functionCode", "功能科目"},
      GOVERNMENT_ECONOMIC, new String[] {"governmentEconomicCode", "政府经济科目"},
      DEPARTMENT_ECONOMIC, new String[] {"departmentEconomicCode", "部门经济科目"});
  /** Function subjects have 7 digits, economic subjects 5; 5 to 7 leaves room for other levels' tables. */
  private static final Pattern CODE = Pattern.compile("\\d{5,7}");

  private final JdbcTemplate jdbc;

  BudgetCodes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Throws {@link UnknownBudgetCode} (400) unless {@code code} is an active code of {@code kind}. */
  public void require(String kind, String code) {
    var names = KINDS.get(kind);
    if (names == null) {
      throw new UnknownBudgetCode("kind", "未知科目类别：" + kind, "unknown code kind " + kind
          + " (FUNCTION, GOVERNMENT_ECONOMIC, DEPARTMENT_ECONOMIC)");
    }
    if (code == null || code.isBlank()) {
      throw new UnknownBudgetCode(names[0], names[1] + "必填", "a " + kind.toLowerCase() + " code is required");
    }
    var active = jdbc.queryForList("SELECT active FROM budget_code WHERE kind = ? AND code = ?", Boolean.class, kind, code);
    if (active.isEmpty()) {
      throw new UnknownBudgetCode(names[0], names[1] + " " + code + " 不在科目表中",
          "code " + code + " is not in the " + kind.toLowerCase() + " code table");
    }
    if (!active.get(0)) {
      throw new UnknownBudgetCode(names[0], names[1] + " " + code + " 已停用", "code " + code + " is no longer active");
    }
  }

  /** The codes of one kind, or of all kinds when {@code kind} is null. */
  public List<BudgetCode> list(String kind) {
    if (kind != null && !KINDS.containsKey(kind)) {
      throw new InvalidRequestException("参数 kind 的取值 " + kind + " 未知，可用：FUNCTION、GOVERNMENT_ECONOMIC、DEPARTMENT_ECONOMIC"
          + " / Parameter kind has an unknown value " + kind + "; known values: FUNCTION, GOVERNMENT_ECONOMIC, DEPARTMENT_ECONOMIC");
    }
    var sql = "SELECT kind, code, name, active FROM budget_code"
        + (kind == null ? "" : " WHERE kind = ?") + " ORDER BY kind, code";
    Object[] args = kind == null ? new Object[0] : new Object[] {kind};
    return jdbc.query(sql, (rs, row) -> new BudgetCode(rs.getString("kind"), rs.getString("code"),
        rs.getString("name"), rs.getBoolean("active")), args);
  }

  /** Adds an active code; a code of that kind already there is a {@link DuplicateBudgetCode}. */
  BudgetCode add(String kind, String code, String name) {
    if (kind == null || !KINDS.containsKey(kind)) {
      throw new InvalidRequestException("kind 应为 FUNCTION、GOVERNMENT_ECONOMIC 或 DEPARTMENT_ECONOMIC：" + kind
          + " / kind must be FUNCTION, GOVERNMENT_ECONOMIC or DEPARTMENT_ECONOMIC: " + kind);
    }
    if (code == null || !CODE.matcher(code).matches()) {
      throw new InvalidRequestException("科目编码应为5至7位数字：" + code + " / code must have 5 to 7 digits: " + code);
    }
    if (name == null || name.isBlank() || name.strip().length() > 100) {
      throw new InvalidRequestException("科目名称必填，最多100字 / name is required, at most 100 characters");
    }
    try {
      jdbc.update("INSERT INTO budget_code (kind, code, name, active) VALUES (?, ?, ?, TRUE)", kind, code, name.strip());
    } catch (DuplicateKeyException e) {
      throw new DuplicateBudgetCode(KINDS.get(kind)[1] + " " + code + " 已存在 / " + kind.toLowerCase() + " code " + code
          + " already exists");
    }
    return new BudgetCode(kind, code, name.strip(), true);
  }

  /** 409: the code is already in the table. */
  static final class DuplicateBudgetCode extends ApiRefusal {
    DuplicateBudgetCode(String message) {
      super(409, message);
    }
  }
}
