package org.fupinflow.relief;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One relief claim as {@code relief_claim} holds it: what the township reported, what the insurer verified, the
 * computed payout and the payment. Money in fen; {@code personIdNumber} is whole here and masked everywhere it is
 * shown.
 */
record ReliefClaim(String caseNumber, String processInstanceId, String district, String township, String householdId,
    String personName, String personIdNumber, EventType eventType, Integer disabilityLevel, LocalDate eventDate,
    LocalDate reportedOn, String reportedBy, Figures reported, LocalDate checkRequestedOn, LocalDate paymentDueOn,
    Figures verified, Integer verifiedDisabilityLevel, LocalDate checkedOn, String checkNote, Long payoutFen,
    String payoutRule, LocalDate paidOn, Long paidAmountFen, Outcome outcome, String outcomeReason, LocalDate outcomeOn,
    LocalDate informedOn, OffsetDateTime startedAt, OffsetDateTime endedAt) {

  /**
   * The figures of a medical event: compliant costs and what basic insurance, critical-illness insurance, hospital
   * waivers and medical aid paid of them, in fen.
   */
  record Figures(long compliantCostsFen, long basicInsuranceFen, long criticalIllnessFen, long hospitalWaiversFen,
      long medicalAidFen) {

    static final Figures NONE = new Figures(0, 0, 0, 0, 0);

    long paidByOthersFen() {
      return Math.addExact(Math.addExact(Math.addExact(basicInsuranceFen, criticalIllnessFen), hospitalWaiversFen),
          medicalAidFen);
    }

    /** The person's own share of the compliant costs. */
    long ownShareFen() {
      return Math.max(0, compliantCostsFen - paidByOthersFen());
    }
  }

  /** How a claim ended. */
  enum Outcome {
    PAID("救助金已发放"),
    NOTHING_PAYABLE("经核定无应付救助金"),
    NOT_ELIGIBLE("保险公司核查不符合救助条件"),
    REJECTED("区县扶贫办不予受理");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  /** The disability level that counts: the insurer's when verified, else the township's. */
  Integer levelThatCounts() {
    return verifiedDisabilityLevel != null ? verifiedDisabilityLevel : disabilityLevel;
  }
}
