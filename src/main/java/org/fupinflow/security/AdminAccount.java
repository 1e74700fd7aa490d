package org.fupinflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * There is always an administrator. Once one exists, Camunda Admin's first-run setup page is closed by the
 * engine itself; the first one comes from {@code FUPIN_ADMIN_USER} and {@code FUPIN_ADMIN_PASSWORD} (subject
 * to the password policy), never from a default.
 */
@Component
class AdminAccount {

  static final String NO_ADMIN_MESSAGE = "没有系统管理员：首次启动请设置环境变量 FUPIN_ADMIN_USER 和 FUPIN_ADMIN_PASSWORD"
      + "（或使用 demo 配置） / No administrator exists: set FUPIN_ADMIN_USER and FUPIN_ADMIN_PASSWORD for the first start"
      + " (or run with the demo profile)";

  private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

  private final IdentityService identityService;
  private final String userId;
  private final String password;

  AdminAccount(IdentityService identityService, @Value("${fupin.admin.user:}") String userId,
      @Value("${fupin.admin.password:}") String password) {
    this.identityService = identityService;
    this.userId = userId;
    this.password = password;
  }

  void ensure() {
    if (identityService.createUserQuery().memberOfGroup(Roles.ADMINS.groupId()).count() > 0) {
      return;
    }
    if (userId.isBlank() || password.isBlank()) {
      throw new IllegalStateException(NO_ADMIN_MESSAGE);
    }
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      var user = identityService.newUser(userId);
      user.setFirstName("系统");
      user.setLastName("管理员");
      user.setPassword(password);
      try {
        identityService.saveUser(user);
      } catch (ProcessEngineException e) {
        throw new IllegalStateException("无法创建管理员 " + userId + "：" + e.getMessage()
            + "（密码至少10位，含大写、小写字母、数字和特殊字符） / Cannot create administrator " + userId
            + ": the password must have at least 10 characters with upper- and lower-case letters, a digit and a special character",
            e);
      }
    }
    identityService.createMembership(userId, Roles.ADMINS.groupId());
    log.info("Created the first administrator {}", userId);
  }
}
