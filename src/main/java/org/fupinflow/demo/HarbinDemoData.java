package org.fupinflow.demo;

import static org.fupinflow.security.Roles.ADMINS;
import static org.fupinflow.security.Roles.CITY_FINANCE;
import static org.fupinflow.security.Roles.CITY_POVERTY_OFFICE;
import static org.fupinflow.security.Roles.DISTRICT_FINANCE;
import static org.fupinflow.security.Roles.DISTRICT_POVERTY_OFFICE;
import static org.fupinflow.security.Roles.INSURERS;
import static org.fupinflow.security.Roles.SUPERVISORS;
import static org.fupinflow.security.Roles.TOWNSHIP_OFFICERS;
import static org.fupinflow.security.Roles.VILLAGE_COMMITTEES;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.fupinflow.security.IdentitySeed;
import org.fupinflow.security.Roles;
import org.fupinflow.security.Townships;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo city: Harbin (哈尔滨市) with its 18 districts and counties of 哈财指（农）〔2020〕590号 (seed 000) as
 * tenants, three townships and one official per role. Demo passwords equal the user id (Camunda's demo
 * convention) and skip the password policy; this class exists only in the {@code demo} profile.
 */
@Component
@Profile("demo")
class HarbinDemoData implements IdentitySeed {

  /** Tenant id (pinyin) → name, in the order of the notice's allocation table. */
  static final Map<String, String> DISTRICTS = orderedMap(
      "daoli", "道里区", "daowai", "道外区", "nangang", "南岗区", "songbei", "松北区", "xiangfang", "香坊区",
      "pingfang", "平房区", "hulan", "呼兰区", "acheng", "阿城区", "shuangcheng", "双城区", "binxian", "宾县",
      "fangzheng", "方正县", "yilan", "依兰县", "bayan", "巴彦县", "mulan", "木兰县", "tonghe", "通河县",
      "yanshou", "延寿县", "wuchang", "五常市", "shangzhi", "尚志市");

  record Township(String district, String code, String name) {
    String groupId() {
      return Townships.groupId(district, code);
    }
  }

  static final List<Township> TOWNSHIPS = List.of(
      new Township("daoli", "xinnong", "新农镇"),
      new Township("daoli", "taiping", "太平镇"),
      new Township("hulan", "shiren", "石人镇"));

  /**
   * A demo official; {@code districts} empty means every district of the city. Camunda's webapps show
   * "first last", so the family name goes first, as Chinese names are written (张 伟).
   */
  record Official(String id, String familyName, String givenName, Roles role, List<String> districts, String township) {
  }

  static final List<Official> OFFICIALS = List.of(
      new Official("demo", "演示", "管理员", ADMINS, List.of(), null),
      new Official("zhangwei", "张", "伟", TOWNSHIP_OFFICERS, List.of("daoli"), "xinnong"),
      new Official("liuyang", "刘", "洋", TOWNSHIP_OFFICERS, List.of("daoli"), "taiping"),
      new Official("wangfang", "王", "芳", TOWNSHIP_OFFICERS, List.of("hulan"), "shiren"),
      new Official("lina", "李", "娜", VILLAGE_COMMITTEES, List.of("daoli"), null),
      new Official("chenjing", "陈", "静", DISTRICT_POVERTY_OFFICE, List.of("daoli"), null),
      new Official("yangmin", "杨", "敏", DISTRICT_POVERTY_OFFICE, List.of("hulan"), null),
      new Official("zhaolei", "赵", "磊", DISTRICT_FINANCE, List.of("daoli"), null),
      new Official("sunli", "孙", "丽", CITY_POVERTY_OFFICE, List.of(), null),
      new Official("zhoujie", "周", "杰", CITY_FINANCE, List.of(), null),
      new Official("wuqiang", "吴", "强", SUPERVISORS, List.of(), null),
      new Official("xubin", "徐", "斌", INSURERS, List.of(), null));

  private static final Logger log = LoggerFactory.getLogger(HarbinDemoData.class);

  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl engineConfiguration;

  HarbinDemoData(IdentityService identityService, ProcessEngineConfigurationImpl engineConfiguration) {
    this.identityService = identityService;
    this.engineConfiguration = engineConfiguration;
  }

  @Override
  public void seed() {
    DISTRICTS.forEach(this::ensureTenant);
    TOWNSHIPS.forEach(this::ensureTownship);
    OFFICIALS.forEach(this::ensureOfficial);
  }

  private void ensureTenant(String id, String name) {
    if (identityService.createTenantQuery().tenantId(id).count() == 0) {
      var tenant = identityService.newTenant(id);
      tenant.setName(name);
      identityService.saveTenant(tenant);
    }
  }

  private void ensureTownship(Township township) {
    if (identityService.createGroupQuery().groupId(township.groupId()).count() == 0) {
      var group = identityService.newGroup(township.groupId());
      group.setName(township.name() + "（" + DISTRICTS.get(township.district()) + "）");
      group.setType(Townships.GROUP_TYPE);
      identityService.saveGroup(group);
    }
  }

  private void ensureOfficial(Official official) {
    if (identityService.createUserQuery().userId(official.id()).count() == 0) {
      var user = identityService.newUser(official.id());
      user.setFirstName(official.familyName());
      user.setLastName(official.givenName());
      user.setEmail(official.id() + "@demo.fupinflow.cn");
      user.setPassword(official.id());
      // Demo passwords are deliberately weak; the policy holds for every other user.
      engineConfiguration.getCommandExecutorTxRequired().execute(new SaveUserCmd(user, true));
      log.info("Demo official {} ({}{}, {})", official.id(), official.familyName(), official.givenName(),
          official.role().groupName());
    }
    ensureMembership(official.id(), official.role().groupId());
    if (official.township() != null) {
      ensureMembership(official.id(), Townships.groupId(official.districts().get(0), official.township()));
    }
    var districts = official.districts().isEmpty() ? List.copyOf(DISTRICTS.keySet()) : official.districts();
    for (String district : districts) {
      if (identityService.createTenantQuery().userMember(official.id()).tenantId(district).count() == 0) {
        identityService.createTenantUserMembership(district, official.id());
      }
    }
  }

  private void ensureMembership(String userId, String groupId) {
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }

  private static Map<String, String> orderedMap(String... pairs) {
    var map = new LinkedHashMap<String, String>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
