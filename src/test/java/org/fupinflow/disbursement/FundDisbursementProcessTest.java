package org.fupinflow.disbursement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.fupinflow.disbursement.FundDisbursementProcess.Elements.END_FUNDS_DISBURSED;
import static org.fupinflow.disbursement.FundDisbursementProcess.Elements.TASK_ARRANGE_MATCHING;
import static org.fupinflow.disbursement.FundDisbursementProcess.Elements.TASK_DISBURSE_FUNDS;
import static org.fupinflow.disbursement.FundDisbursementProcess.Elements.TASK_PROPOSE_ALLOCATION;
import static org.fupinflow.disbursement.FundDisbursementProcess.Elements.TIMER_DISBURSE_FUNDS_OVERDUE;
import static org.fupinflow.disbursement.FundDisbursementProcess.Elements.TIMER_PROPOSE_ALLOCATION_OVERDUE;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.fupinflow.escalation.Escalation;
import org.fupinflow.fundledger.Balance;
import org.fupinflow.fundledger.EntryType;
import org.fupinflow.fundledger.FundLedger;
import org.fupinflow.fundledger.FundLevel;
import org.fupinflow.fundledger.FundLineKey;
import org.fupinflow.fundledger.LedgerFilter;
import org.fupinflow.fundnotice.FundNoticeRegistered;
import org.fupinflow.fundnotice.FundNotices;
import org.fupinflow.security.ApplicationStarts;
import org.fupinflow.security.Roles;
import org.fupinflow.support.DaoliFundShares;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 道里区's share of a city notice dated 30 Dec 2020 (16,005.30 yuan, matched 1:1), from receipt to money out, over
 * HTTP as each official: city finance 周杰 registers, the poverty office 陈静 enters a project and proposes, district
 * finance 赵磊 matches and disburses. It is Monday 4 January 2021. Each test has its own fund line (and a project on
 * it), so balances are its own even when tests share a database.
 */
@IntegrationTest
class FundDisbursementProcessTest {

  private String fundLine;
  private String project;

  @Autowired ApplicationStarts applicationStarts;
  @Autowired Http http;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired FundLedger ledger;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;
  @Autowired FundDisbursements disbursements;
  @Autowired FundNotices notices;

  private String documentNumber;
  private FundLineKey line;

  @BeforeEach
  void itIsMonday4January2021AndTheLibraryHoldsAProjectOnTheFundLine() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2021-01-04T02:00:00Z")));
    fundLine = "农村人口精准防贫机制市级补助资金-" + UUID.randomUUID().toString().substring(0, 6);
    project = shares().aProject(fundLine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void onTimeTheShareIsReceivedMatchedAllocatedDisbursedAndPublishedToTheFen() {
    var id = registered("1:1");
    assertThat(balance()).isEqualTo(new Balance(line, 1_600_530L, 0, 0, 0));
    var proposal = task(id, TASK_PROPOSE_ALLOCATION);
    assertThat(proposal).hasCandidateGroup("district-poverty-office");
    // 30 days after 30 Dec 2020: 29 Jan 2021, a Friday
    assertThat(proposal.getDueDate()).isEqualTo(Date.from(Instant.parse("2021-01-29T15:59:59Z")));
    assertThat(task(id, TASK_ARRANGE_MATCHING)).hasCandidateGroup("district-finance");

    propose(id, allocation(project, "32010.60", "防贫保险保费"));
    complete("zhaolei", id, TASK_ARRANGE_MATCHING, Map.of("matchingArrangedOn", "2021-01-04", "matchingSource", "区本级预算"));
    assertThat(balance()).isEqualTo(new Balance(line, 1_600_530L, 1_600_530L, 3_201_060L, 0));

    var disbursement = task(id, TASK_DISBURSE_FUNDS);
    // 15 days after the proposal of 4 Jan: 19 Jan 2021, a Tuesday
    assertThat(disbursement.getDueDate()).isEqualTo(Date.from(Instant.parse("2021-01-19T15:59:59Z")));
    complete("zhaolei", id, TASK_DISBURSE_FUNDS, Map.of("disbursementDecision", "disburse", "disbursedOn", "2021-01-04"));

    assertThat(balance()).isEqualTo(new Balance(line, 1_600_530L, 1_600_530L, 3_201_060L, 3_201_060L));
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getEndActivityId())
        .isEqualTo(END_FUNDS_DISBURSED);
    var board = http.getAnonymous("/public/funds.json?district=daoli").json();
    var published = board.get("funds").findValues("documentNumber").stream().filter(n -> n.asText().equals(documentNumber)).count();
    assertThat(published).isEqualTo(1);
    assertThat(http.getAnonymous("/public/funds").body()).contains(documentNumber, "32010.60", project);
  }

  @Test
  void aUseOnTheNegativeListIsRefusedAndNothingIsPosted() {
    var id = registered("1:1");
    var reply = proposeReply(id, allocation(project, "1000.00", "乡镇工作经费"));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("message").asText()).contains("负面清单");
    assertNothingAllocated(id);
  }

  @Test
  void linesBeyondWhatTheLineHoldsAreRefused() {
    var id = registered("1:1");
    var reply = proposeReply(id, allocation(project, "32010.61", "防贫保险保费"));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("message").asText()).contains("超过该资金可分配额 32010.60 元");
    assertNothingAllocated(id);
  }

  @Test
  void aProjectOutsideTheLibraryOrOfAnotherFundLineIsRefused() {
    var id = registered("1:1");
    var missing = proposeReply(id, allocation("230-0102-XYZ-9999", "100.00", "防贫保险保费"));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("message").asText()).contains("230-0102-XYZ-9999");
    var otherProject = shares().aProject("扶贫特惠保险补助-" + UUID.randomUUID().toString().substring(0, 6));
    var otherLine = proposeReply(id, allocation(otherProject, "100.00", "保险保费"));
    assertThat(otherLine.status()).isEqualTo(400);
    assertThat(otherLine.json().get("message").asText()).contains(otherProject);
    assertNothingAllocated(id);
  }

  @Test
  void withoutMatchingTheProposalGoesStraightToDisbursement() {
    var id = registered("");
    assertThat(taskService.createTaskQuery().processInstanceId(id).taskDefinitionKey(TASK_ARRANGE_MATCHING).count()).isZero();
    propose(id, allocation(project, "16005.30", "防贫保险保费"));
    assertThat(task(id, TASK_DISBURSE_FUNDS)).isNotNull();
    assertThat(balance()).isEqualTo(new Balance(line, 1_600_530L, 0, 1_600_530L, 0));
  }

  @Test
  void aRejectedProposalIsReversedAndProposedAgain() {
    var id = registered("");
    propose(id, allocation(project, "16005.30", "防贫保险保费"));
    var noReason = http.post("zhaolei", "/engine-rest/task/" + task(id, TASK_DISBURSE_FUNDS).getId() + "/complete",
        Map.of("variables", Http.variables(Map.of("disbursementDecision", "reject"))));
    assertThat(noReason.status()).isEqualTo(400);
    complete("zhaolei", id, TASK_DISBURSE_FUNDS, Map.of("disbursementDecision", "reject", "disbursementComment", "请分两期安排"));

    assertThat(balance()).as("reversed, not deleted").isEqualTo(new Balance(line, 1_600_530L, 0, 0, 0));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE case_number = ?", Integer.class, caseNumber(id)))
        .as("receipt, allocation and its reversal").isEqualTo(3);
    assertThat(runtimeService.getVariable(id, "proposalRound")).isEqualTo(2);

    propose(id, allocation(project, "8000.00", "防贫保险保费（一期）"));
    complete("zhaolei", id, TASK_DISBURSE_FUNDS, Map.of("disbursementDecision", "disburse", "disbursedOn", "2021-01-04"));
    assertThat(balance()).isEqualTo(new Balance(line, 1_600_530L, 0, 800_000L, 800_000L));
  }

  @Test
  void eachMissedDeadlineRaisesAnIncidentForCockpit() {
    var id = registered("");
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2021-01-30T01:00:00Z")));
    managementService.executeJob(timer(id, TIMER_PROPOSE_ALLOCATION_OVERDUE));
    assertThat(runtimeService.createIncidentQuery().processInstanceId(id).incidentType(Escalation.INCIDENT_TYPE)
        .activityId(TASK_PROPOSE_ALLOCATION).count()).isEqualTo(1);

    propose(id, allocation(project, "16005.30", "防贫保险保费"));
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2021-02-16T01:00:00Z")));
    managementService.executeJob(timer(id, TIMER_DISBURSE_FUNDS_OVERDUE));
    assertThat(runtimeService.createIncidentQuery().processInstanceId(id).incidentType(Escalation.INCIDENT_TYPE)
        .activityId(TASK_DISBURSE_FUNDS).count()).isEqualTo(1);
  }

  @Test
  void aShareAlreadyBoundStartsNoSecondCaseAndIsReceivedOnce() {
    var id = registered("");
    var caseNumber = caseNumber(id);
    var noticeId = jdbc.queryForObject("SELECT notice_id FROM fund_notice_share WHERE process_instance_id = ?", String.class, id);

    assertThatThrownBy(() -> disbursements.start(new FundNoticeRegistered(notices.find(noticeId).orElseThrow())))
        .as("the application's own start, again for the same notice").isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("已由案件 " + caseNumber + " 办理");
    var sameShare = Map.<String, Object>of("districtCode", "daoli", "fundNoticeId", noticeId, "proposalRound", 1,
        "noticeIssuedOn", "2020-12-30", "receivedAmount", "16005.30");
    assertThatThrownBy(() -> applicationStarts.run(() -> runtimeService.startProcessInstanceByKey(FundDisbursementProcess.KEY,
        "FD-daoli-2021-99999", sameShare))).as("a case number no share is bound to")
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("没有对应的资金指标份额")
        .hasMessageContaining("bound to no fund notice share");
    assertThatThrownBy(() -> applicationStarts.run(() -> runtimeService.startProcessInstanceByKey(FundDisbursementProcess.KEY,
        caseNumber, sameShare))).as("the bound case number, in a second instance")
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("is worked by process instance " + id);

    assertThat(balance()).isEqualTo(new Balance(line, 1_600_530L, 0, 0, 0));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE document_number = ?", Integer.class,
        documentNumber)).as("one receipt").isOne();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(FundDisbursementProcess.KEY)
        .variableValueEquals("fundNoticeId", noticeId).list()).extracting(ProcessInstance::getId).containsExactly(id);
  }

  @Test
  void overwrittenDistrictNoticeAndRoundVariablesChangeNothingThatIsPosted() {
    var otherFundLine = fundLine + "-其他";
    var otherDocument = "哈财指（农）〔2020〕" + UUID.randomUUID().toString().substring(0, 8) + "号";
    var otherCase = shares().registered(otherDocument, otherFundLine, "");
    var otherNoticeId = runtimeService.getVariable(otherCase, "fundNoticeId");
    var id = registered("1:1");
    var caseNumber = caseNumber(id);
    var proposalTimer = timer(id, TIMER_PROPOSE_ALLOCATION_OVERDUE);

    asAdministrator(() -> {
      runtimeService.setVariable(id, "districtCode", "daowai");
      runtimeService.setVariable(id, "fundNoticeId", otherNoticeId);
      runtimeService.setVariable(id, "proposalRound", 7);
      runtimeService.setVariable(id, "noticeIssuedOn", "2021-01-05");
      managementService.recalculateJobDuedate(proposalTimer, false);
    });
    assertThat(managementService.createJobQuery().jobId(proposalTimer).singleResult().getDuedate())
        .as("still 30 days after the notice's own date").isEqualTo(Date.from(Instant.parse("2021-01-29T15:59:59Z")));
    propose(id, allocation(project, "32010.60", "防贫保险保费"));
    complete("zhaolei", id, TASK_ARRANGE_MATCHING, Map.of("matchingArrangedOn", "2021-01-04", "matchingSource", "区本级预算"));
    asAdministrator(() -> {
      runtimeService.setVariable(id, "proposedOn", "2021-01-05");
      runtimeService.setVariable(id, "proposalRound", 2);
    });
    complete("zhaolei", id, TASK_DISBURSE_FUNDS, Map.of("disbursementDecision", "disburse", "disbursedOn", "2021-01-04"));

    assertThat(balance()).isEqualTo(new Balance(line, 1_600_530L, 1_600_530L, 3_201_060L, 3_201_060L));
    var otherLine = new FundLineKey("daoli", otherFundLine, FundLevel.CITY, DaoliFundShares.FUNCTION_CODE,
        DaoliFundShares.GOVERNMENT_ECONOMIC_CODE, DaoliFundShares.DEPARTMENT_ECONOMIC_CODE);
    assertThat(ledger.balance(otherLine)).as("the other notice").isEqualTo(new Balance(otherLine, 1_600_530L, 0, 0, 0));
    var daowai = new FundLineKey("daowai", fundLine, FundLevel.CITY, DaoliFundShares.FUNCTION_CODE,
        DaoliFundShares.GOVERNMENT_ECONOMIC_CODE, DaoliFundShares.DEPARTMENT_ECONOMIC_CODE);
    assertThat(ledger.balance(daowai)).isEqualTo(new Balance(daowai, 0, 0, 0, 0));
    assertThat(jdbc.queryForList("SELECT DISTINCT district || ' ' || proposal_round || ' ' || status FROM fund_allocation"
        + " WHERE case_number = ?", String.class, caseNumber)).containsExactly("daoli 1 DISBURSED");
    assertThat(jdbc.queryForList("SELECT DISTINCT document_number FROM ledger_entry WHERE case_number = ?", String.class,
        caseNumber)).containsExactly(documentNumber);
    var published = http.getAnonymous("/public/funds.json").json().get("funds").findParents("documentNumber").stream()
        .filter(fund -> fund.get("caseNumber").asText().equals(caseNumber)).toList();
    assertThat(published).singleElement().satisfies(fund -> {
      assertThat(fund.get("district").asText()).isEqualTo("daoli");
      assertThat(fund.get("documentNumber").asText()).isEqualTo(documentNumber);
      assertThat(fund.get("amount").decimalValue()).isEqualByComparingTo("32010.60");
    });
  }

  @Test
  void aRejectedProposalIsReplacedWholeByTheNextRound() {
    var id = registered("");
    var caseNumber = caseNumber(id);
    var second = shares().aProject(fundLine);
    var third = shares().aProject(fundLine);
    var threeLines = new HashMap<String, Object>();
    threeLines.putAll(allocation(project, "5000.00", "防贫保险保费"));
    threeLines.put("allocation2", allocation(second, "6000.00", "防贫保险保费").get("allocation1"));
    threeLines.put("allocation3", allocation(third, "5005.30", "防贫保险保费").get("allocation1"));
    propose(id, threeLines);
    assertThat(balance()).isEqualTo(new Balance(line, 1_600_530L, 0, 1_600_530L, 0));
    complete("zhaolei", id, TASK_DISBURSE_FUNDS, Map.of("disbursementDecision", "reject", "disbursementComment", "请先安排一期"));
    assertThat(runtimeService.getVariables(id)).doesNotContainKeys("allocation1", "allocation2", "allocation3", "proposedOn");

    propose(id, allocation(project, "8000.00", "防贫保险保费（一期）"));
    assertThat(runtimeService.getVariables(id)).doesNotContainKeys("allocation1", "allocation2", "allocation3");
    assertThat(task(id, TASK_DISBURSE_FUNDS)).isNotNull();
    complete("zhaolei", id, TASK_DISBURSE_FUNDS, Map.of("disbursementDecision", "disburse", "disbursedOn", "2021-01-04"));

    assertThat(balance()).isEqualTo(new Balance(line, 1_600_530L, 0, 800_000L, 800_000L));
    assertThat(jdbc.queryForList("SELECT project_code || ' ' || amount_fen FROM fund_allocation WHERE case_number = ?"
        + " AND proposal_round = 2", String.class, caseNumber)).containsExactly(project + " 800000");
    var published = http.getAnonymous("/public/funds.json?district=daoli").json().get("funds").findParents("documentNumber")
        .stream().filter(fund -> fund.get("documentNumber").asText().equals(documentNumber)).toList();
    assertThat(published).singleElement().satisfies(fund -> {
      assertThat(fund.get("projectCode").asText()).isEqualTo(project);
      assertThat(fund.get("amount").decimalValue()).isEqualByComparingTo("8000.00");
    });
  }

  @Test
  void twoNoticesOnOneLineCannotPromiseTheSameMoneyAndEveryCaseStillMatchesAndDisburses() {
    // Two notices give 道里区 500.00 each on this line, each to be matched 1:1: 2,000.00 once both are matched.
    var first = registered("1:1", "500.00");
    var second = registered("1:1", "500.00");
    assertThat(balance()).isEqualTo(new Balance(line, 100_000L, 0, 0, 0));

    // 1,200.00 fits the first case: 1,000.00 on the line and its own 500.00 matching to come.
    propose(first, allocation(project, "1200.00", "防贫保险保费"));
    var held = new Balance(line, 100_000L, 0, 0, 0, 120_000L, 50_000L);
    assertThat(balance()).isEqualTo(held);
    var ledgerView = ledgerView();
    assertThat(ledgerView.at("/balances/0/reserved").decimalValue()).isEqualByComparingTo("1200.00");
    assertThat(ledgerView.at("/balances/0/reservedAgainstMatching").decimalValue()).isEqualByComparingTo("500.00");
    assertThat(ledgerView.at("/balances/0/availableToAllocate").decimalValue()).isEqualByComparingTo("300.00");
    assertThat(ledgerView.get("reservations")).singleElement().satisfies(hold -> {
      assertThat(hold.get("caseNumber").asText()).isEqualTo(caseNumber(first));
      assertThat(hold.get("amount").decimalValue()).isEqualByComparingTo("1200.00");
      assertThat(hold.get("heldOn").asText()).isEqualTo("2021-01-04");
    });

    // The second case may take the 300.00 left on the line and its own 500.00 matching: 800.00, not 1,200.00.
    var refused = proposeReply(second, allocation(project, "1200.00", "防贫保险保费"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).startsWith("allocation1：")
        .contains("超过该资金可分配额 800.00 元", "allocation1: the lines add up to 1200.00 yuan");
    assertNothingAllocated(second);
    assertThat(balance()).isEqualTo(held);
    assertThat(ledgerView()).isEqualTo(ledgerView);

    propose(second, allocation(project, "800.00", "防贫保险保费"));
    assertThat(balance()).isEqualTo(new Balance(line, 100_000L, 0, 0, 0, 200_000L, 100_000L));

    // District finance records each case's matching, whichever comes first; each allocation posts with it.
    complete("zhaolei", second, TASK_ARRANGE_MATCHING, Map.of("matchingArrangedOn", "2021-01-04", "matchingSource", "区本级预算"));
    assertThat(balance()).isEqualTo(new Balance(line, 100_000L, 50_000L, 80_000L, 0, 120_000L, 50_000L));
    complete("zhaolei", first, TASK_ARRANGE_MATCHING, Map.of("matchingArrangedOn", "2021-01-04", "matchingSource", "区本级预算"));
    assertThat(balance()).isEqualTo(new Balance(line, 100_000L, 100_000L, 200_000L, 0));

    for (var id : List.of(first, second)) {
      complete("zhaolei", id, TASK_DISBURSE_FUNDS, Map.of("disbursementDecision", "disburse", "disbursedOn", "2021-01-04"));
      assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult()
          .getEndActivityId()).isEqualTo(END_FUNDS_DISBURSED);
    }
    assertThat(balance()).isEqualTo(new Balance(line, 100_000L, 100_000L, 200_000L, 200_000L));
    var settled = ledgerView();
    assertThat(settled.at("/balances/0/reserved").decimalValue()).isEqualByComparingTo("0.00");
    assertThat(settled.at("/balances/0/availableToAllocate").decimalValue()).isEqualByComparingTo("0.00");
    assertThat(settled.get("reservations")).isEmpty();
  }

  @Test
  void aCancelledCaseReleasesWhatItsProposalHolds() {
    var id = registered("1:1");
    var caseNumber = caseNumber(id);
    propose(id, allocation(project, "20000.00", "防贫保险保费"));
    assertThat(balance().reservedFen()).isEqualTo(2_000_000L);

    var cancelled = http.send("demo", "demo", HttpRequest.newBuilder(http.uri("/engine-rest/process-instance/" + id)).DELETE());
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(204);

    assertThat(balance()).isEqualTo(new Balance(line, 1_600_530L, 0, 0, 0));
    assertThat(jdbc.queryForList("SELECT status FROM fund_reservation WHERE case_number = ?", String.class, caseNumber))
        .containsExactly("RELEASED");
  }

  @Test
  void aProposalRecordedLateIsDatedTheDayItWasMadeAndDisbursementIsDueFifteenDaysFromIt() {
    // Wednesday 6 January 2021; three working days back is Thursday 31 December 2020 (1–3 January are off).
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2021-01-06T02:00:00Z")));
    var id = registered("");
    var proposal = new HashMap<String, Object>(allocation(project, "16005.30", "防贫保险保费"));
    proposal.put("proposedOn", "2020-12-31");
    propose(id, proposal);

    // 15 days after 31 Dec 2020: Friday 15 January 2021 (from today it would be 21 January)
    var due = Date.from(Instant.parse("2021-01-15T15:59:59Z"));
    assertThat(task(id, TASK_DISBURSE_FUNDS).getDueDate()).isEqualTo(due);
    assertThat(managementService.createJobQuery().jobId(timer(id, TIMER_DISBURSE_FUNDS_OVERDUE)).singleResult().getDuedate())
        .isEqualTo(due);
    assertThat(runtimeService.getVariable(id, "proposedOn")).isEqualTo("2020-12-31");
    assertThat(jdbc.queryForList("SELECT DISTINCT proposed_on FROM fund_allocation WHERE case_number = ?", LocalDate.class,
        caseNumber(id))).containsExactly(LocalDate.parse("2020-12-31"));
    assertThat(ledger.journal(LedgerFilter.of(line)).stream().filter(entry -> entry.type() == EntryType.ALLOCATION))
        .singleElement().satisfies(entry -> assertThat(entry.occurredOn()).isEqualTo(LocalDate.parse("2020-12-31")));
    assertThat(balance()).isEqualTo(new Balance(line, 1_600_530L, 0, 1_600_530L, 0));
  }

  @Test
  void aProposalDatedInTheFutureOrBeforeTheNoticeIsRefusedAndNothingChanges() {
    var id = registered("1:1");
    for (var proposedOn : List.of("2021-01-05", "2020-12-29", "31.12.2020")) {
      var proposal = new HashMap<String, Object>(allocation(project, "100.00", "防贫保险保费"));
      proposal.put("proposedOn", proposedOn);
      var reply = proposeReply(id, proposal);
      assertThat(reply.status()).as(proposedOn + " → " + reply.body()).isEqualTo(400);
      assertThat(reply.json().get("message").asText()).startsWith("proposedOn：").contains("分配意见提出日期");
      assertNothingAllocated(id);
      assertThat(balance()).isEqualTo(new Balance(line, 1_600_530L, 0, 0, 0));
    }
  }

  // --- steps

  private String registered(String matchingRatio) {
    return registered(matchingRatio, "16005.30");
  }

  private String registered(String matchingRatio, String amount) {
    documentNumber = "哈财指（农）〔2020〕" + UUID.randomUUID().toString().substring(0, 8) + "号";
    line = new FundLineKey("daoli", fundLine, FundLevel.CITY, DaoliFundShares.FUNCTION_CODE,
        DaoliFundShares.GOVERNMENT_ECONOMIC_CODE, DaoliFundShares.DEPARTMENT_ECONOMIC_CODE);
    return shares().registered(documentNumber, fundLine, matchingRatio, amount);
  }

  /** {@code GET /api/ledger} of this test's line, as district finance sees it. */
  private JsonNode ledgerView() {
    var reply = http.get("zhaolei", "/api/ledger?district=daoli&fundLine=" + URLEncoder.encode(fundLine, StandardCharsets.UTF_8));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private DaoliFundShares shares() {
    return new DaoliFundShares(http, jdbc);
  }


  private Balance balance() {
    return ledger.balance(line);
  }
  private void assertNothingAllocated(String id) {
    assertThat(task(id, TASK_PROPOSE_ALLOCATION)).as("the task stays open").isNotNull();
    assertThat(balance().allocatedFen()).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fund_reservation WHERE case_number = ?", Integer.class,
        caseNumber(id))).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fund_allocation WHERE case_number = ?", Integer.class, caseNumber(id)))
        .isZero();
  }

  static Map<String, Object> allocation(String project, String amount, String use) {
    return Map.of("allocation1", Http.json(Map.of("projectCode", project, "amount", Double.parseDouble(amount), "use", use)));
  }

  private void propose(String id, Map<String, Object> values) {
    var reply = proposeReply(id, values);
    assertThat(reply.status()).as(reply.body()).isEqualTo(204);
  }

  private Http.Reply proposeReply(String id, Map<String, Object> values) {
    return http.post("chenjing", "/engine-rest/task/" + task(id, TASK_PROPOSE_ALLOCATION).getId() + "/complete",
        Map.of("variables", Http.variables(values)));
  }

  private void complete(String official, String id, String step, Map<String, Object> values) {
    var reply = http.post(official, "/engine-rest/task/" + task(id, step).getId() + "/complete",
        Map.of("variables", Http.variables(values)));
    assertThat(reply.status()).as(reply.body()).isEqualTo(204);
  }

  private void asAdministrator(Runnable change) {
    identityService.setAuthentication("demo", List.of(Roles.ADMINS.groupId()));
    try {
      change.run();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Task task(String id, String step) {
    var task = taskService.createTaskQuery().processInstanceId(id).taskDefinitionKey(step).singleResult();
    assertThat(task).as("open task " + step).isNotNull();
    return task;
  }

  private String timer(String id, String timerId) {
    return managementService.createJobQuery().processInstanceId(id).activityId(timerId).singleResult().getId();
  }

  private String caseNumber(String id) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult().getBusinessKey();
  }
}
