package org.fupinflow.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupinflow.support.RiskReports.aCategoryAReport;
import static org.fupinflow.support.RiskReports.aCategoryBReport;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.fupinflow.disbursement.FundDisbursementProcess;
import org.fupinflow.fundledger.EntryType;
import org.fupinflow.fundledger.FundLedger;
import org.fupinflow.fundledger.FundLevel;
import org.fupinflow.fundledger.FundLineKey;
import org.fupinflow.fundledger.Posting;
import org.fupinflow.household.HouseholdIdentificationProcess;
import org.fupinflow.publicnotice.PublicNoticeProcess;
import org.fupinflow.relief.ReliefClaimProcess;
import org.fupinflow.support.Cases;
import org.fupinflow.support.DaoliFundShares;
import org.fupinflow.support.HouseholdData;
import org.fupinflow.support.Http;
import org.fupinflow.support.InsuranceDistricts;
import org.fupinflow.support.InsuredHousehold;
import org.fupinflow.support.IntegrationTest;
import org.fupinflow.support.RiskReports;
import org.fupinflow.support.WebappSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bad-input catalogue: every entry point (household start and each step, objections, fund notices as JSON and as
 * files, allocation, matching, disbursement, projects, budget codes, calendar, escalations, ledgers, insurance, public
 * boards, and the engine's and the server's own doors) given what a careless user or integrator sends. Each answer is a
 * 4xx in the one error shape, in Chinese and English, naming the field, parameter, row or variable, without Java class
 * names or SQL; and nothing changed: cases, tasks, variables, jobs, history, households, ledger, notices, projects, codes.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCatalogueTest {

  private static final String ENGINE = "/engine-rest";
  private static final String NUL = "\u0000";
  private static final String BELL = "\u0007";
  private static final String ANSI = "\u001b[31m";
  /** A valid resident ID number, typed with a lower-case x where one would go. */
  private static final String AN_ID = HouseholdData.residentId(java.time.LocalDate.of(1968, 3, 7), 917).toLowerCase();
  private static final String RELIEF_START = "/engine-rest/process-definition/key/relief-claim/start";
  private static final String JAVA_SERIALIZED = "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAAAdwQAAAAAeA==";

  @Autowired Http http;
  @Autowired Cases cases;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired FundLedger ledger;

  /** One bad input: where, what, the answer's status and what its message must name. */
  record Bad(String entryPoint, String name, int status, List<String> names, Supplier<Http.Reply> call) {
  }

  // fixtures: one case waiting at each step
  private String verify;
  private String collect;
  private static String collectHead;
  private String review;
  private String completed;
  private String hulanVerify;
  private String postNotice;
  private String noticeCaseNumber;
  private String propose;
  private String arrangeMatching;
  private String disburse;
  private String project;
  private String registeredDocument;
  private String daoliHousehold;
  private InsuranceDistricts premiumDistricts;
  private InsuranceDistricts.District premiumDistrict;
  private InsuranceDistricts.District uninsuredDistrict;
  private InsuranceDistricts.District shortDistrict;
  private String payPremium;
  private String payPremiumShort;
  private InsuredHousehold insured;
  private String reliefCheck;
  private String reliefExternal;
  private String reliefPayment;

  @BeforeAll
  void casesAtEveryStep() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2020-09-29T02:00:00Z")));
    verify = taskOf(cases.start("zhangwei", aCategoryAReport()), HouseholdIdentificationProcess.Elements.TASK_VERIFY_HOUSEHOLD);
    var categoryB = aCategoryBReport();
    collectHead = categoryB.headIdNumber();
    collect = taskOf(cases.start("zhangwei", categoryB),
        HouseholdIdentificationProcess.Elements.TASK_COLLECT_HOUSEHOLD_INFORMATION);
    var reviewCase = cases.start("zhangwei", aCategoryAReport());
    completeOk("zhangwei", taskOf(reviewCase, HouseholdIdentificationProcess.Elements.TASK_VERIFY_HOUSEHOLD), verified());
    review = taskOf(reviewCase, HouseholdIdentificationProcess.Elements.TASK_REVIEW_HOUSEHOLD);
    daoliHousehold = jdbc.queryForObject("SELECT household_id FROM household_case WHERE process_instance_id = ?", String.class,
        reviewCase.get("id").asText());
    var doneCase = cases.start("zhangwei", aCategoryAReport());
    completed = taskOf(doneCase, HouseholdIdentificationProcess.Elements.TASK_VERIFY_HOUSEHOLD);
    completeOk("zhangwei", completed, verified());
    hulanVerify = taskOf(cases.start("wangfang", aCategoryAReport().inTownship("hulan", "shiren")),
        HouseholdIdentificationProcess.Elements.TASK_VERIFY_HOUSEHOLD);

    // two approved cases: one notice waiting to be posted, one posted and open for objections
    postNotice = noticeTask(approvedCase());
    var posted = noticeTask(approvedCase());
    noticeCaseNumber = taskService.createTaskQuery().taskId(posted).singleResult() == null ? null
        : jdbc.queryForObject("SELECT business_key_ FROM act_ru_execution WHERE id_ = (SELECT proc_inst_id_ FROM act_ru_task"
            + " WHERE id_ = ?)", String.class, posted);
    completeOk("lina", posted, Map.of("postedOn", "2020-09-29"));

    reliefClaimsAtEveryStep();

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2021-01-04T02:00:00Z"))); // the notices are of 30 Dec 2020
    var shares = new DaoliFundShares(http, jdbc);
    var fundLine = "错误目录测试资金" + UUID.randomUUID().toString().substring(0, 8);
    project = shares.aProject(fundLine);
    registeredDocument = "哈财指（农）〔2020〕目录" + UUID.randomUUID().toString().substring(0, 6) + "号";
    var plain = shares.registered(registeredDocument, fundLine, "");
    propose = fundTask(plain, FundDisbursementProcess.Elements.TASK_PROPOSE_ALLOCATION);
    var toDisburse = shares.registered("哈财指（农）〔2020〕目录" + UUID.randomUUID().toString().substring(0, 6) + "号", fundLine, "");
    completeOk("chenjing", fundTask(toDisburse, FundDisbursementProcess.Elements.TASK_PROPOSE_ALLOCATION),
        allocation(project, "1000.00", "补充防贫保险基金"));
    disburse = fundTask(toDisburse, FundDisbursementProcess.Elements.TASK_DISBURSE_FUNDS);
    var matched = shares.registered("哈财指（农）〔2020〕目录" + UUID.randomUUID().toString().substring(0, 6) + "号", fundLine, "1:1");
    completeOk("chenjing", fundTask(matched, FundDisbursementProcess.Elements.TASK_PROPOSE_ALLOCATION),
        allocation(project, "1000.00", "补充防贫保险基金"));
    arrangeMatching = fundTask(matched, FundDisbursementProcess.Elements.TASK_ARRANGE_MATCHING);

    // premium cases of 2020 started on 4 January 2021, in districts and by officials of their own (道里区's 2020 is
    // another test's)
    premiumDistricts = new InsuranceDistricts(http, jdbc, engineConfiguration);
    premiumDistrict = premiumDistricts.aDistrict();
    premiumDistricts.insure(premiumDistrict.code(), "目录村", 2);
    payPremium = premiumTask(premiumDistrict);
    uninsuredDistrict = premiumDistricts.aDistrict();
    // a city notice of 1,000.00 of which 600.00 went elsewhere once the case had started
    shortDistrict = premiumDistricts.aDistrict();
    premiumDistricts.insure(shortDistrict.code(), "目录村", 3);
    premiumDistricts.received(shortDistrict.code(), "市级", "2020-09-01", "1000.00");
    payPremiumShort = premiumTask(shortDistrict);
    ledger.post(new Posting("catalogue:" + UUID.randomUUID(), EntryType.ALLOCATION, new FundLineKey(shortDistrict.code(),
        "扶贫特惠保险补助", FundLevel.CITY, DaoliFundShares.FUNCTION_CODE, DaoliFundShares.GOVERNMENT_ECONOMIC_CODE,
        DaoliFundShares.DEPARTMENT_ECONOMIC_CODE), 60_000L, null, null, null, "另行分配", LocalDate.of(2021, 1, 4)));
  }

  private String premiumTask(InsuranceDistricts.District district) {
    var started = premiumDistricts.start(district.povertyOffice(), district.code(), 2020);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return taskService.createTaskQuery().processInstanceId(started.json().get("id").asText()).singleResult().getId();
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theCatalogueCoversEveryEntryPointWithAtLeast120Cases() {
    var byEntryPoint = catalogue().collect(Collectors.groupingBy(Bad::entryPoint, LinkedHashMap::new, Collectors.counting()));
    assertThat(byEntryPoint.values().stream().mapToLong(Long::longValue).sum()).as(byEntryPoint.toString())
        .isGreaterThanOrEqualTo(120);
    assertThat(byEntryPoint).containsKeys("household start", "household verification", "household collection",
        "household review", "public notice posting", "objections", "fund notices (JSON)", "fund notices (file)",
        "fund notice registration (start form)", "allocation", "matching", "disbursement", "projects", "budget codes",
        "calendar", "escalations", "ledgers", "insurance", "premium start", "premium payment", "households",
        "public boards", "engine REST", "server", "relief report", "relief check", "insurer's check", "relief payment",
        "relief register");
    System.out.println("Bad-input catalogue by entry point: " + byEntryPoint);
  }

  @Test
  void aResidentIdTypedWithALowerCaseXIsKeptWithACapitalX() {
    String id = null;
    for (int sequence = (int) (System.nanoTime() % 900); id == null; sequence++) {
      var candidate = HouseholdData.residentId(java.time.LocalDate.of(1971, 5, 3), sequence);
      id = candidate.endsWith("X") ? candidate : null;
    }

    var started = cases.start("zhangwei", aCategoryAReport().with("headIdNumber", id.toLowerCase()));

    assertThat(jdbc.queryForObject("SELECT h.head_id_number FROM household h JOIN household_case c ON c.household_id = h.id"
        + " WHERE c.process_instance_id = ?", String.class, started.get("id").asText())).isEqualTo(id);
  }

  @TestFactory
  Stream<DynamicTest> everyBadInputIsAClearRefusalThatChangesNothing() {
    return catalogue().map(bad -> DynamicTest.dynamicTest(bad.entryPoint() + ": " + bad.name(), () -> {
      var before = state();
      var reply = bad.call().get();
      assertThat(reply.status()).as(reply.body()).isEqualTo(bad.status());
      assertThat(reply.headers().firstValue("Content-Type").orElse("")).as(reply.body()).startsWith("application/json");
      var answer = reply.json();
      assertThat(answer.path("type").asText()).as(reply.body()).isNotBlank();
      var message = answer.path("message").asText();
      assertThat(message).as("Chinese, then English").matches("(?s).*\\p{IsHan}.* / .*[A-Za-z]{3,}.*");
      for (var name : bad.names()) {
        assertThat(message).as("names " + name).contains(name);
      }
      assertThat(message).as("no Java class names, stack traces or SQL")
          .doesNotContainPattern("(java|javax|jakarta|org|com)\\.[a-z]+\\.|Exception:|\\tat |SELECT |ENGINE-\\d|SPIN/");
      assertThat(message).as("no resident ID number echoed").doesNotContainIgnoringCase(AN_ID);
      assertThat(state()).as("nothing changed").isEqualTo(before);
    }));
  }

  // --- the catalogue

  Stream<Bad> catalogue() {
    var all = new ArrayList<Bad>();
    householdStart(all);
    householdSteps(all);
    publicNotices(all);
    fundNotices(all);
    fundSteps(all);
    projectsAndCodes(all);
    calendarEscalationsLedgers(all);
    premiums(all);
    reliefClaims(all);
    doors(all);
    return all.stream();
  }

  private void householdStart(List<Bad> all) {
    var e = "household start";
    all.add(start(e, "NUL in the head's name", aCategoryAReport().with("headName", "王" + NUL + "建国"), "headName", "控制字符"));
    all.add(start(e, "bell in the head's name", aCategoryAReport().with("headName", "王建国" + BELL), "headName"));
    all.add(start(e, "ANSI escape in the village", aCategoryAReport().with("villageName", ANSI + "新农村"), "villageName"));
    all.add(start(e, "fastTrack \"yes\"", aCategoryAReport().with("fastTrack", "yes"), "fastTrack", "Boolean"));
    all.add(start(e, "fastTrack as a number", aCategoryAReport().with("fastTrack", 1), "fastTrack"));
    all.add(start(e, "wrong check character", aCategoryAReport().with("headIdNumber", "230102196803070011"), "headIdNumber"));
    all.add(start(e, "17-digit ID", aCategoryAReport().with("headIdNumber", "23010219680307001"), "headIdNumber"));
    all.add(start(e, "ID with a birth date of 30 February", aCategoryAReport().with("headIdNumber", "230102196802300018"),
        "headIdNumber"));
    all.add(start(e, "reportedOn not a date", aCategoryAReport().with("reportedOn", "2020-13-01"), "reportedOn"));
    all.add(start(e, "reportedOn in year 0", aCategoryAReport().with("reportedOn", "0000-01-01"), "reportedOn", "1949-10-01"));
    all.add(start(e, "reportedOn in the future", aCategoryAReport().with("reportedOn", "2031-01-01"), "reportedOn"));
    all.add(start(e, "unknown category", aCategoryAReport().with("category", "Z"), "category"));
    all.add(start(e, "unknown risk", aCategoryAReport().with("riskReason1", "flying"), "riskReason1"));
    all.add(start(e, "unknown township", aCategoryAReport().with("townshipCode", "atlantis"), "townshipCode"));
    all.add(start(e, "no head's name", aCategoryAReport().without("headName"), "headName"));
    all.add(start(e, "fast track without meeting record", aCategoryAReport().with("fastTrack", true), "meetingRecordNumber"));
    all.add(start(e, "a variable no form has", aCategoryAReport().with("householdId", "H-1"), "householdId"));
    all.add(start(e, "an ID number in the head's name", aCategoryAReport().with("headName", "王建国 " + AN_ID), "headName",
        "身份证号码"));
    all.add(new Bad(e, "Java-serialized value", 400, List.of("headName"), () -> http.post("zhangwei", Cases.START,
        Map.of("variables", Map.of("headName", Map.of("value", JAVA_SERIALIZED, "type", "Object", "valueInfo",
            Map.of("objectTypeName", "java.util.ArrayList", "serializationDataFormat", "application/x-java-serialized-object")))))));
    all.add(new Bad(e, "skipCustomListeners", 400, List.of("skipCustomListeners"), () -> {
      var body = new HashMap<>(aCategoryAReport().startRequest());
      body.put("skipCustomListeners", true);
      return http.post("zhangwei", Cases.START, body);
    }));
    all.add(raw(e, "a key given twice", "zhangwei", Cases.START, "application/json",
        "{\"variables\":{},\"variables\":{}}", 400, "variables"));
    all.add(raw(e, "malformed JSON", "zhangwei", Cases.START, "application/json", "{\"variables\":", 400, "JSON"));
    all.add(raw(e, "plain text body", "zhangwei", Cases.START, "text/plain", "headName=王建国", 415, "Content-Type"));
    all.add(new Bad(e, "city finance starts a household case", 403, List.of("返贫致贫风险户识别认定"),
        () -> http.post("zhoujie", Cases.START, aCategoryAReport().startRequest())));
    all.add(new Bad(e, "a township of another district", 403, List.of("hulan"),
        () -> http.post("zhangwei", Cases.START, aCategoryAReport().inTownship("hulan", "shiren").startRequest())));
  }

  private void householdSteps(List<Bad> all) {
    var e = "household verification";
    all.add(complete(e, "verifiedOn not a date", "zhangwei", () -> verify, withVerified("verifiedOn", "28/09/2020"), 400,
        "verifiedOn"));
    all.add(complete(e, "verifiedOn before the report", "zhangwei", () -> verify, withVerified("verifiedOn", "2020-09-01"),
        400, "verifiedOn"));
    all.add(complete(e, "verifiedOn in year 0", "zhangwei", () -> verify, withVerified("verifiedOn", "0000-01-01"), 400,
        "verifiedOn"));
    all.add(complete(e, "riskConfirmed \"yes\"", "zhangwei", () -> verify, withVerified("riskConfirmed", "yes"), 400,
        "riskConfirmed"));
    all.add(complete(e, "an ID number in the note", "zhangwei", () -> verify,
        withVerified("verificationNote", "户主身份证" + AN_ID + "，风险属实"), 400, "verificationNote", "身份证号码"));
    all.add(complete(e, "NUL in the note", "zhangwei", () -> verify, withVerified("verificationNote", "风险" + NUL + "属实"),
        400, "verificationNote"));
    all.add(complete(e, "a variable the step does not take", "zhangwei", () -> verify,
        withVerified("returnCount", 0), 400, "returnCount"));
    all.add(new Bad(e, "Java-serialized note", 400, List.of("verificationNote"), () -> http.post("zhangwei",
        ENGINE + "/task/" + verify + "/complete", Map.of("variables", Map.of("verificationNote", Map.of("value",
            JAVA_SERIALIZED, "type", "Object", "valueInfo", Map.of("objectTypeName", "java.util.ArrayList",
                "serializationDataFormat", "application/x-java-serialized-object")))))));
    all.add(complete(e, "a task of another district", "zhangwei", () -> hulanVerify, verified(), 404, "任务"));
    all.add(complete(e, "a task of another township", "liuyang", () -> verify, verified(), 404, "任务"));
    all.add(complete(e, "a task already completed", "zhangwei", () -> completed, verified(), 404, "任务"));
    all.add(complete(e, "an unknown task", "zhangwei", () -> "no-such-task", verified(), 404, "任务"));
    all.add(new Bad(e, "claiming for someone else", 403, List.of("userId"),
        () -> http.post("zhangwei", ENGINE + "/task/" + verify + "/claim", Map.of("userId", "liuyang"))));
    all.add(new Bad(e, "a control character through PUT variables", 400, List.of("verificationNote"),
        () -> send("zhangwei", "PUT", ENGINE + "/task/" + verify + "/variables/verificationNote", "application/json",
            http.write(Map.of("value", "属实" + BELL, "type", "String")))));
    all.add(new Bad(e, "an ID number through localVariables", 400, List.of("verificationNote"),
        () -> http.post("zhangwei", ENGINE + "/task/" + verify + "/localVariables", Map.of("modifications",
            Map.of("verificationNote", Map.of("value", AN_ID))))));
    all.add(raw(e, "plain text completion", "zhangwei", ENGINE + "/task/{verify}/complete", "text/plain", "done", 415,
        "Content-Type"));
    all.add(raw(e, "malformed JSON completion", "zhangwei", ENGINE + "/task/{verify}/complete", "application/json",
        "{\"variables\":{\"verifiedOn\":", 400, "JSON"));
    all.add(raw(e, "a key given twice in a completion", "zhangwei", ENGINE + "/task/{verify}/complete", "application/json",
        "{\"variables\":{\"verifiedOn\":{\"value\":\"2020-09-29\"},\"verifiedOn\":{\"value\":\"2020-09-01\"}}}", 400,
        "verifiedOn"));
    all.add(new Bad(e, "Tasklist's submit-form with an ANSI escape", 400, List.of("verificationNote"), () -> {
      var tasklist = new WebappSession(http);
      tasklist.logIn("zhangwei", "zhangwei");
      return tasklist.submitForm(task(verify), Http.variables(withVerified("verificationNote", ANSI + "属实")));
    }));

    e = "household collection";
    all.add(complete(e, "members not JSON", "zhangwei", () -> collect,
        collection("members", new Http.Typed("Json", "[{\"name\":")), 400, "members"));
    all.add(complete(e, "household not JSON", "zhangwei", () -> collect,
        collection("household", new Http.Typed("Json", "not json")), 400, "household"));
    all.add(complete(e, "NUL in a member's name", "zhangwei", () -> collect, collection("members",
        Http.json(List.of(HouseholdData.member("王" + NUL + "建国", "户主", AN_ID.toUpperCase())))), 400, "members[0].name"));
    all.add(complete(e, "a member's ID with a wrong check character", "zhangwei", () -> collect, collection("members",
        Http.json(List.of(HouseholdData.member("王建国", "户主", "230102196803070011")))), 400, "members"));
    all.add(complete(e, "collectedOn in the future", "zhangwei", () -> collect, collection("collectedOn", "2031-01-01"), 400,
        "collectedOn"));
    all.add(complete(e, "appraisalPassed \"yes\"", "zhangwei", () -> collect, collection("appraisalPassed", "yes"), 400,
        "appraisalPassed"));
    all.add(complete(e, "a member slot that is not JSON", "zhangwei", () -> collect,
        collection("member1", new Http.Typed("Json", "{{")), 400, "member1"));
    all.add(complete(e, "an ID number in the appraisal note", "zhangwei", () -> collect,
        collection("appraisalNote", "同意纳入，户主" + AN_ID), 400, "appraisalNote", "身份证号码"));

    e = "household review";
    all.add(complete(e, "unknown decision", "chenjing", () -> review, Map.of("reviewDecision", "maybe"), 400,
        "reviewDecision"));
    all.add(complete(e, "an ID number in the comment", "chenjing", () -> review, Map.of("reviewDecision", "reject",
        "reviewComment", "经核实户主 " + AN_ID + " 有车"), 400, "reviewComment", "身份证号码"));
    all.add(complete(e, "a rejection without reasons", "chenjing", () -> review, Map.of("reviewDecision", "reject"), 400,
        "reviewComment"));
    all.add(complete(e, "an ANSI escape in the measures", "chenjing", () -> review, Map.of("reviewDecision", "approve",
        "assistanceMeasures", ANSI + "医疗救助"), 400, "assistanceMeasures"));
    all.add(complete(e, "the township officer completes the district's review", "zhangwei", () -> review,
        Map.of("reviewDecision", "approve"), 404, "任务"));
    all.add(complete(e, "another district's office completes it", "yangmin", () -> review,
        Map.of("reviewDecision", "approve"), 404, "任务"));
    all.add(complete(e, "reviewDecision as a number", "chenjing", () -> review, Map.of("reviewDecision", 1), 400,
        "reviewDecision"));
  }

  private void publicNotices(List<Bad> all) {
    var e = "public notice posting";
    all.add(complete(e, "postedOn in the future", "lina", () -> postNotice, Map.of("postedOn", "2031-01-01"), 400,
        "postedOn"));
    all.add(complete(e, "postedOn not a date", "lina", () -> postNotice, Map.of("postedOn", "yesterday"), 400, "postedOn"));
    all.add(complete(e, "a changed notice text", "lina", () -> postNotice, Map.of("postedOn", "2020-09-29",
        "noticeTitle", "另一个标题"), 400, "noticeTitle"));
    all.add(complete(e, "the district office posts the village's notice", "chenjing", () -> postNotice,
        Map.of("postedOn", "2020-09-29"), 403, "TASK_WORK"));

    e = "objections";
    all.add(objection(e, "an ID number in the objection", Map.of("objectionContent", "户主 " + AN_ID + " 家有轿车"), 400,
        "objectionContent", "身份证号码"));
    all.add(objection(e, "NUL in the objection", Map.of("objectionContent", "收入" + NUL + "不实"), 400, "objectionContent"));
    all.add(objection(e, "an empty objection", Map.of("objectionContent", " "), 400, "objectionContent"));
    all.add(objection(e, "a field besides the content", Map.of("objectionContent", "收入不实", "objectionUpheld", true), 400,
        "objectionUpheld"));
    all.add(objection(e, "5,000 characters", Map.of("objectionContent", "收".repeat(5000)), 400, "objectionContent"));
    all.add(objection(e, "content as a number", Map.of("objectionContent", 12), 400, "objectionContent"));
    all.add(new Bad(e, "an unknown case", 400, List.of("HI-daoli-1999-99999"), () -> http.post("lina",
        "/api/public-notices/HI-daoli-1999-99999/objections", Map.of("objectionContent", "收入不实"))));
    all.add(raw(e, "plain text", "lina", "/api/public-notices/{notice}/objections", "text/plain", "收入不实", 415,
        "application/json"));
    all.add(raw(e, "malformed JSON", "lina", "/api/public-notices/{notice}/objections", "application/json",
        "{\"objectionContent\":", 400, "JSON"));
    all.add(raw(e, "a key given twice", "lina", "/api/public-notices/{notice}/objections", "application/json",
        "{\"objectionContent\":\"a\",\"objectionContent\":\"b\"}", 400, "objectionContent"));
    all.add(new Bad(e, "a district office raises an objection", 403, List.of(), () -> http.post("chenjing",
        "/api/public-notices/" + noticeCaseNumber + "/objections", Map.of("objectionContent", "收入不实"))));
    all.add(new Bad(e, "the message for an unknown case", 400, List.of("HI-daoli-1999-99999"), () -> http.post("lina",
        ENGINE + "/message", Map.of("messageName", PublicNoticeProcess.Messages.OBJECTION_RAISED, "businessKey",
            "HI-daoli-1999-99999", "processVariables", Map.of("objectionContent", Map.of("value", "收入不实"))))));
    all.add(new Bad(e, "an ID number through the message", 400, List.of("objectionContent"), () -> http.post("lina",
        ENGINE + "/message", Map.of("messageName", PublicNoticeProcess.Messages.OBJECTION_RAISED, "businessKey",
            noticeCaseNumber, "processVariables", Map.of("objectionContent", Map.of("value", AN_ID))))));
    all.add(new Bad(e, "a message nobody may send", 403, List.of("EscalateNow"), () -> http.post("lina", ENGINE + "/message",
        Map.of("messageName", "EscalateNow", "businessKey", noticeCaseNumber))));
  }

  private void fundNotices(List<Bad> all) {
    var e = "fund notices (JSON)";
    all.add(notice(e, "no document number", n -> n.remove("documentNumber"), "documentNumber"));
    all.add(notice(e, "30 February", n -> n.put("issuedOn", "2020-02-30"), "issuedOn"));
    all.add(notice(e, "issued in 1900", n -> n.put("issuedOn", "1900-01-01"), "issuedOn"));
    all.add(notice(e, "issued in the future", n -> n.put("issuedOn", "2031-01-01"), "issuedOn"));
    all.add(notice(e, "unknown level", n -> n.put("level", "宇宙级"), "level"));
    all.add(notice(e, "an amount that is not a number", n -> n.put("shares", List.of(Map.of("district", "daoli", "amount",
        "lots"))), "amount"));
    all.add(notice(e, "a negative amount", n -> n.put("shares", List.of(Map.of("district", "daoli", "amount", "-1"))),
        "amount"));
    all.add(notice(e, "a third decimal", n -> n.put("shares", List.of(Map.of("district", "daoli", "amount", "1.234"))),
        "amount"));
    all.add(notice(e, "an unknown district", n -> n.put("shares", List.of(Map.of("district", "atlantis", "amount", "1"))),
        "atlantis"));
    all.add(notice(e, "a function code not in the table", n -> n.put("functionCode", "999"), "functionCode"));
    all.add(notice(e, "a matching ratio that is none", n -> n.put("matchingRatio", "x"), "matchingRatio"));
    all.add(notice(e, "NUL in the fund line", n -> n.put("fundLine", "防贫" + NUL), "fundLine", "控制字符"));
    all.add(notice(e, "an ID number in the unit", n -> n.put("unit", "经办人 " + AN_ID), "unit", "身份证号码"));
    all.add(notice(e, "shares as a text", n -> n.put("shares", "daoli 1"), "shares"));
    all.add(notice(e, "no shares", n -> n.put("shares", List.of()), "shares"));
    all.add(notice(e, "the same district twice", n -> n.put("shares", List.of(Map.of("district", "daoli", "amount", "1"),
        Map.of("district", "daoli", "amount", "2"))), "daoli"));
    all.add(notice(e, "a document number already registered", n -> n.put("documentNumber", registeredDocument),
        "documentNumber"));
    all.add(raw(e, "a key given twice", "zhoujie", "/api/fund-notices", "application/json",
        "{\"documentNumber\":\"a\",\"documentNumber\":\"b\"}", 400, "documentNumber"));
    all.add(raw(e, "plain text", "zhoujie", "/api/fund-notices", "text/plain", "哈财指", 415, "application/json"));
    all.add(raw(e, "an empty body", "zhoujie", "/api/fund-notices", "application/json", "", 400, "JSON"));
    all.add(raw(e, "a list for a notice", "zhoujie", "/api/fund-notices", "application/json", "[]", 400, "JSON"));
    all.add(new Bad(e, "a township officer registers funds", 403, List.of(), () -> http.post("zhangwei", "/api/fund-notices",
        noticeBody())));

    e = "fund notices (file)";
    all.add(new Bad(e, "no file", 400, List.of("file"), () -> send("zhoujie", "POST", "/api/fund-notices/import",
        "multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--b--\r\n")));
    all.add(new Bad(e, "not a spreadsheet", 400, List.of("file"), () -> http.postFile("zhoujie", "/api/fund-notices/import",
        importFields(), "notice.xlsx", "PK not really".getBytes(StandardCharsets.UTF_8))));
    all.add(new Bad(e, "a bad amount in a row", 400, List.of("行", "abc"), () -> http.postFile("zhoujie",
        "/api/fund-notices/import", importFields(), "bad.csv",
        "区、县(市),市级补助资金,区、县(市) 匹配资金\n道里区,abc,1\n".getBytes(StandardCharsets.UTF_8))));
    all.add(new Bad(e, "11 MB", 413, List.of("10 MB"), () -> http.postFile("zhoujie", "/api/fund-notices/import",
        importFields(), "big.csv", new byte[11 * 1024 * 1024])));
    all.add(raw(e, "JSON instead of a file", "zhoujie", "/api/fund-notices/import", "application/json", "{}", 415,
        "multipart/form-data"));
    all.add(new Bad(e, "an unknown level beside the file", 400, List.of("level"), () -> {
      var fields = importFields();
      fields.put("level", "宇宙级");
      return http.postFile("zhoujie", "/api/fund-notices/import", fields, "ok.csv",
          "区、县(市),市级补助资金,区、县(市) 匹配资金\n道里区,1,1\n".getBytes(StandardCharsets.UTF_8));
    }));

    e = "fund notice registration (start form)";
    var start = ENGINE + "/process-definition/key/fund-notice-registration/start";
    all.add(new Bad(e, "a share table with a bad row", 400, List.of("第1行", "abc"), () -> http.post("zhoujie", start,
        Map.of("variables", Http.variables(registrationForm("shareTable", "道里区\tabc"))))));
    all.add(new Bad(e, "NUL in the share table", 400, List.of("shareTable"), () -> http.post("zhoujie", start,
        Map.of("variables", Http.variables(registrationForm("shareTable", "道里区\t1" + NUL))))));
    all.add(new Bad(e, "an unknown level", 400, List.of("level"), () -> http.post("zhoujie", start,
        Map.of("variables", Http.variables(registrationForm("level", "宇宙级"))))));
    all.add(new Bad(e, "issuedOn as a number", 400, List.of("issuedOn"), () -> http.post("zhoujie", start,
        Map.of("variables", Http.variables(registrationForm("issuedOn", 20201230))))));
  }

  private void fundSteps(List<Bad> all) {
    var e = "allocation";
    all.add(complete(e, "allocation1 not JSON", "chenjing", () -> propose, Map.of("allocation1", new Http.Typed("Json", "{")),
        400, "allocation1"));
    all.add(complete(e, "a negative amount", "chenjing", () -> propose, allocation(project, "-5.00", "防贫保险"), 400,
        "allocation1"));
    all.add(complete(e, "a project outside the library", "chenjing", () -> propose, allocation("230-0102-FPJ-NONE", "5.00",
        "防贫保险"), 400, "230-0102-FPJ-NONE"));
    all.add(complete(e, "more than the line holds", "chenjing", () -> propose, allocation(project, "99999999.00", "防贫保险"),
        400, "allocation1"));
    all.add(complete(e, "NUL in the use", "chenjing", () -> propose, allocation(project, "5.00", "防贫" + NUL), 400,
        "allocation1"));
    all.add(complete(e, "a variable the step does not take", "chenjing", () -> propose, Map.of("receivedAmount", 1), 400,
        "receivedAmount"));
    all.add(complete(e, "district finance proposes", "zhaolei", () -> propose, allocation(project, "5.00", "防贫保险"), 404,
        "任务"));
    all.add(complete(e, "another district's office proposes", "yangmin", () -> propose, allocation(project, "5.00", "防贫保险"),
        404, "任务"));
    all.add(complete(e, "three decimals", "chenjing", () -> propose, allocation(project, "5.001", "防贫保险"), 400,
        "allocation1"));
    all.add(complete(e, "proposed in the future", "chenjing", () -> propose, withProposedOn("2031-01-04"), 400, "proposedOn"));
    all.add(complete(e, "proposed before the notice", "chenjing", () -> propose, withProposedOn("2020-01-04"), 400,
        "proposedOn"));
    all.add(complete(e, "proposedOn not a date", "chenjing", () -> propose, withProposedOn("4 Jan"), 400, "proposedOn"));
    all.add(new Bad(e, "a fund case started by hand for an unknown notice", 403, List.of("fund-disbursement"),
        () -> http.post("demo", ENGINE + "/process-definition/key/" + FundDisbursementProcess.KEY + "/start",
            Map.of("variables", Http.variables(Map.of("fundNoticeId", "no-such-notice", "districtCode", "daoli"))))));

    e = "matching";
    all.add(complete(e, "not a date", "zhaolei", () -> arrangeMatching, Map.of("matchingArrangedOn", "soon", "matchingSource",
        "区本级预算"), 400, "matchingArrangedOn"));
    all.add(complete(e, "in year 0", "zhaolei", () -> arrangeMatching, Map.of("matchingArrangedOn", "0000-01-01",
        "matchingSource", "区本级预算"), 400, "matchingArrangedOn"));
    all.add(complete(e, "no source", "zhaolei", () -> arrangeMatching, Map.of("matchingArrangedOn", "2020-09-29"), 400,
        "matchingSource"));
    all.add(complete(e, "NUL in the source", "zhaolei", () -> arrangeMatching, Map.of("matchingArrangedOn", "2020-09-29",
        "matchingSource", "区本级" + NUL), 400, "matchingSource"));
    all.add(complete(e, "the poverty office arranges finance's matching", "chenjing", () -> arrangeMatching,
        Map.of("matchingArrangedOn", "2020-09-29", "matchingSource", "区本级预算"), 403, "TASK_WORK"));

    e = "disbursement";
    all.add(complete(e, "unknown decision", "zhaolei", () -> disburse, Map.of("disbursementDecision", "maybe"), 400,
        "disbursementDecision"));
    all.add(complete(e, "disbursed in the future", "zhaolei", () -> disburse, Map.of("disbursementDecision", "disburse",
        "disbursedOn", "2031-01-01"), 400, "disbursedOn"));
    all.add(complete(e, "disbursed in year 0", "zhaolei", () -> disburse, Map.of("disbursementDecision", "disburse",
        "disbursedOn", "0000-01-01"), 400, "disbursedOn"));
    all.add(complete(e, "a rejection without reasons", "zhaolei", () -> disburse, Map.of("disbursementDecision", "reject"),
        400, "disbursementComment"));
    all.add(complete(e, "an ID number in the comment", "zhaolei", () -> disburse, Map.of("disbursementDecision", "reject",
        "disbursementComment", "收款人 " + AN_ID), 400, "disbursementComment", "身份证号码"));
    all.add(complete(e, "the poverty office disburses", "chenjing", () -> disburse, Map.of("disbursementDecision",
        "disburse", "disbursedOn", "2020-09-29"), 403, "TASK_WORK"));
  }

  private void projectsAndCodes(List<Bad> all) {
    var e = "projects";
    all.add(projectWith(e, "a budget that is not a number", p -> p.put("budgetYuan", "lots"), 400, "budgetYuan", "数字"));
    all.add(projectWith(e, "NUL in the name", p -> p.put("name", "防贫" + NUL), 400, "name"));
    all.add(projectWith(e, "an ID number in the purpose", p -> p.put("purpose", "补助 " + AN_ID), 400, "purpose",
        "身份证号码"));
    all.add(projectWith(e, "150 % by March", p -> p.put("spendingPlan", Map.of("march", 150, "june", 50, "october", 75,
        "december", 100)), 400, "march"));
    all.add(projectWith(e, "another district's project", p -> p.put("district", "hulan"), 403, "hulan"));
    all.add(projectWith(e, "an unknown district", p -> p.put("district", "atlantis"), 403, "atlantis"));
    all.add(projectWith(e, "a code already in the library", p -> p.put("code", project), 409, project));
    all.add(projectWith(e, "no code", p -> p.remove("code"), 400, "code"));
    all.add(projectWith(e, "an indicator of an unknown level", p -> p.put("indicators", List.of(Map.of("level", "X级",
        "category", "数量指标", "name", "参保人数", "target", "≥1000人"))), 400, "level"));
    all.add(projectWith(e, "indicators as a text", p -> p.put("indicators", "many"), 400, "indicators"));
    all.add(new Bad(e, "a project not in the library", 404, List.of("230-0102-FPJ-NONE"),
        () -> http.get("chenjing", "/api/projects/daoli/230-0102-FPJ-NONE")));
    all.add(new Bad(e, "a township officer adds a project", 403, List.of(), () -> http.post("zhangwei", "/api/projects",
        projectBody())));
    all.add(raw(e, "a key given twice", "chenjing", "/api/projects", "application/json",
        "{\"code\":\"a\",\"code\":\"b\"}", 400, "code"));
    all.add(new Bad(e, "deleting the library", 405, List.of("DELETE"), () -> send("chenjing", "DELETE", "/api/projects",
        null, null)));

    e = "budget codes";
    all.add(new Bad(e, "an unknown kind as filter", 400, List.of("kind", "SALARY"),
        () -> http.get("chenjing", "/api/budget-codes?kind=SALARY")));
    all.add(new Bad(e, "adding an unknown kind", 400, List.of("kind"), () -> http.post("demo", "/api/budget-codes",
        Map.of("kind", "SALARY", "code", "2130599", "name", "工资"))));
    all.add(new Bad(e, "a two-digit code", 400, List.of("code"), () -> http.post("demo", "/api/budget-codes",
        Map.of("kind", "FUNCTION", "code", "12", "name", "太短"))));
    all.add(new Bad(e, "a code already there", 409, List.of("2130599"), () -> http.post("demo", "/api/budget-codes",
        Map.of("kind", "FUNCTION", "code", "2130599", "name", "其他扶贫支出"))));
    all.add(new Bad(e, "a bell in the name", 400, List.of("name"), () -> http.post("demo", "/api/budget-codes",
        Map.of("kind", "FUNCTION", "code", "2130598", "name", "扶贫" + BELL))));
    all.add(new Bad(e, "a district office adds a code", 403, List.of(), () -> http.post("chenjing", "/api/budget-codes",
        Map.of("kind", "FUNCTION", "code", "2130597", "name", "扶贫"))));
  }

  private void calendarEscalationsLedgers(List<Bad> all) {
    var e = "calendar";
    all.add(get(e, "from in year 0", "chenjing", "/api/calendar/deadline?from=0000-01-01&workingDays=3", 400, "from",
        "1949-10-01"));
    all.add(get(e, "from 30 February", "chenjing", "/api/calendar/deadline?from=2020-02-30&workingDays=3", 400, "from"));
    all.add(get(e, "a negative period", "chenjing", "/api/calendar/deadline?from=2020-09-28&workingDays=-1", 400,
        "workingDays"));
    all.add(get(e, "a period that is not a number", "chenjing", "/api/calendar/deadline?from=2020-09-28&workingDays=abc",
        400, "workingDays"));
    all.add(get(e, "both kinds of period", "chenjing", "/api/calendar/deadline?from=2020-09-28&workingDays=3&days=5", 400,
        "workingDays", "days"));
    all.add(get(e, "no from", "chenjing", "/api/calendar/deadline?workingDays=3", 400, "from"));
    all.add(new Bad(e, "a district office loads a year", 403, List.of(), () -> send("chenjing", "PUT",
        "/api/calendar/years/2027", "application/json", "{}")));
    all.add(new Bad(e, "a year file that is not JSON", 400, List.of("JSON"), () -> send("demo", "PUT",
        "/api/calendar/years/2027", "application/json", "{\"year\":")));
    all.add(new Bad(e, "a year file whose year is a word", 400, List.of("year"), () -> send("demo", "PUT",
        "/api/calendar/years/2027", "application/json", "{\"year\":\"twenty\",\"days\":[]}")));
    all.add(new Bad(e, "a year file of another year", 400, List.of("2026", "2027"), () -> send("demo", "PUT",
        "/api/calendar/years/2027", "application/json", "{\"year\":2026,\"papers\":[],\"days\":[{\"name\":\"元旦\",\"date\":\"2026-01-01\",\"isOffDay\":true}]}")));
    all.add(new Bad(e, "a year in the path that is a word", 400, List.of("year"), () -> send("demo", "PUT",
        "/api/calendar/years/abc", "application/json", "{}")));
    all.add(new Bad(e, "a day that is no date", 400, List.of("date"), () -> send("demo", "PUT",
        "/api/calendar/years/2027", "application/json", "{\"year\":2027,\"papers\":[],\"days\":[{\"name\":\"元旦\","
            + "\"date\":\"2027-13-01\",\"isOffDay\":true}]}")));

    e = "escalations";
    all.add(get(e, "from that is not a date", "chenjing", "/api/escalations?from=abc", 400, "from"));
    all.add(get(e, "from in year 0", "chenjing", "/api/escalations?from=0000-01-01", 400, "from"));
    all.add(get(e, "another district", "chenjing", "/api/escalations?district=hulan", 403, "hulan"));
    all.add(get(e, "a step that is none", "chenjing", "/api/escalations?step=%3Cscript%3E", 400, "step"));
    all.add(get(e, "open \"maybe\"", "chenjing", "/api/escalations?open=maybe", 400, "open"));
    all.add(get(e, "timer changes to a word", "chenjing", "/api/escalations/timer-changes?to=abc", 400, "to"));
    all.add(get(e, "a township officer", "zhangwei", "/api/escalations", 403));

    e = "ledgers";
    all.add(get(e, "an unknown level", "chenjing", "/api/ledger?level=GALACTIC", 400, "level", "CITY"));
    all.add(get(e, "from that is not a date", "chenjing", "/api/ledger?from=abc", 400, "from"));
    all.add(get(e, "another district", "chenjing", "/api/ledger?district=hulan", 403, "hulan"));
    all.add(get(e, "the spreadsheet to year 0", "chenjing", "/api/ledger.xlsx?to=0000-01-01", 400, "to"));
    all.add(get(e, "the household ledger of a word", "chenjing", "/api/household-ledger.xlsx?district=daoli&date=abc", 400,
        "date"));
    all.add(get(e, "the household ledger of another district", "chenjing", "/api/household-ledger.xlsx?district=hulan",
        403, "hulan"));
    all.add(get(e, "the household ledger in year 0", "chenjing", "/api/household-ledger.xlsx?district=daoli&date=0000-01-01",
        400, "date"));
    all.add(get(e, "a township officer's household ledger", "zhangwei", "/api/household-ledger.xlsx?district=daoli", 403));

    e = "insurance";
    all.add(get(e, "a year without premiums", "chenjing", "/api/insurance/2019/premiums?district=daoli", 400, "year",
        "fupin.insurance.premiums.2019"));
    all.add(get(e, "a year that is a word", "chenjing", "/api/insurance/abc/insured?district=daoli", 400, "year"));
    all.add(get(e, "another district", "chenjing", "/api/insurance/2020/insured?district=hulan", 403, "hulan"));
    all.add(get(e, "no district", "sunli", "/api/insurance/2020/premiums", 400, "district"));
    all.add(get(e, "an unknown district", "sunli", "/api/insurance/2020/insured?district=atlantis", 400, "district",
        "atlantis"));
    all.add(get(e, "a township officer", "zhangwei", "/api/insurance/2020/insured?district=daoli", 403));

    e = "households";
    all.add(get(e, "an unknown household", "chenjing", "/api/households/no-such-household", 404, "no-such-household"));
    all.add(new Bad(e, "another district's household", 403, List.of(), () -> http.get("yangmin",
        "/api/households/" + daoliHousehold)));
  }

  private void premiums(List<Bad> all) {
    var e = "premium start";
    all.add(premiumStart(e, "a year without premiums", "chenjing", "daoli", 2019, 400, "insuranceYear",
        "fupin.insurance.premiums.2019"));
    all.add(premiumStart(e, "a year that is a word", "chenjing", "daoli", "二〇二〇", 400, "insuranceYear"));
    all.add(new Bad(e, "no year", 400, List.of("insuranceYear"), () -> http.post("chenjing", InsuranceDistricts.START,
        Map.of("variables", Http.variables(Map.of("districtCode", "daoli"))))));
    all.add(new Bad(e, "a figure sent with the start", 400, List.of("premiumNeed"), () -> http.post("chenjing",
        InsuranceDistricts.START, Map.of("variables", Http.variables(Map.of("districtCode", "daoli", "insuranceYear", 2020,
            "premiumNeed", "1.00"))))));
    all.add(premiumStart(e, "a second case for the district and year", premiumDistrict.povertyOffice(),
        premiumDistrict.code(), 2020, 400, "insuranceYear", "办理中", "running"));
    all.add(premiumStart(e, "a district without insured people", uninsuredDistrict.povertyOffice(),
        uninsuredDistrict.code(), 2020, 400, "insuranceYear", "保费需求为零"));
    all.add(premiumStart(e, "district finance starts it", "zhaolei", "daoli", 2020, 403));
    all.add(premiumStart(e, "a township officer starts it", "zhangwei", "daoli", 2020, 403));
    all.add(premiumStart(e, "another district's office starts it", "yangmin", "daoli", 2020, 403, "daoli"));

    e = "premium payment";
    var finance = premiumDistrict.finance();
    all.add(complete(e, "paidOn before the case started", finance, () -> payPremium, Map.of("paidOn", "2021-01-03"), 400,
        "paidOn", "2021-01-04"));
    all.add(complete(e, "paidOn in the future", finance, () -> payPremium, Map.of("paidOn", "2021-01-05"), 400, "paidOn"));
    all.add(complete(e, "paidOn not a date", finance, () -> payPremium, Map.of("paidOn", "4.1.2021"), 400, "paidOn"));
    all.add(complete(e, "no paidOn", finance, () -> payPremium, Map.of("paymentComment", "已缴"), 400, "paidOn"));
    all.add(complete(e, "a changed figure", finance, () -> payPremium, Map.of("paidOn", "2021-01-04",
        "districtMatching", "0.00"), 400, "districtMatching"));
    all.add(complete(e, "an ANSI escape in the comment", finance, () -> payPremium, Map.of("paidOn", "2021-01-04",
        "paymentComment", ANSI + "已缴"), 400, "paymentComment"));
    all.add(complete(e, "an ID number in the comment", finance, () -> payPremium, Map.of("paidOn", "2021-01-04",
        "paymentComment", "参保人 " + AN_ID), 400, "paymentComment", "身份证号码"));
    all.add(complete(e, "a city line whose money went elsewhere", shortDistrict.finance(), () -> payPremiumShort,
        Map.of("paidOn", "2021-01-04"), 400, "cityPart", "扶贫特惠保险补助", "400.00"));
    all.add(complete(e, "the poverty office pays", premiumDistrict.povertyOffice(), () -> payPremium,
        Map.of("paidOn", "2021-01-04"), 403));
    all.add(complete(e, "another district's finance pays", "zhaolei", () -> payPremium, Map.of("paidOn", "2021-01-04"), 404,
        "任务"));

    e = "insurance";
    all.add(get(e, "the fund of another district", "chenjing", "/api/insurance/2020/fund?district=hulan", 403, "hulan"));
    all.add(get(e, "the fund of a year out of range", "chenjing", "/api/insurance/1999/fund?district=daoli", 400, "year"));
    all.add(get(e, "the fund of an unknown district", "sunli", "/api/insurance/2020/fund?district=atlantis", 400,
        "district"));
    all.add(get(e, "the fund without a district", "sunli", "/api/insurance/2020/fund", 400, "district"));
    all.add(get(e, "the fund for district finance", "zhaolei", "/api/insurance/2020/fund?district=daoli", 403));
  }

  private Bad premiumStart(String entryPoint, String name, String official, String district, Object year, int status,
      String... names) {
    return new Bad(entryPoint, name, status, List.of(names), () -> premiumDistricts.start(official, district, year));
  }

  private void doors(List<Bad> all) {
    var e = "public boards";
    all.add(new Bad(e, "an unknown page", 404, List.of(), () -> http.getAnonymous("/public/nothing-here")));
    all.add(new Bad(e, "posting to the funds board", 401, List.of(), () -> send(null, "POST", "/public/funds.json",
        "application/json", "{}")));
    all.add(new Bad(e, "posting to the notice board", 401, List.of(), () -> send(null, "POST", "/public/notices.json",
        "application/json", "{}")));

    e = "engine REST";
    all.add(get(e, "dueAfter that is not a date", "chenjing", ENGINE + "/task?dueAfter=garbage", 400, "dueAfter"));
    all.add(get(e, "an unknown sort", "chenjing", ENGINE + "/task?sortBy=salary&sortOrder=asc", 400, "sortBy"));
    all.add(get(e, "an unknown resource", "chenjing", ENGINE + "/nothing-here", 404));
    all.add(get(e, "a task of another district", "zhangwei", ENGINE + "/task/{hulan}", 404));
    all.add(new Bad(e, "Cockpit's API: an unknown sort", 400, List.of("sortBy"), () -> {
      var cockpit = new WebappSession(http);
      cockpit.logInto("cockpit", "chenjing", "chenjing");
      return cockpit.send(HttpRequest.newBuilder(http.uri("/camunda/api/cockpit/plugin/base/default/incident?sortBy=salary"
          + "&sortOrder=asc")).header("X-XSRF-TOKEN", cockpit.csrfToken()).GET());
    }));
    all.add(new Bad(e, "a job's due date", 403, List.of(), () -> send("chenjing", "PUT", ENGINE + "/job/x/duedate",
        "application/json", "{\"duedate\":\"2031-01-01T00:00:00.000+0800\"}")));
    all.add(new Bad(e, "deleting a case", 403, List.of(), () -> send("chenjing", "DELETE", ENGINE + "/process-instance/x",
        null, null)));
    all.add(new Bad(e, "an expression in a query", 400, List.of("dueDateExpression"), () -> http.get("chenjing",
        ENGINE + "/task?dueDateExpression=%24%7BdateTime()%7D")));

    e = "server";
    all.add(get(e, "an unknown API", "chenjing", "/api/nothing-here", 404));
    all.add(new Bad(e, "an address of 20,000 characters", 400, List.of("8 KB"),
        () -> http.get("chenjing", "/api/" + "a".repeat(20_000))));
    all.add(new Bad(e, "a header of 20,000 characters", 400, List.of("8 KB"), () -> http.send("chenjing", "chenjing",
        HttpRequest.newBuilder(http.uri("/api/me")).header("X-Long", "a".repeat(20_000)).GET())));
    all.add(new Bad(e, "an unknown user", 401, List.of(), () -> http.send("nobody", "wrong",
        HttpRequest.newBuilder(http.uri("/api/me")).GET())));
    all.add(new Bad(e, "no login", 401, List.of(), () -> http.getAnonymous("/api/me")));
    all.add(new Bad(e, "XML where JSON is answered", 406, List.of("Accept"), () -> http.send("chenjing", "chenjing",
        HttpRequest.newBuilder(http.uri("/api/budget-codes")).header("Accept", "application/xml").GET())));
  }

  /**
   * Relief claims of an insured 新农镇 household: one waiting for the district's check, one for the insurer's check
   * (locked by the catalogue's worker), one for the payment of 1,000.00 yuan (an accident medical claim: 1,350.00 less
   * 100.00, at 80%). The clock is 4 January 2021 when the catalogue runs.
   */
  private void reliefClaimsAtEveryStep() {
    insured = InsuredHousehold.filed(jdbc, "钟国庆", "曹秀兰");
    var spouse = InsuredHousehold.filed(jdbc, "袁志刚", "邓丽");
    reliefCheck = taskOf(reliefStart(reliefReport(insured.headName(), insured.headIdNumber(), "2020-09-20")),
        ReliefClaimProcess.Elements.TASK_CHECK_CLAIM);
    var checking = reliefStart(reliefReport(insured.spouseName(), insured.spouseIdNumber(), "2020-09-21"));
    completeOk("chenjing", taskOf(checking, ReliefClaimProcess.Elements.TASK_CHECK_CLAIM), Map.of("checkDecision", "forward"));
    reliefExternal = lockCheck(checking);
    var paying = reliefStart(reliefReport(spouse.headName(), spouse.headIdNumber(), "2020-09-22"));
    completeOk("chenjing", taskOf(paying, ReliefClaimProcess.Elements.TASK_CHECK_CLAIM), Map.of("checkDecision", "forward"));
    var reply = http.post("xubin", "/engine-rest/external-task/" + lockCheck(paying) + "/complete", Map.of("workerId",
        "catalogue", "variables", Http.variables(Map.of("checkedOn", "2020-09-29", "verifiedCompliantCosts", "1350.00",
            "verifiedBasicInsurancePaid", "0", "verifiedCriticalIllnessPaid", "0", "verifiedHospitalWaivers", "0",
            "verifiedMedicalAidPaid", "0"))));
    assertThat(reply.status()).as(reply.body()).isEqualTo(204);
    reliefPayment = taskOf(paying, ReliefClaimProcess.Elements.TASK_RECORD_PAYMENT);
  }

  private JsonNode reliefStart(Map<String, Object> report) {
    var reply = http.post("zhangwei", RELIEF_START, Map.of("variables", Http.variables(report)));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  /** The claim's check, fetched and locked for a year by the worker {@code catalogue}; its id. */
  private String lockCheck(JsonNode claim) {
    var reply = http.post("xubin", "/engine-rest/external-task/fetchAndLock", Map.of("workerId", "catalogue", "maxTasks", 1,
        "topics", List.of(Map.of("topicName", ReliefClaimProcess.CHECK_TOPIC, "lockDuration", 31_536_000_000L,
            "businessKey", claim.get("businessKey").asText()))));
    assertThat(reply.json()).as(reply.body()).hasSize(1);
    return reply.json().get(0).get("id").asText();
  }

  private static Map<String, Object> reliefReport(String name, String idNumber, String eventDate) {
    var report = new HashMap<String, Object>();
    report.put("districtCode", "daoli");
    report.put("townshipCode", "xinnong");
    report.put("insuredName", name);
    report.put("insuredIdNumber", idNumber);
    report.put("eventType", "accident-medical");
    report.put("eventDate", eventDate);
    report.put("compliantCosts", "1350.00");
    return report;
  }

  private void reliefClaims(List<Bad> all) {
    var e = "relief report";
    all.add(relief(e, "no resident ID", report -> report.remove("insuredIdNumber"), "insuredIdNumber"));
    all.add(relief(e, "a wrong check character", report -> report.put("insuredIdNumber", wrongCheck(insured.headIdNumber())),
        "insuredIdNumber", "校验码"));
    all.add(relief(e, "an ID of nobody in the district", report -> report.put("insuredIdNumber",
        HouseholdData.nextHeadIdNumber()), "insuredIdNumber"));
    all.add(relief(e, "a name that is not the person's", report -> report.put("insuredName", "钟国"), "insuredName"));
    all.add(relief(e, "an unknown event type", report -> report.put("eventType", "flood"), "eventType", "accident-medical"));
    all.add(relief(e, "a disability without level", report -> {
      report.put("eventType", "accident-disability");
      report.remove("compliantCosts");
    }, "disabilityLevel"));
    all.add(relief(e, "disability level 11", report -> {
      report.put("eventType", "accident-disability");
      report.put("disabilityLevel", 11);
      report.remove("compliantCosts");
    }, "disabilityLevel", "10"));
    all.add(relief(e, "a level on a medical claim", report -> report.put("disabilityLevel", 3), "disabilityLevel"));
    all.add(relief(e, "an event in the future", report -> report.put("eventDate", "2021-02-01"), "eventDate"));
    all.add(relief(e, "an event before the household was insured", report -> report.put("eventDate", "2018-05-01"),
        "eventDate", "2018"));
    all.add(relief(e, "costs with three decimals", report -> report.put("compliantCosts", "12.345"), "compliantCosts",
        "两位小数"));
    all.add(relief(e, "negative costs", report -> report.put("compliantCosts", "-5"), "compliantCosts"));
    all.add(relief(e, "costs that are not a number", report -> report.put("compliantCosts", "一千"), "compliantCosts"));
    all.add(relief(e, "a medical claim without costs", report -> report.remove("compliantCosts"), "compliantCosts"));
    all.add(relief(e, "others paid more than the costs", report -> report.put("basicInsurancePaid", "2000.00"),
        "basicInsurancePaid"));
    all.add(relief(e, "costs on an accident death", report -> report.put("eventType", "accident-death"), "compliantCosts"));
    all.add(relief(e, "an ID number in the note", report -> report.put("reportNote", "身份证 " + AN_ID), "reportNote"));
    all.add(relief(e, "a variable outside the form", report -> report.put("payoutAmount", "60000.00"), "payoutAmount"));
    all.add(relief(e, "the same person and event again", report -> report.put("eventDate", "2020-09-20"), "eventDate",
        "RC-daoli-2020-"));

    e = "relief check";
    all.add(complete(e, "an unknown decision", "chenjing", () -> reliefCheck, Map.of("checkDecision", "maybe"), 400,
        "checkDecision"));
    all.add(complete(e, "a refusal without reason", "chenjing", () -> reliefCheck, Map.of("checkDecision", "reject"), 400,
        "checkComment"));
    all.add(complete(e, "setting the request day", "chenjing", () -> reliefCheck, Map.of("checkDecision", "forward",
        "checkRequestedOn", "2020-01-01"), 400, "checkRequestedOn"));

    e = "insurer's check";
    all.add(external(e, "no check date", "complete", Map.of("variables", Http.variables(Map.of("verifiedCompliantCosts",
        "1350.00"))), "checkedOn"));
    all.add(external(e, "checked before it was asked", "complete", Map.of("variables", Http.variables(Map.of(
        "verifiedCompliantCosts", "1350.00", "checkedOn", "2020-01-02"))), "checkedOn"));
    all.add(external(e, "verified costs that are not a number", "complete", Map.of("variables", Http.variables(Map.of(
        "verifiedCompliantCosts", "abc", "checkedOn", "2020-09-29"))), "verifiedCompliantCosts"));
    all.add(external(e, "a payout of the worker's own", "complete", Map.of("variables", Http.variables(Map.of(
        "payoutAmount", "60000.00"))), "payoutAmount"));
    all.add(external(e, "local variables", "complete", Map.of("localVariables", Http.variables(Map.of("checkNote", "x"))),
        "localVariables"));
    all.add(external(e, "another BPMN error", "bpmnError", Map.of("errorCode", "fraud"), "errorCode", "not-eligible"));
    all.add(external(e, "not eligible without a reason", "bpmnError", Map.of("errorCode", "not-eligible"),
        "errorMessage"));
    all.add(external(e, "an ID number in the failure", "failure", Map.of("errorMessage", "身份证 " + AN_ID,
        "retries", 1, "retryTimeout", 0), "errorMessage"));

    e = "relief payment";
    all.add(complete(e, "an amount other than the computed one", "xubin", () -> reliefPayment, Map.of("paidOn",
        "2020-10-09", "paidAmount", "1000.01"), 400, "paidAmount", "1,000.00"));
    all.add(complete(e, "no amount", "xubin", () -> reliefPayment, Map.of("paidOn", "2020-10-09"), 400, "paidAmount"));
    all.add(complete(e, "paid in the future", "xubin", () -> reliefPayment, Map.of("paidOn", "2021-02-01",
        "paidAmount", "1000.00"), 400, "paidOn"));
    all.add(complete(e, "paid before the check", "xubin", () -> reliefPayment, Map.of("paidOn", "2020-09-01",
        "paidAmount", "1000.00"), 400, "paidOn"));

    e = "relief register";
    all.add(get(e, "an unknown district", "chenjing", "/api/relief-claims?district=atlantis", 400, "district"));
    all.add(get(e, "a household that is not an id", "chenjing", "/api/relief-claims?household=xyz", 400, "household"));
    all.add(get(e, "a case number of another kind", "chenjing", "/api/relief-claims/HI-daoli-2020-00001", 400, "RC-"));
  }

  private Bad relief(String entryPoint, String name, java.util.function.Consumer<Map<String, Object>> change,
      String... names) {
    return new Bad(entryPoint, name, 400, List.of(names), () -> {
      var report = reliefReport(insured.headName(), insured.headIdNumber(), "2020-12-20");
      change.accept(report);
      return http.post("zhangwei", RELIEF_START, Map.of("variables", Http.variables(report)));
    });
  }

  private Bad external(String entryPoint, String name, String action, Map<String, Object> body, String... names) {
    return new Bad(entryPoint, name, 400, List.of(names), () -> {
      var call = new HashMap<String, Object>(body);
      call.put("workerId", "catalogue");
      return http.post("xubin", "/engine-rest/external-task/" + reliefExternal + "/" + action, call);
    });
  }

  private static String wrongCheck(String idNumber) {
    var last = idNumber.charAt(17);
    return idNumber.substring(0, 17) + (last == '0' ? '1' : '0');
  }

  // --- how each entry point is called

  private Bad start(String entryPoint, String name, RiskReports report, String... names) {
    return new Bad(entryPoint, name, 400, List.of(names), () -> http.post("zhangwei", Cases.START, report.startRequest()));
  }

  private Bad complete(String entryPoint, String name, String official, Supplier<String> task, Map<String, Object> values,
      int status, String... names) {
    return new Bad(entryPoint, name, status, List.of(names), () -> cases.complete(official, task.get(), values));
  }

  private Bad objection(String entryPoint, String name, Map<String, Object> body, int status, String... names) {
    return new Bad(entryPoint, name, status, List.of(names),
        () -> http.post("lina", "/api/public-notices/" + noticeCaseNumber + "/objections", body));
  }

  private Bad notice(String entryPoint, String name, java.util.function.Consumer<Map<String, Object>> change,
      String... names) {
    return new Bad(entryPoint, name, 400, List.of(names), () -> {
      var body = noticeBody();
      change.accept(body);
      return http.post("zhoujie", "/api/fund-notices", body);
    });
  }

  private Bad projectWith(String entryPoint, String name, java.util.function.Consumer<Map<String, Object>> change, int status,
      String... names) {
    return new Bad(entryPoint, name, status, List.of(names), () -> {
      var body = projectBody();
      change.accept(body);
      return http.post("chenjing", "/api/projects", body);
    });
  }

  private Bad get(String entryPoint, String name, String official, String path, int status, String... names) {
    return new Bad(entryPoint, name, status, List.of(names), () -> http.get(official, path.replace("{hulan}", hulanVerify)));
  }

  /** A body sent as given, to a path whose {verify} and {notice} stand for the fixtures. */
  private Bad raw(String entryPoint, String name, String official, String path, String contentType, String body, int status,
      String... names) {
    return new Bad(entryPoint, name, status, List.of(names), () -> send(official, "POST",
        path.replace("{verify}", verify).replace("{notice}", String.valueOf(noticeCaseNumber)), contentType, body));
  }

  private Http.Reply send(String official, String method, String path, String contentType, String body) {
    var request = HttpRequest.newBuilder(http.uri(path)).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return http.send(official, official, request);
  }

  // --- bodies

  private static Map<String, Object> verified() {
    return Map.of("verifiedOn", "2020-09-29", "riskConfirmed", true, "verificationNote", "风险属实");
  }

  private static Map<String, Object> withVerified(String name, Object value) {
    var values = new HashMap<>(verified());
    values.put(name, value);
    return values;
  }

  private static Map<String, Object> collection(String name, Object value) {
    var values = collectionOf(collectHead);
    values.put(name, value);
    return values;
  }

  /** 信息采集 and 民主评议 of a household whose head has {@code headIdNumber}, as the form submits them. */
  private static Map<String, Object> collectionOf(String headIdNumber) {
    return HouseholdData.collection(headIdNumber);
  }

  private Map<String, Object> withProposedOn(String proposedOn) {
    var values = new HashMap<>(allocation(project, "5.00", "防贫保险"));
    values.put("proposedOn", proposedOn);
    return values;
  }

  static Map<String, Object> allocation(String project, String amount, String use) {
    return Map.of("allocation1", Http.json(Map.of("projectCode", project, "amount", new java.math.BigDecimal(amount),
        "use", use)));
  }

  /** A notice's fields as the JSON body, the import form and the start form all take them. */
  private static Map<String, Object> noticeFields(String matchingRatio) {
    var fields = new LinkedHashMap<String, Object>();
    fields.put("documentNumber", "哈财指（农）〔2020〕" + UUID.randomUUID().toString().substring(0, 8) + "号");
    fields.put("issuedOn", "2020-09-20");
    fields.put("level", "市级");
    fields.put("fundLine", "防贫保险补助");
    fields.put("functionCode", DaoliFundShares.FUNCTION_CODE);
    fields.put("governmentEconomicCode", DaoliFundShares.GOVERNMENT_ECONOMIC_CODE);
    fields.put("departmentEconomicCode", DaoliFundShares.DEPARTMENT_ECONOMIC_CODE);
    fields.put("matchingRatio", matchingRatio);
    return fields;
  }

  private static Map<String, Object> noticeBody() {
    var body = noticeFields("");
    body.put("shares", List.of(Map.of("district", "daoli", "amount", "100.00")));
    return body;
  }

  private static Map<String, String> importFields() {
    var fields = new LinkedHashMap<String, String>();
    noticeFields("1:1").forEach((name, value) -> fields.put(name, (String) value));
    return fields;
  }

  private static Map<String, Object> registrationForm(String name, Object value) {
    var form = noticeFields("");
    form.put("shareTable", "道里区\t100.00");
    form.put(name, value);
    return form;
  }

  private Map<String, Object> projectBody() {
    var body = new LinkedHashMap<String, Object>();
    body.put("district", "daoli");
    body.put("code", "230-0102-FPJ-" + UUID.randomUUID().toString().replace("-", "").substring(0, 4).toUpperCase());
    body.put("name", "2020年道里区农村人口精准防贫机制");
    body.put("fundLine", "防贫保险补助");
    body.put("purpose", "补充2020年哈尔滨市农村人口精准防贫保险基金");
    body.put("budgetYuan", 40000);
    body.put("spendingPlan", Map.of("march", 25, "june", 50, "october", 75, "december", 100));
    body.put("indicators", List.of(Map.of("level", "产出指标", "category", "数量指标", "name", "参保人数", "target", "≥1000人"),
        Map.of("level", "效益指标", "category", "社会效益指标", "name", "防贫对象致贫返贫率", "target", "≤1%")));
    return body;
  }

  // --- fixtures

  /** A category B case collected and approved: its village notice (公示) is requested. */
  private JsonNode approvedCase() {
    var report = aCategoryBReport();
    var instance = cases.start("zhangwei", report);
    completeOk("zhangwei", taskOf(instance, HouseholdIdentificationProcess.Elements.TASK_COLLECT_HOUSEHOLD_INFORMATION),
        collectionOf(report.headIdNumber()));
    completeOk("chenjing", taskOf(instance, HouseholdIdentificationProcess.Elements.TASK_REVIEW_HOUSEHOLD),
        Map.of("reviewDecision", "approve", "assistanceMeasures", "医疗救助"));
    return instance;
  }

  private String noticeTask(JsonNode householdCase) {
    var notice = jdbc.queryForObject("SELECT id_ FROM act_ru_execution WHERE super_exec_ IN (SELECT id_ FROM act_ru_execution"
        + " WHERE proc_inst_id_ = ?)", String.class, householdCase.get("id").asText());
    return taskService.createTaskQuery().processInstanceId(notice).singleResult().getId();
  }

  private String taskOf(JsonNode instance, String step) {
    return taskService.createTaskQuery().processInstanceId(instance.get("id").asText()).taskDefinitionKey(step)
        .singleResult().getId();
  }

  private String fundTask(String processInstanceId, String step) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(step).singleResult().getId();
  }

  private Task task(String id) {
    return taskService.createTaskQuery().taskId(id).singleResult();
  }

  private void completeOk(String official, String taskId, Map<String, Object> values) {
    var reply = cases.complete(official, taskId, values);
    assertThat(reply.status()).as(reply.body()).isEqualTo(204);
  }

  /** What a refusal must leave as it was: rows and revisions of the engine's and our own tables. */
  private Map<String, Object> state() {
    var state = new LinkedHashMap<String, Object>();
    for (var table : List.of("act_ru_execution", "act_ru_task", "act_ru_variable", "act_ru_job", "act_ru_ext_task")) {
      state.put(table, jdbc.queryForList("SELECT COUNT(*) AS n, COALESCE(SUM(rev_), 0) AS revisions FROM " + table).get(0)
          .values().stream().map(String::valueOf).toList());
    }
    for (var table : List.of("act_ru_incident", "act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst",
        "act_hi_detail", "act_hi_comment", "act_ge_bytearray", "household", "household_member", "household_case",
        "household_status_change", "public_notice", "public_notice_objection", "budget_code", "ledger_entry", "fund_notice",
        "fund_notice_share", "fund_allocation", "public_fund_announcement", "project", "project_indicator",
        "escalation_record", "holiday_year", "holiday_day", "insurance_premium", "relief_claim",
        "insurance_fund_entry")) {
      state.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
    }
    state.put("balances", jdbc.queryForList("SELECT * FROM fund_line_balance").stream().map(Map::values)
        .map(String::valueOf).sorted().toList());
    return state;
  }
}
