package org.fupinflow.household;

import java.time.LocalDate;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.household.HouseholdIdentificationProcess.Outcomes;
import org.springframework.stereotype.Service;

/**
 * The status decisions of a case: the fast track (先帮扶、后认定) takes effect at once, recognition at the end of
 * the procedure, and a fast-tracked household that is finally not recognised goes back to its status before,
 * each recorded in the household's status history.
 */
@Service
class HouseholdStatusChanges {

  static final String FAST_TRACK_NOTE = "疫情期间“先帮扶、后认定”：经镇级会议研究确认，先行纳入帮扶";
  static final String FAST_TRACK_CONFIRMED_NOTE = "“先帮扶、后认定”：认定程序已完善，认定有效";

  private final Households households;

  HouseholdStatusChanges(Households households) {
    this.households = households;
  }

  void applyFastTrack(String caseNumber) {
    var record = caseRecord(caseNumber);
    var household = households.ofCase(caseNumber);
    households.changeStatus(household.id(), caseNumber, record.category(), record.category().statusRecognized(),
        ChinaTime.today(), true, record.meetingRecord(), FAST_TRACK_NOTE, ChinaTime.now().toInstant());
  }

  /**
   * Recognition: A becomes 脱贫监测户 on review, B 即时帮扶人口 and C 脱贫享受政策户 after the notice period, from
   * {@code recognizedOn}. A fast-tracked household keeps the date its status took effect.
   */
  String recognize(String caseNumber, LocalDate recognizedOn) {
    var record = caseRecord(caseNumber);
    var household = households.ofCase(caseNumber);
    var status = record.category().statusRecognized();
    var now = ChinaTime.now().toInstant();
    if (record.fastTrack() && household.status() == status) {
      households.changeStatus(household.id(), caseNumber, record.category(), status, household.statusSince(), true,
          record.meetingRecord(), FAST_TRACK_CONFIRMED_NOTE, now);
    } else {
      households.changeStatus(household.id(), caseNumber, record.category(), status, recognizedOn, false, null,
          "认定为" + status.label(), now);
    }
    var outcome = switch (record.category()) {
      case A -> Outcomes.MONITORED;
      case B -> Outcomes.INSTANT_ASSISTANCE;
      case C -> Outcomes.POLICY_RESTORED;
    };
    households.closeCase(caseNumber, outcome, status.label(), now);
    return outcome;
  }

  /** 不予认定 with its reason; a fast-tracked household goes back to its status before, recorded. */
  void notRecognized(String caseNumber, String reason) {
    var record = caseRecord(caseNumber);
    var now = ChinaTime.now().toInstant();
    if (record.fastTrack()) {
      var household = households.ofCase(caseNumber);
      households.changeStatus(household.id(), caseNumber, record.category(), record.category().statusBefore(),
          ChinaTime.today(), true, record.meetingRecord(), "“先帮扶、后认定”未获认定，状态回退：" + reason, now);
    }
    households.closeCase(caseNumber, Outcomes.NOT_RECOGNIZED, reason, now);
  }

  private Households.CaseRecord caseRecord(String caseNumber) {
    return households.caseRecord(caseNumber)
        .orElseThrow(() -> new IllegalStateException("no household case " + caseNumber));
  }
}
