package org.fupinflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Our task mapping is the engine's, apart from the authorization check: after a Camunda upgrade this fails until
 * {@code mapping/Task.xml} is taken again from the new engine and the check written into it again.
 */
class TaskQueryMappingTest {

  static final String ENGINE_JOIN = """
          <if test="authCheck.shouldPerformAuthorizatioCheck &amp;&amp; authCheck.authUserId != null">
            <if test="!authCheck.revokeAuthorizationCheckEnabled">   \s
              <include refid="org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.authCheckJoinWithoutOnClause" />\s
              AUTH ON (AUTH.RESOURCE_ID_ ${authJoinStart} RES.ID_ ${authJoinSeparator} D.KEY_ ${authJoinSeparator} '*' ${authJoinEnd})
            </if>
          </if>
      """;
  static final String FUPIN_JOIN = """
          <!-- FUPIN FLOW: no join with the official's authorizations here; see fupinTaskAuthorizationCheck below -->
      """;
  static final String ENGINE_CHECK = """
            <include refid="org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.contextualAuthorizationCheck" />\s
      """;
  static final String FUPIN_CHECK = """
            <!-- FUPIN FLOW: the authorization check as a set test instead of a join -->
            <include refid="fupinTaskAuthorizationCheck" />
      """;

  @Test
  void isTheEnginesTaskMappingApartFromTheAuthorizationCheck() {
    var ours = TaskQueryMapping.resource(TaskQueryMapping.FUPIN_TASK_MAPPING);
    var start = ours.indexOf("  <!-- FUPIN FLOW: everything below");
    var endMarker = "  <!-- FUPIN FLOW END -->\n\n";
    var end = ours.indexOf(endMarker);
    assertThat(start).isPositive();
    assertThat(end).isGreaterThan(start);
    var withoutOurFragments = ours.substring(0, start) + ours.substring(end + endMarker.length());

    assertThat(withoutOurFragments).containsOnlyOnce(FUPIN_JOIN).containsOnlyOnce(FUPIN_CHECK);
    var restored = withoutOurFragments.replace(FUPIN_JOIN, ENGINE_JOIN).replace(FUPIN_CHECK, ENGINE_CHECK);

    assertThat(restored).isEqualTo(TaskQueryMapping.resource(TaskQueryMapping.ENGINE_TASK_MAPPING));
  }

  @Test
  void engineLoadsOurTaskMappingInsteadOfItsOwn() {
    var mappings = TaskQueryMapping.mappings();

    assertThat(mappings).containsOnlyOnce("resource=\"" + TaskQueryMapping.FUPIN_TASK_MAPPING + "\"")
        .doesNotContain(TaskQueryMapping.ENGINE_TASK_MAPPING)
        .contains("org/camunda/bpm/engine/impl/mapping/entity/Authorization.xml");
  }
}
