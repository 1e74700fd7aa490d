package org.fupinflow.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/** Answers, inside an engine command, whether a township exists and whether the current official acts for it. */
@Component
public class TownshipDirectory {

  private final IdentityService identityService;

  TownshipDirectory(IdentityService identityService) {
    this.identityService = identityService;
  }

  /**
   * Fails with a 400 for an unknown township and a 403 when a township officer reports for a township other
   * than their own. District and city officials may act for any township of their districts.
   */
  public void checkMayActFor(String districtCode, String townshipCode) {
    if (!Townships.isValidCode(townshipCode)) {
      throw new BadUserRequestException(
          "乡镇代码格式错误（小写拼音）：" + townshipCode + " / townshipCode must be lower-case pinyin: " + townshipCode);
    }
    var groupId = Townships.groupId(districtCode, townshipCode);
    var commandContext = Context.getCommandContext();
    // Officials may not read other townships' groups; existence is not a secret.
    long known = commandContext.runWithoutAuthorization(() -> identityService.createGroupQuery()
        .groupId(groupId).groupType(Townships.GROUP_TYPE).count());
    if (known == 0) {
      throw new BadUserRequestException("townshipCode：区县 " + districtCode + " 没有乡镇 " + townshipCode
          + " / townshipCode: district " + districtCode + " has no township " + townshipCode);
    }
    var authentication = commandContext.getAuthentication();
    if (authentication != null && authentication.getGroupIds() != null
        && authentication.getGroupIds().contains(Roles.TOWNSHIP_OFFICERS.groupId())
        && !authentication.getGroupIds().contains(groupId)) {
      throw new AuthorizationException("乡镇扶贫干部只能为本乡镇上报 / A township officer reports for their own township only: "
          + townshipCode);
    }
  }
}
