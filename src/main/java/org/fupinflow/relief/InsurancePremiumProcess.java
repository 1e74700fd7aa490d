package org.fupinflow.relief;

/**
 * The contract of {@code processes/insurance-premium.bpmn}: the district poverty office starts one case per district
 * and insurance year, in that district's tenant, with {@code districtCode} and {@code insuranceYear} only; the case
 * gets its number {@code IP-<district>-<year>-<nnnnn>} as business key and its figures (insured people, need,
 * upper-level parts, the district's matching) in {@code insurance_premium}, from our own tables. District finance pays
 * the premium to the insurer within 15 days; the ledger posting and the insurance fund's entries are written in the
 * task's transaction.
 */
public final class InsurancePremiumProcess {

  public static final String KEY = "insurance-premium";
  public static final String CASE_KIND = "IP";
  /** 001 (关于加强2020年度财政专项扶贫资金使用管理的意见): district finance pays within 15 days of the poverty office's request. */
  public static final int PAYMENT_DAYS = 15;

  private InsurancePremiumProcess() {
  }

  public static final class Elements {
    public static final String START_PREMIUM_REQUESTED = "StartEvent_PremiumRequested";
    public static final String TASK_PAY_PREMIUM = "UserTask_PayPremium";
    public static final String END_PREMIUM_PAID = "EndEvent_PremiumPaid";
    public static final String TIMER_PAY_PREMIUM_OVERDUE = "BoundaryEvent_PayPremiumOverdue";
    public static final String TIMER_PAY_PREMIUM_STILL_OVERDUE = "BoundaryEvent_PayPremiumStillOverdue";

    private Elements() {
    }
  }

  public static final class Forms {
    public static final String START = "request-premium-payment";
    public static final String PAY_PREMIUM = "pay-premium";

    private Forms() {
    }
  }

  public static final class Variables {
    // The start's two variables; districtCode also gives the case its tenant. No step reads them back: the case's
    // district and year are read from insurance_premium by the business key.
    public static final String DISTRICT_CODE = "districtCode";
    public static final String INSURANCE_YEAR = "insuranceYear";
    // Set at start for the payment form to show (yuan with 2 decimals as text); read-only there.
    public static final String DISTRICT_NAME = "districtName";
    public static final String INSURED_PEOPLE = "insuredPeople";
    public static final String PREMIUM_PER_PERSON = "premiumPerPerson";
    public static final String PREMIUM_NEED = "premiumNeed";
    public static final String PROVINCE_PART = "provincePart";
    public static final String CITY_PART = "cityPart";
    public static final String DISTRICT_MATCHING = "districtMatching";
    // pay-premium
    /** The day the premium was paid ({@code yyyy-MM-dd}, between the case's start and today). */
    public static final String PAID_ON = "paidOn";
    public static final String PAYMENT_COMMENT = "paymentComment";

    private Variables() {
    }
  }
}
