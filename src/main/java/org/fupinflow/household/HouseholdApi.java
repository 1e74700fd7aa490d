package org.fupinflow.household;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.fupinflow.errors.ApiRefusal;
import org.fupinflow.money.Yuan;
import org.fupinflow.security.FupinPrincipal;
import org.fupinflow.security.Roles;
import org.fupinflow.security.Townships;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/households/{id}}: a household with its members, cases, status history and the cases of other
 * procedures about it ({@code otherCases}: relief claims), for the officials of
 * its district. ID numbers, phone and incomes are whole only for those who collect and enter them (the
 * district poverty office and the household's own township); everyone else sees ID numbers masked and no
 * phone or incomes.
 */
@RestController
class HouseholdApi {

  record Member(int number, String name, String sex, String relation, String documentType, String idNumber,
                String ethnicity, String politicalStatus, String education, String schoolingStatus, String health,
                String workRegion, Integer monthsWorked) {
  }

  record StatusChange(String status, String statusLabel, LocalDate effectiveOn, String category, String caseNumber,
                      boolean fastTrack, String meetingRecord, String note, Instant recordedAt) {
  }

  record Case(String caseNumber, String category, LocalDate reportedOn, List<String> risks, boolean fastTrack,
              String meetingRecord, LocalDate collectedOn, Map<String, BigDecimal> incomes, String hardship,
              String assistanceMeasures, String outcome, String outcomeReason, Instant startedAt, Instant endedAt) {
  }

  record HouseholdView(String id, String district, String township, String village, String naturalVillage,
                       String headName, String headIdNumber, String phone, String category, String categoryLabel,
                       String status, String statusLabel, LocalDate statusSince, List<Member> members,
                       List<Case> cases, List<StatusChange> statusHistory, List<HouseholdHistory.Entry> otherCases) {
  }

  private final Households households;
  private final List<HouseholdHistory> histories;

  HouseholdApi(Households households, List<HouseholdHistory> histories) {
    this.households = households;
    this.histories = histories;
  }

  @Operation(operationId = "getHousehold",
      summary = "农户：成员、案件、状态变化及其他案件 / A household: members, cases, status history and "
      + "other cases",
      description = "本乡镇的乡镇扶贫干部、本区县扶贫办、市扶贫办、督查、系统管理员；其他区县或乡镇 403，没有该户 "
      + "404。身份证号码、电话和收入仅本区县扶贫办与本乡镇干部看全；其他人看到打码的身份证号码（2301**********0015）"
      + "，看不到电话和收入。收入以元计，两位小数。otherCases 为该户的防贫保险救助等案件。 / Township officers of "
      + "the household's township, the district poverty office of its district, the city poverty office, supervisors, "
      + "administrators; another district or township is 403, an unknown household 404. ID numbers, phone and incomes "
      + "are whole only for the district poverty office and the household's township; everyone else sees ID numbers "
      + "masked (2301**********0015) and no phone or incomes. Incomes in yuan, two decimals. otherCases lists the "
      + "household's cases of other procedures (relief claims).")
  @GetMapping("/api/households/{id}")
  @PreAuthorize("hasAnyRole('township-officers', 'district-poverty-office', 'city-poverty-office', 'supervisors', "
      + "'camunda-admin')")
  HouseholdView household(@AuthenticationPrincipal FupinPrincipal official,
      @Parameter(description = "农户编号（UUID） / The household's id (UUID)")
      @PathVariable String id) {
    var found = households.find(id);
    if (found.isEmpty()) {
      throw ApiRefusal.notFound("没有该户：" + id + " / No household " + id);
    }
    var household = found.get();
    boolean admin = official.isMemberOf(Roles.ADMINS);
    var ownTownship = official.groupIds().contains(Townships.groupId(household.district(), household.township()));
    boolean townshipOfficerElsewhere = official.isMemberOf(Roles.TOWNSHIP_OFFICERS) && !ownTownship
        && !official.isMemberOf(Roles.DISTRICT_POVERTY_OFFICE);
    if (!admin && (!official.tenantIds().contains(household.district()) || townshipOfficerElsewhere)) {
      throw ApiRefusal.forbidden("无权查看其他区县或乡镇的农户 / This household belongs to another district or township");
    }
    boolean whole = official.isMemberOf(Roles.DISTRICT_POVERTY_OFFICE) || ownTownship;
    // Free texts are checked for ID numbers when submitted; records from before that are masked for masked readers.
    UnaryOperator<String> shown = whole ? UnaryOperator.identity() : IdNumbers::maskWithin;
    var members = households.members(id).stream().map(member -> new Member(member.number(), member.name(),
        member.sex(), member.relation(), member.documentType(), whole ? member.idNumber() : member.maskedIdNumber(),
        member.ethnicity(), member.politicalStatus(), member.education(), member.schoolingStatus(), member.health(),
        member.workRegion(), member.monthsWorked())).toList();
    var cases = households.cases(id).stream().map(record -> {
      Map<String, BigDecimal> incomes = null;
      if (whole && !record.incomesInFen().isEmpty()) {
        incomes = new LinkedHashMap<>();
        for (var entry : record.incomesInFen().entrySet()) {
          incomes.put(entry.getKey().key, Yuan.of(entry.getValue()));
        }
      }
      return new Case(record.caseNumber(), record.category().name(), record.reportedOn(),
          record.risks().stream().map(RiskReason::label).toList(), record.fastTrack(), record.meetingRecord(),
          record.collectedOn(), incomes, whole ? record.hardship() : null, shown.apply(record.assistanceMeasures()),
          record.outcome(), shown.apply(record.outcomeReason()), record.startedAt(), record.endedAt());
    }).toList();
    var history = households.statusHistory(id).stream().map(change -> new StatusChange(change.status().name(),
        change.status().label(), change.effectiveOn(), change.category().name(), change.caseNumber(),
        change.fastTrack(), change.meetingRecord(), shown.apply(change.note()), change.recordedAt())).toList();
    return new HouseholdView(household.id(), household.district(), household.township(),
        household.village(), household.naturalVillage(), household.headName(),
        whole ? household.headIdNumber() : IdNumbers.mask(household.headIdNumber()),
        whole ? household.phone() : null, household.category().name(), household.category().label(),
        household.status().name(), household.status().label(), household.statusSince(), members, cases, history,
        histories.stream().flatMap(contributor -> contributor.of(id).stream()).toList());
  }
}
