package org.fupinflow.publicnotice;

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

  private final NoticeObjections objections;

  PublicNoticeObjectionApi(NoticeObjections objections) {
    this.objections = objections;
  }

  @PostMapping(path = "/api/public-notices/{caseNumber}/objections", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  RaisedObjection raise(@PathVariable String caseNumber, @RequestBody Map<String, Object> objection) {
    return objections.raise(caseNumber, objection);
  }
}
