package org.fupinflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.fupinflow.support.IntegrationTest;
import org.fupinflow.support.OwnDistricts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo city and the role setup, and that seeding again on the same data changes nothing. */
@IntegrationTest
class IdentityBootstrapTest {

  @Autowired IdentityBootstrap bootstrap;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;

  @Test
  void harbinsEighteenDistrictsAreTenantsAndEveryRoleHasADemoOfficial() {
    var tenants = identityService.createTenantQuery().list();
    // Other tests' own districts stay beside Harbin's.
    assertThat(OwnDistricts.harbinsOwn(tenants.stream().map(Tenant::getId).toList()))
        .containsExactlyInAnyOrderElementsOf(OwnDistricts.HARBIN);
    assertThat(tenants).extracting("name").contains("道里区", "呼兰区", "宾县", "五常市", "尚志市");
    for (Roles role : Roles.values()) {
      var group = identityService.createGroupQuery().groupId(role.groupId()).singleResult();
      assertThat(group.getName()).isEqualTo(role.groupName());
      assertThat(identityService.createUserQuery().memberOfGroup(role.groupId()).count()).as(role.groupId()).isPositive();
    }
    assertThat(identityService.createGroupQuery().groupType(Townships.GROUP_TYPE).list()).extracting("id")
        .contains("township-daoli-xinnong", "township-daoli-taiping", "township-hulan-shiren");
    assertThat(OwnDistricts.harbinsOwn(identityService.createTenantQuery().userMember("wuqiang").list().stream()
        .map(Tenant::getId).toList())).containsExactlyInAnyOrderElementsOf(OwnDistricts.HARBIN);
    assertThat(identityService.createTenantQuery().userMember("zhangwei").list()).extracting("id").containsExactly("daoli");
  }

  @Test
  void seedingAgainDuplicatesNothing() {
    var before = counts();
    bootstrap.afterSingletonsInstantiated();
    bootstrap.afterSingletonsInstantiated();
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void officialsFindTheirFiltersInTasklist() {
    identityService.setAuthentication("zhangwei", List.of("township-officers", "township-daoli-xinnong"), List.of("daoli"));
    try {
      assertThat(filterService.createFilterQuery().list()).extracting("name").contains("我的待办", "我组的待办");
    } finally {
      identityService.clearAuthentication();
    }
  }

  private List<Long> counts() {
    return List.of(
        identityService.createUserQuery().count(),
        identityService.createGroupQuery().count(),
        identityService.createTenantQuery().count(),
        identityService.createTenantQuery().userMember("sunli").count(),
        identityService.createUserQuery().memberOfGroup("township-officers").count(),
        authorizationService.createAuthorizationQuery().count(),
        filterService.createFilterQuery().count());
  }
}
