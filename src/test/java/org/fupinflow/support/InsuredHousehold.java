package org.fupinflow.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A 脱贫享受政策户 of 道里区 新农镇 in the household register since 2019 (the register as earlier years left it): a
 * head and a spouse, both insured in 2020. Each call files a new household with new ID numbers.
 */
public record InsuredHousehold(String id, String village, String headName, String headIdNumber, String spouseName,
    String spouseIdNumber) {

  public static InsuredHousehold filed(JdbcTemplate jdbc, String headName, String spouseName) {
    var id = UUID.randomUUID().toString();
    var village = "救助村" + id.substring(0, 6);
    var head = HouseholdData.nextHeadIdNumber();
    var spouse = HouseholdData.nextHeadIdNumber();
    var at = Timestamp.from(Instant.parse("2019-06-01T02:00:00Z"));
    jdbc.update("""
        INSERT INTO household (id, district, township, village, head_name, head_id_number, category, status,
          status_since, created_at, updated_at) VALUES (?, 'daoli', 'xinnong', ?, ?, ?, 'A', 'OUT_OF_POVERTY_WITH_POLICY', ?, ?, ?)""",
        id, village, headName, head, LocalDate.of(2019, 6, 1), at, at);
    member(jdbc, id, 1, headName, "男", head, "户主");
    member(jdbc, id, 2, spouseName, "女", spouse, "配偶");
    return new InsuredHousehold(id, village, headName, head, spouseName, spouse);
  }

  private static void member(JdbcTemplate jdbc, String household, int number, String name, String sex, String idNumber,
      String relation) {
    jdbc.update("""
        INSERT INTO household_member (household_id, member_no, name, sex, document_type, id_number, relation)
        VALUES (?, ?, ?, ?, '居民身份证', ?, ?)""", household, number, name, sex, idNumber, relation);
  }
}
