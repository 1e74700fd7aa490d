/**
 * Poverty-prevention insurance and relief (防贫保险, seeds 000 and 001; issue 11).
 * <ul>
 *   <li><b>The insurance year (参保)</b>: who is insured — members of 脱贫享受政策户 and 即时帮扶人口 households at the
 *       start of the year, and each new 即时帮扶人口 from the day of recognition, to 31 December — read from the
 *       household tables; what the district's premiums cost: insured people × the year's premium per person
 *       (configuration), less the upper-level funds received on the fund line 扶贫特惠保险补助, the rest matched by the
 *       district.</li>
 *   <li><b>Premium payment</b> (保费缴纳, {@code insurance-premium}): district finance pays the insurer within 15 days,
 *       posting the upper-level parts and the district's matching to the fund ledger and each disbursement to the
 *       insurance fund's account ({@link InsuranceFund}).</li>
 *   <li><b>Relief claims</b> (防贫保险救助, {@code relief-claim}): the township reports, the district office asks the
 *       insurer, whose worker checks over the external task {@code relief-claim-check}; {@code relief-payout.dmn}
 *       computes the payout with the person's year to date from the relief register ({@code relief_claim}); the
 *       insurer records the payment within 30 working days of the request; it enters the insurance fund's account and
 *       the public board {@code /public/relief}. {@code /api/relief-claims} is the register.</li>
 * </ul>
 */
package org.fupinflow.relief;
