/**
 * The insurance year (参保) of relief (seed 001, 威海 plan; issue 11): who is insured — members of 脱贫享受政策户 and
 * 即时帮扶人口 households at the start of the year, and each new 即时帮扶人口 from the day of recognition, to 31
 * December — read from the household tables; and what the district's premiums cost: insured people × the year's
 * premium per person (configuration), less the upper-level funds received on the fund line 扶贫特惠保险补助, the rest
 * matched by the district; and its payment (保费缴纳, {@code insurance-premium}): district finance pays the insurer within
 * 15 days, posting the upper-level parts and the district's matching to the fund ledger and each disbursement to the
 * insurance fund's account.
 */
package org.fupinflow.relief;
