package org.fupinflow.relief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.relief.ReliefClaimProcess.Elements.TASK_CHECK_CLAIM;
import static org.fupinflow.relief.ReliefClaimProcess.Elements.TASK_INFORM_APPLICANT;
import static org.fupinflow.relief.ReliefClaimProcess.Elements.TASK_INSURER_CHECK;
import static org.fupinflow.relief.ReliefClaimProcess.Elements.TASK_RECORD_PAYMENT;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fupinflow.household.IdNumbers;
import org.fupinflow.support.Http;
import org.fupinflow.support.InsuredHousehold;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Relief claims of 道里区 over the engine REST API as the officials and the insurer's worker send them: the township
 * officer 张伟 (zhangwei) reports, the district office 陈静 (chenjing) asks the insurer, the insurer's worker logged
 * in as 徐斌 (xubin) checks over {@code /external-task} and records the payment. Around National Day 2020
 * (1–8 October off, Sunday 27 September and Saturday 10 October working days).
 */
@IntegrationTest
class ReliefClaimOverHttpTest {

  private static final String START = "/engine-rest/process-definition/key/relief-claim/start";
  private static final String WORKER = "insurer-worker-1";

  @Autowired Http http;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;

  private InsuredHousehold household;

  @BeforeEach
  void fileTheHousehold() {
    household = InsuredHousehold.filed(jdbc, "王德顺", "刘桂芝");
    at("2020-09-25T02:00:00Z"); // Friday
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aMedicalClaimIsPaidToTheFenWithinThirtyWorkingDaysCountedAcrossNationalDay() {
    var started = report(medical(household.headName(), household.headIdNumber(), "2020-09-10", "100000.00", "50000.00",
        "15000.00", "3000.00", "2000.00"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    var instance = started.json().get("id").asText();
    var caseNumber = started.json().get("businessKey").asText();
    assertThat(caseNumber).startsWith("RC-daoli-2020-");
    assertThat(variables(instance)).as("the ID number stays in the register").doesNotContain(household.headIdNumber())
        .contains(IdNumbers.mask(household.headIdNumber()));

    var check = task("chenjing", instance, TASK_CHECK_CLAIM);
    assertThat(check.get("due").asText()).as("3 working days from Friday 25 September: 27 (a Sunday worked), 28, 29")
        .startsWith("2020-09-29T15:59:59");
    at("2020-09-28T02:00:00Z");
    assertThat(complete("yangmin", check, Map.of("checkDecision", "forward")).status()).as("呼兰区's office")
        .isEqualTo(404);
    assertThat(complete("zhangwei", check, Map.of("checkDecision", "forward")).status())
        .as("the township does not see the district's step").isEqualTo(404);
    complete("chenjing", check, Map.of("checkDecision", "forward"));

    var locked = fetch("xubin");
    assertThat(locked).hasSize(1);
    var external = locked.get(0);
    assertThat(external.get("businessKey").asText()).isEqualTo(caseNumber);
    assertThat(external.at("/variables/compliantCosts/value").asText()).isEqualTo("100000.00");
    assertThat(external.at("/variables/personIdMasked/value").asText()).isEqualTo(IdNumbers.mask(household.headIdNumber()));
    at("2020-10-09T02:00:00Z");
    var checked = completeExternal("xubin", external, verifiedMedical("100000.00", "50000.00", "15000.00", "3000.00",
        "2000.00", "2020-10-09"));
    assertThat(checked.status()).as(checked.body()).isEqualTo(204);

    var payment = task("xubin", instance, TASK_RECORD_PAYMENT);
    assertThat(payment.get("due").asText()).as("30 working days from 28 September, 1–8 October off, 10 October worked")
        .startsWith("2020-11-16T15:59:59");
    assertThat(variable(instance, "payoutAmount")).as("own share 30,000.00, 10% of 100,000.00 stays with the person")
        .isEqualTo("20000.00");

    at("2020-10-12T02:00:00Z");
    var wrong = complete("xubin", payment, Map.of("paidOn", "2020-10-12", "paidAmount", "19999.99"));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().get("message").asText()).contains("paidAmount", "20,000.00", "19,999.99");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM insurance_fund_entry WHERE case_number = ?", Integer.class,
        caseNumber)).as("nothing written").isZero();
    var paid = complete("xubin", payment, Map.of("paidOn", "2020-10-12", "paidAmount", "20000.00"));
    assertThat(paid.status()).as(paid.body()).isEqualTo(204);

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
        .activityId(ReliefClaimProcess.Elements.END_RELIEF_PAID).count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT amount FROM insurance_fund_entry WHERE case_number = ? AND kind = 'PAYOUT'",
        Long.class, caseNumber)).isEqualTo(2_000_000L);

    var claim = http.get("chenjing", "/api/relief-claims/" + caseNumber).json();
    assertThat(claim.get("outcome").asText()).isEqualTo("PAID");
    assertThat(claim.get("paidAmount").decimalValue()).isEqualByComparingTo("20000.00");
    assertThat(claim.at("/reported/ownShare").decimalValue()).isEqualByComparingTo("30000.00");
    assertThat(claim.at("/deadline/workingDaysUsed").asInt()).as("29, 30 September, 9, 10 and 12 October").isEqualTo(5);
    assertThat(claim.at("/deadline/workingDaysLeft").asInt()).isEqualTo(25);
    assertThat(claim.at("/deadline/overdue").asBoolean()).isFalse();
    assertThat(claim.get("personIdNumber").asText()).isEqualTo(IdNumbers.mask(household.headIdNumber()));

    var board = http.getAnonymous("/public/relief.json?district=daoli");
    assertThat(board.status()).isEqualTo(200);
    assertThat(board.body()).contains(caseNumber, "王**", "住院医疗", "20000.00").doesNotContain("王德顺")
        .doesNotContain(household.headIdNumber()).doesNotContain("100000");
    assertThat(http.getAnonymous("/public/relief").body()).contains("防贫保险救助金发放公示", "王**");

    var history = http.get("chenjing", "/api/households/" + household.id()).json().get("otherCases");
    assertThat(history.toString()).contains(caseNumber, "防贫保险救助", "救助金已发放");
  }

  @Test
  void aSecondStayCountsTheTenPercentOverTheMedicalYearAndTheSameEventCannotBeClaimedTwice() {
    var first = payMedical(household.spouseName(), household.spouseIdNumber(), "2020-09-01", "100000.00", "70000.00");
    assertThat(first.get("paidAmount").decimalValue()).isEqualByComparingTo("20000.00");

    var again = report(medical(household.spouseName(), household.spouseIdNumber(), "2020-09-01", "100000.00", "70000.00",
        "0", "0", "0"));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().get("message").asText()).contains("eventDate", first.get("caseNumber").asText());

    // the year now 150,000.00 compliant, own share 50,000.00; 10% = 15,000.00; 35,000.00 in all, 20,000.00 paid before
    var second = payMedical(household.spouseName(), household.spouseIdNumber(), "2020-09-20", "50000.00", "30000.00");
    assertThat(second.get("payout").decimalValue()).isEqualByComparingTo("15000.00");
    assertThat(second.get("paidAmount").decimalValue()).isEqualByComparingTo("15000.00");
  }

  /**
   * The relief register (paid claims of 道里区 with an event in 2020), the insurance fund's payouts of 2020 and each
   * payout's fund entry agree to the fen, whatever other tests paid before.
   */
  @Test
  void theRegisterAndTheInsuranceFundsPayoutsReconcile() {
    payMedical(household.headName(), household.headIdNumber(), "2020-09-02", "30000.00", "20000.00");
    payMedical(household.spouseName(), household.spouseIdNumber(), "2020-09-03", "12000.00", "9000.00");

    var register = http.get("chenjing", "/api/relief-claims?district=daoli").json();
    var paid2020 = new java.util.HashMap<String, java.math.BigDecimal>();
    for (var claim : register.get("claims")) {
      if ("PAID".equals(claim.path("outcome").asText()) && claim.get("eventDate").asText().startsWith("2020-")) {
        paid2020.put(claim.get("caseNumber").asText(), claim.get("paidAmount").decimalValue());
      }
    }
    var fund = http.get("chenjing", "/api/insurance/2020/fund?district=daoli").json();
    var payouts = new java.util.HashMap<String, java.math.BigDecimal>();
    for (var entry : fund.get("entries")) {
      if (entry.get("kind").asText().equals("PAYOUT")) {
        payouts.merge(entry.get("caseNumber").asText(), entry.get("amount").decimalValue(), java.math.BigDecimal::add);
      }
    }
    assertThat(payouts.keySet()).isEqualTo(paid2020.keySet());
    paid2020.forEach((caseNumber, amount) -> assertThat(payouts.get(caseNumber)).as(caseNumber).isEqualByComparingTo(amount));
    assertThat(fund.get("payouts").decimalValue()).isEqualByComparingTo(
        paid2020.values().stream().reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
    assertThat(fund.get("balance").decimalValue()).isEqualByComparingTo(
        fund.get("contributions").decimalValue().subtract(fund.get("payouts").decimalValue()));
  }

  @Test
  void twoReportsOfTheSameEventAtOnceFileOneClaim() throws Exception {
    var report = medical(household.headName(), household.headIdNumber(), "2020-09-08", "5000.00", "4000.00", "0", "0",
        "0");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      var replies = pool.invokeAll(java.util.Collections.nCopies(4,
          (java.util.concurrent.Callable<Http.Reply>) () -> report(report)));
      var statuses = new java.util.ArrayList<Integer>();
      for (var reply : replies) {
        statuses.add(reply.get().status());
      }
      assertThat(statuses).containsExactlyInAnyOrder(200, 400, 400, 400);
    } finally {
      pool.shutdown();
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM relief_claim WHERE household_id = ? AND event_date = ?",
        Integer.class, household.id(), java.time.LocalDate.of(2020, 9, 8))).isEqualTo(1);
  }

  @Test
  void anAccidentDisabilityIsPaidAtTheLevelTheInsurerVerified() {
    var started = report(Map.of("districtCode", "daoli", "townshipCode", "xinnong", "insuredName", household.headName(),
        "insuredIdNumber", household.headIdNumber(), "eventType", "accident-disability", "disabilityLevel", 3,
        "eventDate", "2020-09-20"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    var instance = started.json().get("id").asText();
    complete("chenjing", task("chenjing", instance, TASK_CHECK_CLAIM), Map.of("checkDecision", "forward"));
    var external = fetch("xubin").get(0);
    var withoutLevel = completeExternal("xubin", external, Map.of("checkedOn", "2020-09-25"));
    assertThat(withoutLevel.status()).isEqualTo(400);
    assertThat(withoutLevel.json().get("message").asText()).contains("verifiedDisabilityLevel");
    assertThat(completeExternal("xubin", external, Map.of("checkedOn", "2020-09-25", "verifiedDisabilityLevel", 4,
        "checkNote", "鉴定为四级伤残")).status()).isEqualTo(204);
    assertThat(variable(instance, "payoutAmount")).as("level 4: 50,000 less 3 × 5,000").isEqualTo("35000.00");
    var paid = complete("xubin", task("xubin", instance, TASK_RECORD_PAYMENT), Map.of("paidOn", "2020-09-25",
        "paidAmount", "35000"));
    assertThat(paid.status()).as(paid.body()).isEqualTo(204);
    assertThat(jdbc.queryForObject("SELECT paid_amount FROM relief_claim WHERE process_instance_id = ?", Long.class,
        instance)).isEqualTo(3_500_000L);
  }

  @Test
  void aClaimTheInsurerFindsNotEligibleEndsWithItsReasonAndTheTownshipTellsTheApplicant() {
    var started = report(medical(household.headName(), household.headIdNumber(), "2020-09-15", "8000.00", "6000.00",
        "0", "0", "0"));
    var instance = started.json().get("id").asText();
    complete("chenjing", task("chenjing", instance, TASK_CHECK_CLAIM), Map.of("checkDecision", "forward"));
    var external = fetch("xubin").get(0);

    var otherCode = http.post("xubin", "/engine-rest/external-task/" + external.get("id").asText() + "/bpmnError",
        Map.of("workerId", WORKER, "errorCode", "fraud", "errorMessage", "x"));
    assertThat(otherCode.status()).isEqualTo(400);
    assertThat(otherCode.json().get("message").asText()).contains("errorCode", "not-eligible");
    var withId = http.post("xubin", "/engine-rest/external-task/" + external.get("id").asText() + "/bpmnError",
        Map.of("workerId", WORKER, "errorCode", "not-eligible", "errorMessage", "身份证 " + household.headIdNumber()));
    assertThat(withId.status()).isEqualTo(400);
    var error = http.post("xubin", "/engine-rest/external-task/" + external.get("id").asText() + "/bpmnError",
        Map.of("workerId", WORKER, "errorCode", "not-eligible", "errorMessage", "住院费用发生在定点医院以外，不属于合规费用"));
    assertThat(error.status()).as(error.body()).isEqualTo(204);

    var inform = task("zhangwei", instance, TASK_INFORM_APPLICANT);
    assertThat(inform.get("due").asText()).as("5 working days from Friday 25 September").startsWith("2020-10-09T15:59:59");
    assertThat(variable(instance, "outcomeReason")).isEqualTo("住院费用发生在定点医院以外，不属于合规费用");
    assertThat(http.get("wangfang", "/engine-rest/task?processInstanceId=" + instance).json()).as("another district")
        .isEmpty();
    assertThat(http.get("liuyang", "/engine-rest/task?processInstanceId=" + instance).json()).as("太平镇, same district")
        .isEmpty();
    assertThat(complete("liuyang", inform, Map.of("informedOn", "2020-09-25")).status()).isEqualTo(404);
    assertThat(complete("zhangwei", inform, Map.of("informedOn", "2020-09-25", "informNote", "已电话告知并入户说明"))
        .status()).isEqualTo(204);
    var claim = jdbc.queryForMap("SELECT outcome, outcome_reason, informed_on, ended_at FROM relief_claim "
        + "WHERE process_instance_id = ?", instance);
    assertThat(claim.get("outcome")).isEqualTo("NOT_ELIGIBLE");
    assertThat(claim.get("ended_at")).isNotNull();
  }

  @Test
  void onlyInsurersFetchAndWorkTheCheckAndACompletionCarriesOnlyTheContractsVariables() {
    var started = report(medical(household.headName(), household.headIdNumber(), "2020-09-15", "8000.00", "6000.00",
        "0", "0", "0"));
    var instance = started.json().get("id").asText();
    complete("chenjing", task("chenjing", instance, TASK_CHECK_CLAIM), Map.of("checkDecision", "forward"));

    for (var official : List.of("zhangwei", "chenjing", "zhaolei", "sunli", "wuqiang")) {
      var refused = http.post(official, "/engine-rest/external-task/fetchAndLock", fetchBody());
      assertThat(refused.status()).as(official).isEqualTo(403);
      assertThat(refused.json().get("message").asText()).contains("relief-claim-check");
    }
    var external = fetch("xubin").get(0);
    var id = external.get("id").asText();
    assertThat(http.post("chenjing", "/engine-rest/external-task/" + id + "/complete", Map.of("workerId", WORKER))
        .status()).isEqualTo(403);
    var smuggled = completeExternal("xubin", external, Map.of("checkedOn", "2020-09-25", "verifiedCompliantCosts",
        "8000.00", "payoutAmount", "60000.00"));
    assertThat(smuggled.status()).isEqualTo(400);
    assertThat(smuggled.json().get("message").asText()).contains("payoutAmount");
    var local = http.post("xubin", "/engine-rest/external-task/" + id + "/complete", Map.of("workerId", WORKER,
        "localVariables", Http.variables(Map.of("checkNote", "x"))));
    assertThat(local.status()).isEqualTo(400);
    assertThat(http.post("xubin", "/engine-rest/external-task/" + id + "/retries", Map.of("retries", 5)).status())
        .as("retries are an administrator's tool").isEqualTo(403);
    var costsAboveWhatOthersPaid = completeExternal("xubin", external, verifiedMedical("5000.00", "6000.00", "0", "0",
        "0", "2020-09-25"));
    assertThat(costsAboveWhatOthersPaid.status()).isEqualTo(400);
    assertThat(costsAboveWhatOthersPaid.json().get("message").asText()).contains("verifiedBasicInsurancePaid");
    assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance).variableName("checkedOn")
        .count()).as("a refused completion changes nothing").isZero();
  }

  @Test
  void aLockThatExpiresGoesBackToTheQueueAndAFailureWithoutRetriesIsAnIncidentTheDistrictSees() {
    var started = report(medical(household.headName(), household.headIdNumber(), "2020-09-15", "8000.00", "6000.00",
        "0", "0", "0"));
    var instance = started.json().get("id").asText();
    complete("chenjing", task("chenjing", instance, TASK_CHECK_CLAIM), Map.of("checkDecision", "forward"));
    var first = fetch("xubin");
    assertThat(first).hasSize(1);
    assertThat(fetch("xubin")).as("locked").isEmpty();
    ClockUtil.offset(120_000L);
    var again = fetch("xubin");
    assertThat(again).as("the lock of 60 s expired").hasSize(1);

    var failure = http.post("xubin", "/engine-rest/external-task/" + again.get(0).get("id").asText() + "/failure",
        Map.of("workerId", WORKER, "errorMessage", "核查系统无法连接医保结算平台", "retries", 0, "retryTimeout", 0));
    assertThat(failure.status()).as(failure.body()).isEqualTo(204);
    var incidents = http.get("chenjing", "/engine-rest/incident?processInstanceId=" + instance).json();
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).get("incidentType").asText()).isEqualTo("failedExternalTask");
    assertThat(incidents.get(0).get("incidentMessage").asText()).contains("医保结算平台");
  }

  @Test
  void anInsurerCheckLeftOpenPastTheThirtyWorkingDaysEscalatesToTheDistrictAndClosesWhenDone() {
    var started = report(medical(household.headName(), household.headIdNumber(), "2020-09-15", "8000.00", "6000.00",
        "0", "0", "0"));
    var instance = started.json().get("id").asText();
    at("2020-09-28T02:00:00Z");
    complete("chenjing", task("chenjing", instance, TASK_CHECK_CLAIM), Map.of("checkDecision", "forward"));
    var timer = managementService.createJobQuery().processInstanceId(instance)
        .activityId(ReliefClaimProcess.Elements.TIMER_INSURER_CHECK_OVERDUE).singleResult();
    assertThat(timer.getDuedate()).isEqualTo(Date.from(Instant.parse("2020-11-16T15:59:59Z")));
    at("2020-11-17T01:00:00Z");
    managementService.executeJob(timer.getId());

    var incident = runtimeService.createIncidentQuery().processInstanceId(instance).incidentType("deadlineOverdue")
        .singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getIncidentMessage()).contains("保险公司核查", "2020-11-16");
    var supervision = taskService.createTaskQuery().taskCandidateGroup("district-poverty-office").tenantIdIn("daoli")
        .taskNameLike("%保险公司核查%").list().stream().filter(task -> task.getName().contains(
            started.json().get("businessKey").asText())).toList();
    assertThat(supervision).hasSize(1);

    var external = fetch("xubin").get(0);
    assertThat(completeExternal("xubin", external, verifiedMedical("8000.00", "6000.00", "0", "0", "0", "2020-11-17"))
        .status()).isEqualTo(204);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).incidentType("deadlineOverdue").count())
        .isZero();
    assertThat(jdbc.queryForObject("SELECT late_working_days FROM escalation_record WHERE process_instance_id = ?"
        + " AND step_id = ?", Integer.class, instance, TASK_INSURER_CHECK)).isEqualTo(1);
    assertThat(http.get("chenjing", "/api/relief-claims/" + started.json().get("businessKey").asText()).json()
        .at("/deadline/overdue").asBoolean()).as("still unpaid on the 31st working day").isTrue();
  }

  @Test
  void aReportIsRefusedForSomeoneOutsideTheTownshipNotInsuredOrMisnamedAndNothingStarts() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("relief-claim").count();
    var misnamed = report(medical("王德", household.headIdNumber(), "2020-09-10", "1000", "0", "0", "0", "0"));
    assertThat(misnamed.status()).isEqualTo(400);
    assertThat(misnamed.json().get("message").asText()).contains("insuredName");
    var unknown = report(medical(household.headName(), org.fupinflow.support.HouseholdData.nextHeadIdNumber(),
        "2020-09-10", "1000", "0", "0", "0", "0"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("message").asText()).contains("insuredIdNumber").doesNotContain(household.headIdNumber());
    var beforeCover = report(medical(household.headName(), household.headIdNumber(), "2019-05-10", "1000", "0", "0", "0",
        "0"));
    assertThat(beforeCover.status()).isEqualTo(400);
    assertThat(beforeCover.json().get("message").asText()).contains("eventDate", "2019");
    var otherTownship = http.post("wangfang", START, Map.of("variables", Http.variables(medicalWith("daoli",
        "xinnong"))));
    assertThat(otherTownship.status()).isEqualTo(403);
    var anotherTownship = report(medicalWith("daoli", "taiping"));
    assertThat(anotherTownship.status()).as("张伟 works for 新农镇, not 太平镇").isEqualTo(403);
    var districtOffice = http.post("chenjing", START, Map.of("variables", Http.variables(medical(household.headName(),
        household.headIdNumber(), "2020-09-10", "1000", "0", "0", "0", "0"))));
    assertThat(districtOffice.status()).as("the township reports").isEqualTo(403);
    var fixedSumWithCosts = report(Map.of("districtCode", "daoli", "townshipCode", "xinnong", "insuredName",
        household.headName(), "insuredIdNumber", household.headIdNumber(), "eventType", "accident-death", "eventDate",
        "2020-09-10", "compliantCosts", "1000"));
    assertThat(fixedSumWithCosts.status()).isEqualTo(400);
    assertThat(fixedSumWithCosts.json().get("message").asText()).contains("compliantCosts");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("relief-claim").count()).isEqualTo(before);
  }

  @Test
  void theRegisterIsReadWithinTheOfficialsDistrictAndTownship() {
    var caseNumber = report(medical(household.headName(), household.headIdNumber(), "2020-09-15", "8000.00", "6000.00",
        "0", "0", "0")).json().get("businessKey").asText();
    for (var reader : List.of("zhangwei", "chenjing", "zhaolei", "sunli", "zhoujie", "wuqiang", "xubin", "demo")) {
      var reply = http.get(reader, "/api/relief-claims?district=daoli");
      assertThat(reply.status()).as(reader).isEqualTo(200);
      assertThat(reply.body()).as(reader).contains(caseNumber).doesNotContain(household.headIdNumber());
    }
    assertThat(http.get("yangmin", "/api/relief-claims?district=daoli").status()).isEqualTo(403);
    assertThat(http.get("yangmin", "/api/relief-claims/" + caseNumber).status()).isEqualTo(404);
    assertThat(http.get("lina", "/api/relief-claims").status()).isEqualTo(403);
    assertThat(http.getAnonymous("/api/relief-claims").status()).isEqualTo(401);
    assertThat(http.get("chenjing", "/api/relief-claims/RC-daoli-2020-x").status()).isEqualTo(400);
  }

  // --- the officials' and the worker's calls

  private Http.Reply report(Map<String, Object> values) {
    return http.post("zhangwei", START, Map.of("variables", Http.variables(values)));
  }

  private Map<String, Object> medicalWith(String district, String township) {
    var values = new HashMap<>(medical(household.headName(), household.headIdNumber(), "2020-09-10", "1000", "0", "0",
        "0", "0"));
    values.put("districtCode", district);
    values.put("townshipCode", township);
    return values;
  }

  static Map<String, Object> medical(String name, String idNumber, String eventDate, String costs, String basic,
      String critical, String waivers, String aid) {
    var values = new HashMap<String, Object>();
    values.put("districtCode", "daoli");
    values.put("townshipCode", "xinnong");
    values.put("insuredName", name);
    values.put("insuredIdNumber", idNumber);
    values.put("eventType", "inpatient-medical");
    values.put("eventDate", eventDate);
    values.put("compliantCosts", costs);
    values.put("basicInsurancePaid", basic);
    values.put("criticalIllnessPaid", critical);
    values.put("hospitalWaivers", waivers);
    values.put("medicalAidPaid", aid);
    return values;
  }

  static Map<String, Object> verifiedMedical(String costs, String basic, String critical, String waivers, String aid,
      String checkedOn) {
    return Map.of("verifiedCompliantCosts", costs, "verifiedBasicInsurancePaid", basic, "verifiedCriticalIllnessPaid",
        critical, "verifiedHospitalWaivers", waivers, "verifiedMedicalAidPaid", aid, "checkedOn", checkedOn);
  }

  /** A medical claim taken through to payment on the day; the register's view of it. */
  private JsonNode payMedical(String name, String idNumber, String eventDate, String costs, String basic) {
    var started = report(medical(name, idNumber, eventDate, costs, basic, "0", "0", "0"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    var instance = started.json().get("id").asText();
    complete("chenjing", task("chenjing", instance, TASK_CHECK_CLAIM), Map.of("checkDecision", "forward"));
    var external = fetch("xubin").stream().filter(task -> task.get("processInstanceId").asText().equals(instance))
        .findFirst().orElseThrow();
    assertThat(completeExternal("xubin", external, verifiedMedical(costs, basic, "0", "0", "0", "2020-09-25")).status())
        .isEqualTo(204);
    var payout = variable(instance, "payoutAmount");
    assertThat(complete("xubin", task("xubin", instance, TASK_RECORD_PAYMENT), Map.of("paidOn", "2020-09-25",
        "paidAmount", payout)).status()).isEqualTo(204);
    return http.get("chenjing", "/api/relief-claims/" + started.json().get("businessKey").asText()).json();
  }

  private static Map<String, Object> fetchBody() {
    return Map.of("workerId", WORKER, "maxTasks", 10, "topics", List.of(Map.of("topicName", "relief-claim-check",
        "lockDuration", 60_000, "processDefinitionKey", "relief-claim")));
  }

  /** The worker's fetch, only this test's household's claims (other tests leave open claims of their own). */
  private List<JsonNode> fetch(String insurer) {
    var reply = http.post(insurer, "/engine-rest/external-task/fetchAndLock", fetchBody());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    var ours = new java.util.ArrayList<JsonNode>();
    for (var task : reply.json()) {
      var claim = jdbc.queryForList("SELECT household_id FROM relief_claim WHERE process_instance_id = ?", String.class,
          task.get("processInstanceId").asText());
      if (claim.contains(household.id())) {
        ours.add(task);
      } else {
        http.post(insurer, "/engine-rest/external-task/" + task.get("id").asText() + "/unlock", Map.of());
      }
    }
    return ours;
  }

  private Http.Reply completeExternal(String insurer, JsonNode task, Map<String, Object> values) {
    return http.post(insurer, "/engine-rest/external-task/" + task.get("id").asText() + "/complete",
        Map.of("workerId", WORKER, "variables", Http.variables(values)));
  }

  private JsonNode task(String official, String instance, String step) {
    var reply = http.get(official, "/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + step);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json()).as("%s of %s for %s", step, instance, official).hasSize(1);
    return reply.json().get(0);
  }

  private Http.Reply complete(String official, JsonNode task, Map<String, Object> values) {
    return http.post(official, "/engine-rest/task/" + task.get("id").asText() + "/complete",
        Map.of("variables", Http.variables(values)));
  }

  private String variables(String instance) {
    return http.get("chenjing", "/engine-rest/process-instance/" + instance + "/variables").body();
  }

  private String variable(String instance, String name) {
    return (String) runtimeService.getVariable(instance, name);
  }

  private static void at(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
  }
}
