package org.fupinflow.publicnotice;

import static org.fupinflow.publicnotice.PublicNoticeProcess.Variables.OBJECTION_CONTENT;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fupinflow.calendar.ChinaTime;
import org.fupinflow.validation.InvalidSubmission;
import org.fupinflow.security.Roles;
import org.springframework.stereotype.Component;

/**
 * An objection raised by a village committee member of the notice's district (or an administrator) while the
 * notice is in its period, without rights on the notice's process instance: who may raise one, on which case
 * and when is decided here, and only the message {@code PublicNoticeObjection} with its {@code objectionContent}
 * reaches the instance. The engine's authenticated user stays set, so the objection names who raised it.
 */
@Component
class NoticeObjections {

  /** The objection as recorded in {@code public_notice_objection}. */
  record RaisedObjection(String id, String caseNumber, OffsetDateTime raisedAt, String raisedBy) {
  }

  /**
   * No notice of the caller's districts in its period under that case number. One answer for every reason,
   * another district's case included, so that a refusal tells nothing about other districts' cases.
   */
  static final class NoNoticeInPeriod extends BadUserRequestException {
    NoNoticeInPeriod(String caseNumber) {
      super("案件 " + caseNumber + " 没有处于公示期的村级公示（尚未张贴、公示期已满、公示已撤回或异议待处理），不能提出异议"
          + " / Case " + caseNumber + " has no public notice in its period (not posted yet, ended, withdrawn, or an"
          + " objection awaits its decision): no objection can be raised");
    }
  }

  static final String BUSINESS_KEY = "businessKey";

  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl engineConfiguration;
  private final PublicNotices notices;

  NoticeObjections(RuntimeService runtimeService, IdentityService identityService,
      ProcessEngineConfigurationImpl engineConfiguration, PublicNotices notices) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.engineConfiguration = engineConfiguration;
    this.notices = notices;
  }

  /**
   * Raises an objection to the notice of {@code caseNumber} as the engine's authenticated official. Refuses
   * with a 403 ({@link AuthorizationException}) or a 400 ({@link BadUserRequestException}) and changes nothing.
   *
   * @param variables what the caller sent: {@code objectionContent} and nothing else
   */
  RaisedObjection raise(String caseNumber, Map<String, Object> variables) {
    var official = villageCommitteeOrAdministrator();
    var content = content(variables);
    if (caseNumber == null || caseNumber.isBlank()) {
      throw new InvalidSubmission(BUSINESS_KEY, "案件编号必填", "the case number is required");
    }
    var key = caseNumber.strip();
    try {
      return asApplication(() -> {
        var notice = noticeInPeriod(key, official);
        runtimeService.createMessageCorrelation(PublicNoticeProcess.Messages.OBJECTION_RAISED)
            .processInstanceId(notice.getId())
            .setVariable(OBJECTION_CONTENT, content)
            .correlateWithResult();
        var recorded = notices.require(notice.getId());
        // The process lets one objection at a time wait for its decision: the one just raised.
        var objection = notices.objections(recorded.id()).stream().filter(raised -> raised.decidedAt() == null)
            .reduce((first, second) -> second).orElseThrow();
        return new RaisedObjection(objection.id(), key, objection.raisedAt(), objection.raisedBy());
      });
    } catch (OptimisticLockingException e) {
      // Another objection, a decision or the period's end changed the notice in the meantime.
      throw new NoNoticeInPeriod(key);
    }
  }

  private Authentication villageCommitteeOrAdministrator() {
    var authentication = identityService.getCurrentAuthentication();
    var groups = authentication == null || authentication.getGroupIds() == null ? List.<String>of()
        : authentication.getGroupIds();
    if (!groups.contains(Roles.VILLAGE_COMMITTEES.groupId()) && !groups.contains(Roles.ADMINS.groupId())) {
      throw new AuthorizationException("只有村两委可以对村级公示提出异议 / Only village committees raise objections to a public notice");
    }
    return authentication;
  }

  private static String content(Map<String, Object> variables) {
    var sent = variables == null ? Map.<String, Object>of() : variables;
    var others = new TreeSet<>(sent.keySet());
    others.remove(OBJECTION_CONTENT);
    if (!others.isEmpty()) {
      throw new InvalidSubmission(String.join(", ", others), "不能随公示异议提交，只接受 " + OBJECTION_CONTENT,
          "cannot be sent with an objection; only " + OBJECTION_CONTENT + " is accepted");
    }
    return InvalidSubmission.text(sent.get(OBJECTION_CONTENT), OBJECTION_CONTENT, "公示异议内容",
        VillageNoticeboard.MAX_OBJECTION);
  }

  /**
   * The running notice of the case in one of the official's districts (any district for an administrator) whose
   * period runs today: posted, not ended, no objection waiting for its decision.
   */
  private ProcessInstance noticeInPeriod(String caseNumber, Authentication official) {
    var administrator = official.getGroupIds().contains(Roles.ADMINS.groupId());
    var districts = official.getTenantIds() == null ? List.<String>of() : official.getTenantIds();
    return runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(PublicNoticeProcess.KEY)
        .processInstanceBusinessKey(caseNumber)
        .active()
        .list().stream()
        .filter(instance -> administrator || districts.contains(instance.getTenantId()))
        .filter(this::inPeriod)
        .findFirst()
        .orElseThrow(() -> new NoNoticeInPeriod(caseNumber));
  }

  private boolean inPeriod(ProcessInstance instance) {
    var activities = runtimeService.getActivityInstance(instance.getId());
    if (activities == null || activities.getActivityInstances(PublicNoticeProcess.Elements.NOTICE_PERIOD).length == 0
        || activities.getActivityInstances(PublicNoticeProcess.Elements.TASK_DECIDE_OBJECTION).length > 0) {
      return false;
    }
    // The period's timer may not have fired yet when its last day is over.
    return notices.ofProcessInstance(instance.getId())
        .filter(notice -> notice.status() == NoticeStatus.RUNNING && !ChinaTime.today().isAfter(notice.endsOn()))
        .isPresent();
  }

  /** Without the caller's authorization: this class has checked who may do it. One transaction. */
  private <T> T asApplication(Callable<T> work) {
    return engineConfiguration.getCommandExecutorTxRequired()
        .execute(commandContext -> commandContext.runWithoutAuthorization(work));
  }
}
