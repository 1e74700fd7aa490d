package org.fupinflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.fupinflow.validation.InvalidSubmission;
import org.junit.jupiter.api.Test;

/**
 * The engine's exceptions that Camunda's REST layer answers with a 500 although the caller caused them, as the
 * engine throws them (messages of 7.24), mapped to the 4xx an official or integrator can act on.
 */
class EngineErrorsTest {

  @Test
  void aCompletionRacingATimerIsAConflictToReloadAndRetry() {
    var race = new RestException(Status.INTERNAL_SERVER_ERROR, new OptimisticLockingException("ENGINE-03005 Execution of "
        + "'UPDATE TaskEntity[4711]' failed. Entity was updated by another transaction concurrently."), "Cannot complete task");

    var answer = EngineRestConfiguration.answer(race);

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.error().type()).isEqualTo("ConflictException");
    assertThat(answer.error().message()).contains("请刷新后重试").contains("reload and try again").doesNotContain("ENGINE-");
  }

  @Test
  void aJavaSerializedValueIsRefusedNamingTheVariable() {
    var serialized = new ProcessEngineException("ENGINE-17007 Cannot set variable with name members. Java serialization "
        + "format is prohibited");

    var answer = EngineRestConfiguration.answer(new RestException(Status.INTERNAL_SERVER_ERROR, serialized, "Cannot start"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.error().message()).contains("变量 members").contains("The variable members").doesNotContain("ENGINE-");
  }

  @Test
  void aJsonVariableTheEngineCannotReadIsABadRequest() {
    var spin = new ProcessEngineException("SPIN/JACKSON-JSON-01004 Unable to parse 'x'");

    var answer = EngineRestConfiguration.answer(new RestException(Status.INTERNAL_SERVER_ERROR, spin, "Cannot complete"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.error().message()).contains("Json").doesNotContain("SPIN");
  }

  @Test
  void aTaskThatIsGoneIsNotFound() {
    var gone = new NotFoundException("Cannot find task with id 4711: task is null");

    var answer = EngineRestConfiguration.answer(new RestException(Status.INTERNAL_SERVER_ERROR, gone, "Cannot complete"));

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.error().message()).contains("4711").containsPattern("\\p{IsHan}.* / ");
  }

  @Test
  void anotherDistrictsCaseIsNotFound() {
    var tenant = new ProcessEngineException("ENGINE-13034 Cannot update the process instance '4711' because it belongs to "
        + "no authenticated tenant.");

    assertThat(EngineRestConfiguration.answer(tenant).status()).isEqualTo(404);
  }

  @Test
  void ourRefusalWrappedByTheEngineKeepsItsMessage() {
    var refusal = new InvalidSubmission("verifiedOn", "核实日期不能早于报告日期", "must not be before the report");
    var wrapped = new ProcessEngineException("ENGINE-03051 There was an exception while invoking the TaskListener",
        new ProcessEngineException("Exception while invoking TaskListener", refusal));

    var answer = EngineRestConfiguration.answer(new RestException(Status.INTERNAL_SERVER_ERROR, wrapped, "Cannot complete"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.error().message()).isEqualTo(refusal.getMessage());
  }

  @Test
  void camundasOwnEnglishRefusalGetsAChineseSummaryAndLosesItsClassNames() {
    var query = new InvalidRequestException(Status.BAD_REQUEST, "Cannot set query parameter 'dueAfter' to value 'x': "
        + "Cannot convert value \"x\" to java type java.util.Date");

    var answer = EngineRestConfiguration.answer(query);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.error().message()).startsWith("请求无效").contains(" / Cannot set query parameter 'dueAfter'")
        .contains("java type Date").doesNotContain("java.util");
  }

  @Test
  void aRealFailureIsA500WithoutDetails() {
    var failure = new ProcessEngineException("ENGINE-03004 Exception while executing Database Operation: SELECT * FROM x");

    var answer = EngineRestConfiguration.answer(new RestException(Status.INTERNAL_SERVER_ERROR, failure, "Cannot complete"));

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.error().type()).isEqualTo("ServerError");
    assertThat(answer.error().message()).doesNotContain("SELECT").doesNotContain("ENGINE-");
  }
}
