package org.fupinflow.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.fupinflow.fundnotice.FundNoticeRegistrationProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code processes/fund-notice-registration.bpmn}: one path, the registration's service task. */
@Deployment(resources = "processes/fund-notice-registration.bpmn")
class FundNoticeRegistrationModelTest extends ModelTestBase {

  @RegisterExtension
  static final ProcessEngineExtension extension = ModelEngine.extension();

  @Test
  void theNoticeIsRegisteredAndTheCaseEnds() {
    var instance = runtimeService().startProcessInstanceByKey(FundNoticeRegistrationProcess.KEY);

    assertThat(instance).isEnded().hasPassed("ServiceTask_RegisterFundNotice", "EndEvent_FundNoticeRegistered");
    assertThat(doubles.calls()).containsExactly("registerFundNotice ServiceTask_RegisterFundNotice");
  }
}
