package org.fupinflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.fupinflow.security.Roles;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Districts of their own for premium cases: one premium case may live per district and insurance year, so a test
 * that does not pay 道里区's own premium works in a new district (an {@link OwnDistricts} district, whose members are the
 * city's officials) with a district poverty office and a district finance official of its own, as the demo gives
 * 道里区 陈静 and 赵磊. Its insured people are households filed directly (each head alone, a 即时帮扶人口 household since
 * 2019), its upper-level funds notices registered over HTTP. The districts, their officials and their cases stay when
 * the test ends: no demo official of a district becomes a member of them, so nobody's own district changes.
 */
public final class InsuranceDistricts {

  public static final String START = "/engine-rest/process-definition/key/insurance-premium/start";

  /** A premium-test district's code and the user ids of its poverty office and its finance official. */
  public record District(String code, String povertyOffice, String finance) {
  }

  private final Http http;
  private final JdbcTemplate jdbc;
  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl engineConfiguration;

  public InsuranceDistricts(Http http, JdbcTemplate jdbc, ProcessEngineConfigurationImpl engineConfiguration) {
    this.http = http;
    this.jdbc = jdbc;
    this.identityService = engineConfiguration.getIdentityService();
    this.engineConfiguration = engineConfiguration;
  }

  /** A new district with a poverty office (扶贫办) and a finance official (财政局) who belong to it alone. */
  public District aDistrict() {
    var code = OwnDistricts.aDistrict(identityService, "保费测试区");
    var name = identityService.createTenantQuery().tenantId(code).singleResult().getName();
    return new District(code, anOfficial(code, name, "fupinban", "扶贫办", Roles.DISTRICT_POVERTY_OFFICE),
        anOfficial(code, name, "caizheng", "财政局", Roles.DISTRICT_FINANCE));
  }

  /**
   * An official of {@code role} in {@code district} alone, whose password is the user id like the demo officials'
   * ({@link Http} logs in that way), saved past the password policy as the demo data saves them.
   */
  private String anOfficial(String district, String districtName, String office, String officeName, Roles role) {
    var userId = district + "-" + office;
    var user = identityService.newUser(userId);
    user.setFirstName(districtName);
    user.setLastName(officeName);
    user.setPassword(userId);
    engineConfiguration.getCommandExecutorTxRequired().execute(new SaveUserCmd(user, true));
    identityService.createMembership(userId, role.groupId());
    identityService.createTenantUserMembership(district, userId);
    return userId;
  }

  /** {@code people} insured people in {@code district}: households of one, 即时帮扶人口 since 31 December 2019. */
  public void insure(String district, String village, int people) {
    var now = Timestamp.from(Instant.now());
    for (int i = 0; i < people; i++) {
      var random = ThreadLocalRandom.current();
      var idNumber = HouseholdData.residentId(LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000)), random.nextInt(1000));
      jdbc.update("INSERT INTO household (id, district, township, village, head_name, head_id_number, category, status,"
              + " status_since, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'B', 'INSTANT_ASSISTANCE', ?, ?, ?)",
          UUID.randomUUID().toString(), district, "xinnong", village, "参保人" + (i + 1), idNumber,
          LocalDate.of(2019, 12, 31), now, now);
    }
  }

  /** A notice of {@code level} (省级, 市级) on 扶贫特惠保险补助 giving {@code district} {@code amount} yuan. */
  public void received(String district, String level, String issuedOn, String amount) {
    var body = new LinkedHashMap<String, Object>();
    body.put("documentNumber", "保费测试〔2020〕" + UUID.randomUUID().toString().substring(0, 8) + "号");
    body.put("issuedOn", issuedOn);
    body.put("level", level);
    body.put("fundLine", "扶贫特惠保险补助");
    body.put("functionCode", DaoliFundShares.FUNCTION_CODE);
    body.put("governmentEconomicCode", DaoliFundShares.GOVERNMENT_ECONOMIC_CODE);
    body.put("departmentEconomicCode", DaoliFundShares.DEPARTMENT_ECONOMIC_CODE);
    body.put("matchingRatio", "");
    body.put("shares", List.of(Map.of("district", district, "amount", amount)));
    var reply = http.post("demo", "/api/fund-notices", body);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
  }

  /** {@code official} starts the premium case of {@code district}'s {@code year} over the engine REST API. */
  public Http.Reply start(String official, String district, Object year) {
    return http.post(official, START, Map.of("variables", Http.variables(Map.of("districtCode", district,
        "insuranceYear", year))));
  }
}
