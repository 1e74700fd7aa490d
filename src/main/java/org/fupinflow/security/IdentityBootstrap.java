package org.fupinflow.security;

import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Runs once the engine is built and before the web server accepts requests: role groups and their
 * authorizations, then any identity seeds (demo data), the Tasklist filters, and finally the check that an
 * administrator exists, which stops the start with a clear message otherwise.
 */
@Component
class IdentityBootstrap implements SmartInitializingSingleton {

  private final RoleAuthorizations roleAuthorizations;
  private final List<IdentitySeed> seeds;
  private final TasklistFilters tasklistFilters;
  private final AdminAccount adminAccount;

  IdentityBootstrap(RoleAuthorizations roleAuthorizations, List<IdentitySeed> seeds, TasklistFilters tasklistFilters,
      AdminAccount adminAccount) {
    this.roleAuthorizations = roleAuthorizations;
    this.seeds = seeds;
    this.tasklistFilters = tasklistFilters;
    this.adminAccount = adminAccount;
  }

  @Override
  public void afterSingletonsInstantiated() {
    roleAuthorizations.seed();
    seeds.forEach(IdentitySeed::seed);
    tasklistFilters.seed();
    adminAccount.ensure();
  }
}
