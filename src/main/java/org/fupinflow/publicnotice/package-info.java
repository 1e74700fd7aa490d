/**
 * Village public notices (村级公示, 公示期5天 in 威扶贫组发〔2020〕4号 of seed 001): a call activity that any
 * procedure uses to post a notice, take objections from the village committee in Tasklist, over
 * {@code /api/public-notices/{caseNumber}/objections} or by message (without rights on the notice's instance), and
 * have the district poverty office decide them; and the anonymous public board at
 * {@code /public/notices}, which shows what was posted and never a personal identifier.
 */
package org.fupinflow.publicnotice;
