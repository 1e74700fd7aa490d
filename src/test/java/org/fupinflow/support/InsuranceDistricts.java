package org.fupinflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Districts of their own for premium cases: one premium case may live per district and insurance year, so a test
 * that does not pay 道里区's own premium works in a new district (a tenant like 环翠 in the reconciliation test), whose
 * officials are the demo officials it names. Its insured people are households filed directly (each head alone, a
 * 即时帮扶人口 household since 2019), its upper-level funds notices registered over HTTP. {@link #removeAll()} cancels
 * every case of those districts and deletes them, so Harbin's district list stays what other tests count on.
 */
public final class InsuranceDistricts {

  public static final String START = "/engine-rest/process-definition/key/insurance-premium/start";

  private final Http http;
  private final JdbcTemplate jdbc;
  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final List<String> created = new ArrayList<>();

  public InsuranceDistricts(Http http, JdbcTemplate jdbc, IdentityService identityService, RuntimeService runtimeService) {
    this.http = http;
    this.jdbc = jdbc;
    this.identityService = identityService;
    this.runtimeService = runtimeService;
  }

  /** A new district whose officials are the administrator and {@code officials}; returns its code. */
  public String aDistrict(String... officials) {
    var code = "ipt" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    var tenant = identityService.newTenant(code);
    tenant.setName("保费测试区" + code.substring(3, 7));
    identityService.saveTenant(tenant);
    created.add(code);
    identityService.createTenantUserMembership(code, "demo");
    for (var official : officials) {
      identityService.createTenantUserMembership(code, official);
    }
    return code;
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

  /** Cancels every case of the districts made here and deletes the districts. */
  public void removeAll() {
    for (var district : created) {
      for (var instance : runtimeService.createProcessInstanceQuery().tenantIdIn(district).list()) {
        runtimeService.deleteProcessInstance(instance.getId(), "test district removed");
      }
      identityService.deleteTenant(district);
    }
    created.clear();
  }
}
