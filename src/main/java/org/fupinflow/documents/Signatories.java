package org.fupinflow.documents;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.fupinflow.calendar.ChinaTime;
import org.springframework.stereotype.Component;

/**
 * The signature block of a download ({@link SheetCells.Signature}): the downloading official's name as the
 * identity service has it (family name first, Camunda's first name field), today in China by the engine clock.
 * Names are read without the caller's Camunda authorization: an official may sign with their own name whether or
 * not they may read users.
 */
@Component
public class Signatories {

  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl engineConfiguration;

  Signatories(IdentityService identityService, ProcessEngineConfigurationImpl engineConfiguration) {
    this.identityService = identityService;
    this.engineConfiguration = engineConfiguration;
  }

  /** 填报单位 {@code unit}, 填报人 the official {@code userId}, 填报日期 today in China. */
  public SheetCells.Signature of(String unit, String userId) {
    return new SheetCells.Signature(unit, nameOf(userId), ChinaTime.today());
  }

  /** 张伟 for zhangwei; the user id when the identity service has no name for it. */
  public String nameOf(String userId) {
    var user = asSystem(() -> identityService.createUserQuery().userId(userId).singleResult());
    if (user == null) {
      return userId;
    }
    var name = (user.getFirstName() == null ? "" : user.getFirstName().strip())
        + (user.getLastName() == null ? "" : user.getLastName().strip());
    return name.isEmpty() ? userId : name;
  }

  private <T> T asSystem(Callable<T> query) {
    return engineConfiguration.getCommandExecutorTxRequired()
        .execute(commandContext -> commandContext.runWithoutAuthorization(query));
  }
}
