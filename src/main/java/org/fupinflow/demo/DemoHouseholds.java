package org.fupinflow.demo;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.household.HouseholdStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo only: four 脱贫享受政策户 (category A) of 道里区 in the household register since 1 June 2019, as earlier years
 * left it — three in 新农镇 民主村, one in 太平镇 永兴村 — so that an official trying the demo has insured people to
 * report a relief claim (防贫保险救助) for: insured from 1 January of every year since 2020 (001). Their villages are
 * theirs alone, so tests that look at the households of a village of their own never see them. The resident IDs are
 * made up for the demo (道里区 230102, check character per GB 11643).
 */
@Component
@Profile("demo")
class DemoHouseholds implements ApplicationRunner {

  static final String DISTRICT = "daoli";
  static final LocalDate IN_POLICY_SINCE = LocalDate.of(2019, 6, 1);

  record Member(String name, String sex, String idNumber, String relation) {
  }

  record Household(String id, String township, String village, List<Member> members) {
    Member head() {
      return members.get(0);
    }
  }

  static final List<Household> HOUSEHOLDS = List.of(
      new Household("demo-daoli-xinnong-minzhu-01", "xinnong", "民主村", List.of(
          new Member("刘长海", "男", "230102195603124138", "户主"),
          new Member("孙秀兰", "女", "230102195708214287", "配偶"),
          new Member("刘海龙", "男", "230102198610054370", "之子"))),
      new Household("demo-daoli-xinnong-minzhu-02", "xinnong", "民主村", List.of(
          new Member("高玉珍", "女", "23010219580117526X", "户主"),
          new Member("张志强", "男", "230102198804095517", "之子"),
          new Member("张晓燕", "女", "23010220120630562X", "之孙女"))),
      new Household("demo-daoli-xinnong-minzhu-03", "xinnong", "民主村", List.of(
          new Member("陈国富", "男", "230102195312026159", "户主"),
          new Member("王淑芬", "女", "23010219550628624X", "配偶"))),
      new Household("demo-daoli-taiping-yongxing-01", "taiping", "永兴村", List.of(
          new Member("马德福", "男", "230102195909157135", "户主"),
          new Member("李桂香", "女", "230102195902117229", "配偶"),
          new Member("马丽", "女", "230102199007077484", "之女"))));

  private static final Logger log = LoggerFactory.getLogger(DemoHouseholds.class);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  DemoHouseholds(JdbcTemplate jdbc, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (var household : HOUSEHOLDS) {
      try {
        if (Boolean.TRUE.equals(transaction.execute(status -> file(household)))) {
          log.info("Demo household {} ({} {}, {} members)", household.id(), household.township(), household.village(),
              household.members().size());
        }
      } catch (DuplicateKeyException e) {
        // Another node of the cluster filed it first.
      }
    }
  }

  /** Files the household with its members unless it, or a household with its head, is already registered. */
  private boolean file(Household household) {
    var head = household.head();
    var known = jdbc.queryForObject("SELECT COUNT(*) FROM household WHERE id = ? OR (district = ? AND head_id_number = ?)",
        Integer.class, household.id(), DISTRICT, head.idNumber());
    if (known != null && known > 0) {
      return false;
    }
    var at = new Timestamp(ChinaTime.startOfDay(IN_POLICY_SINCE).getTime());
    jdbc.update("""
        INSERT INTO household (id, district, township, village, head_name, head_id_number, category, status, status_since,
          created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'A', ?, ?, ?, ?)""",
        household.id(), DISTRICT, household.township(), household.village(), head.name(), head.idNumber(),
        HouseholdStatus.OUT_OF_POVERTY_WITH_POLICY.name(), IN_POLICY_SINCE, at, at);
    var number = 0;
    for (var member : household.members()) {
      jdbc.update("""
          INSERT INTO household_member (household_id, member_no, name, sex, document_type, id_number, relation)
          VALUES (?, ?, ?, ?, '居民身份证', ?, ?)""",
          household.id(), ++number, member.name(), member.sex(), member.idNumber(), member.relation());
    }
    return true;
  }
}
