/**
 * The insurance year (参保) of relief (seed 001, 威海 plan; issue 11): who is insured — members of 脱贫享受政策户 and
 * 即时帮扶人口 households at the start of the year, and each new 即时帮扶人口 from the day of recognition, to 31
 * December — read from the household tables; and what the district's premiums cost: insured people × the year's
 * premium per person (configuration), less the upper-level funds received on the fund line 扶贫特惠保险补助, the rest
 * matched by the district.
 */
package org.fupinflow.relief;
