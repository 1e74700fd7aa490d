package org.fupinflow.publicnotice;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import org.fupinflow.publicnotice.NoticeObjections.RaisedObjection;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/public-notices/{caseNumber}/objections} with {@code {"objectionContent": "…"}}: a village
 * committee member raises an objection during the notice period, without rights on the notice's process
 * instance. 201 with the recorded objection; 400 for a bad body or no notice of the caller's districts in its
 * period; 403 for other roles (both answered by the API's common error handling).
 */
@RestController
class PublicNoticeObjectionApi {

  /** The body, for the API reference: {@link NoticeObjections} reads it as a map and refuses any other field by name. */
  record Objection(@Schema(description = "异议内容，必填，最多1000字，不得含身份证号码 / The objection, required, "
          + "at most 1000 characters, no resident ID number", example = "群众反映该户收入情况不实") String objectionContent) {
  }

  private final NoticeObjections objections;

  PublicNoticeObjectionApi(NoticeObjections objections) {
    this.objections = objections;
  }

  @Operation(operationId = "raiseObjection",
      summary = "登记公示异议 / Raise an objection to a village public notice",
      description = "村两委（本区县）和系统管理员，其他人 403。请求体只有 objectionContent（必填，最多1000字，不得含身份"
      + "证号码），其他字段 400。该案件须有本区县处于公示期的村级公示（未张贴、期满、异议已成立或异议待处理时均为 "
      + "400）；之后由区县扶贫办在3个工作日内处理。 / Village committees (of the district) and administrators, others "
      + "403. The body holds only objectionContent (required, at most 1000 characters, no resident ID number); any "
      + "other field is 400. The case must have a notice of the caller's districts in its period (before posting, "
      + "after its end, after an upheld objection or while one waits: 400); the district poverty office then decides "
      + "within 3 working days.")
  @PostMapping(path = "/api/public-notices/{caseNumber}/objections", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  RaisedObjection raise(
      @Parameter(description = "公示所属案件编号 / Case number of the notice", example = "HI-daoli-2026-00001")
      @PathVariable String caseNumber,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = Objection.class)))
      @RequestBody Map<String, Object> objection) {
    return objections.raise(caseNumber, objection);
  }
}
