package org.fupinflow.publicnotice;

import static org.fupinflow.publicnotice.PublicNoticeProcess.Elements.TASK_DECIDE_OBJECTION;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Elements.TASK_POST_NOTICE;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Elements.TASK_RECORD_OBJECTION;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.NOTICE_CATEGORY;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.NOTICE_ENDS_ON;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.NOTICE_PERSON;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.NOTICE_REASON;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.NOTICE_TITLE;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.NOTICE_VILLAGE;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.OBJECTION_CONTENT;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.OBJECTION_DECISION_REASON;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.OBJECTION_UPHELD;
import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.POSTED_ON;
import static org.fupinflow.security.ProcessPolicy.bool;
import static org.fupinflow.security.ProcessPolicy.date;
import static org.fupinflow.security.ProcessPolicy.shown;
import static org.fupinflow.security.ProcessPolicy.text;

import java.util.stream.Stream;
import org.fupinflow.security.ProcessPolicy;
import org.fupinflow.security.ProcessReaders;
import org.fupinflow.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The village notice is only ever called by a procedure (never started by hand), and its steps accept their
 * form's fields only: the notice's text is shown read-only and cannot be changed by a submission; its end
 * ({@code noticeEndsOn}) is set by the posting, never by a caller.
 */
@Configuration
class PublicNoticePolicy {

  @Bean
  ProcessPolicy publicNoticeProcessPolicy() {
    return ProcessPolicy.startedByApplication(PublicNoticeProcess.KEY)
        .task(TASK_POST_NOTICE, notice(date(POSTED_ON)))
        .task(TASK_RECORD_OBJECTION, notice(shown(NOTICE_ENDS_ON), text(OBJECTION_CONTENT)))
        .task(TASK_DECIDE_OBJECTION, notice(shown(NOTICE_ENDS_ON), shown(OBJECTION_CONTENT), bool(OBJECTION_UPHELD),
            text(OBJECTION_DECISION_REASON)));
  }

  /** Village committees read the notices of their district's villages (and record objections to them). */
  @Bean
  ProcessReaders publicNoticeReaders() {
    return ProcessReaders.of(PublicNoticeProcess.KEY, Roles.VILLAGE_COMMITTEES);
  }

  /** What every step's form shows of the notice, followed by the step's own fields. */
  private static ProcessPolicy.Field[] notice(ProcessPolicy.Field... own) {
    return Stream.concat(Stream.of(shown(NOTICE_TITLE), shown(NOTICE_VILLAGE), shown(NOTICE_PERSON),
        shown(NOTICE_CATEGORY), shown(NOTICE_REASON)), Stream.of(own)).toArray(ProcessPolicy.Field[]::new);
  }
}
