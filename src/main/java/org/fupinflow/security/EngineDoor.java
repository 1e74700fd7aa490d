package org.fupinflow.security;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.fupinflow.errors.ApiError;
import org.fupinflow.validation.InputHygiene;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * The one door in front of Camunda's engine REST API, for integrators ({@code /engine-rest}) and inside the webapps
 * ({@code /camunda/api/engine}, what Tasklist and Cockpit call), so that whatever an official does through it keeps
 * the procedure's rules:
 * <ul>
 *   <li>reads pass to the engine, which answers with the caller's authorizations and districts (tenants);</li>
 *   <li>a start needs a role the process's {@link ProcessPolicy} names, and carries only its declared variables;
 *       processes that the application starts are refused to everybody;</li>
 *   <li>completing a task ({@code complete}, {@code submit-form}, {@code resolve}) and the task variable calls carry
 *       only the variables the step declares, of the declared kinds, and fields shown read-only unchanged;</li>
 *   <li>the messages officials may send are correlated by the capability's {@link MessageRule};</li>
 *   <li>every other modifying operation — jobs and timers, job definitions, instances, their variables, suspension,
 *       modification, migration, deployments, identity, authorizations, batches — is an administrator's tool:
 *       anyone else gets 403 before the engine sees the call, so a refused call changes nothing (a refused
 *       {@code POST /job/{id}/execute} no longer counts as a failed attempt of the timer).</li>
 * </ul>
 * Each refusal is JSON {@code {"type", "message"}} in Chinese and English naming what was refused.
 */
class EngineDoor extends OncePerRequestFilter {

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
  private static final Pattern ENGINE_NAME = Pattern.compile("^/engine/[^/]+(/.*)?$");
  // Queries sent as POST with a JSON body: reads, answered with the caller's authorizations.
  private static final Pattern QUERY = Pattern.compile("^/(task|process-instance|execution|variable-instance|job|incident"
      + "|external-task"
      + "|history/(process-instance|activity-instance|task|variable-instance|detail|incident))(/count)?$"
      + "|^/filter/[^/]+/(list|count|singleResult)$");
  private static final Pattern TASK_COMPLETION = Pattern.compile("^/task/([^/]+)/(complete|submit-form|resolve)$");
  private static final Pattern TASK_VARIABLES = Pattern.compile("^/task/([^/]+)/(variables|localVariables)$");
  private static final Pattern TASK_VARIABLE = Pattern.compile("^/task/([^/]+)/(variables|localVariables)/([^/]+)$");
  private static final Pattern TASK_CLAIM = Pattern.compile("^/task/([^/]+)/claim$");
  private static final Pattern TASK_WORK = Pattern.compile("^/task/([^/]+)/(unclaim|comment/create)$");
  private static final Pattern START = Pattern.compile(
      "^/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(start|submit-form)$");
  private static final Pattern OWN_ACCOUNT = Pattern.compile("^/user/([^/]+)/(profile|credentials)$");
  private static final Pattern EXTERNAL_FETCH = Pattern.compile("^/external-task/fetchAndLock$");
  private static final Pattern EXTERNAL_WORK =
      Pattern.compile("^/external-task/([^/]+)/(complete|failure|bpmnError|extendLock|unlock)$");
  private static final Pattern JOBS = Pattern.compile("^/(job|job-definition)(/.*)?$");
  /** Start options that bypass the procedure's listeners or start it elsewhere than at its start event. */
  private static final List<String> START_OPTIONS = List.of("startInstructions", "skipCustomListeners", "skipIoMappings",
      "caseInstanceId");
  private static final Set<String> MESSAGE_FIELDS = Set.of("messageName", "businessKey", "processVariables");

  private final ObjectProvider<CamundaIdentity> identityProvider;
  private final ObjectProvider<TaskService> taskServiceProvider;
  private final ObjectProvider<RepositoryService> repositoryServiceProvider;
  private final ObjectProvider<MessageRule> messageRuleProvider;
  private final ObjectProvider<ExternalTaskService> externalTaskServiceProvider;
  private final Map<String, ExternalTaskRule> topics;
  private volatile ExternalTaskService externalTaskService;
  private final SecurityErrors errors;
  private final Map<String, ProcessPolicy> policies;
  private volatile CamundaIdentity identity;
  private volatile TaskService taskService;
  private volatile RepositoryService repositoryService;
  private volatile Map<String, MessageRule> messageRules;
  private final String webappEngineApi;
  private final String engineName;
  private final ObjectMapper json;
  private final ObjectMapper jsonValues;
  private final UrlPathHelper paths = new UrlPathHelper();

  /**
   * The engine's services are looked up at the first request: a servlet filter is created while the web server
   * starts, before the database is migrated, and the engine must not start before that.
   */
  EngineDoor(ObjectProvider<CamundaIdentity> identity, SecurityErrors errors, ObjectProvider<TaskService> taskService,
      ObjectProvider<RepositoryService> repositoryService, List<ProcessPolicy> policies,
      ObjectProvider<MessageRule> messageRules, ObjectProvider<ExternalTaskService> externalTaskService,
      List<ExternalTaskRule> topics, String webappEngineApi, String engineName, ObjectMapper json) {
    this.externalTaskServiceProvider = externalTaskService;
    this.topics = topics.stream().collect(Collectors.toMap(ExternalTaskRule::topic, rule -> rule));
    this.identityProvider = identity;
    this.errors = errors;
    this.taskServiceProvider = taskService;
    this.repositoryServiceProvider = repositoryService;
    this.messageRuleProvider = messageRules;
    this.policies = policies.stream().collect(Collectors.toMap(ProcessPolicy::processKey, policy -> policy));
    this.webappEngineApi = webappEngineApi;
    this.engineName = engineName;
    // A key given twice would be read one way here and perhaps another way by the engine: refuse it.
    this.json = json.copy().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    this.jsonValues = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var path = enginePath(request);
    if (path == null || READS.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    resolveServices();
    var official = official(request);
    if (official == null) {
      // Reads, and calls without a login (the engine API's own filters answer those with 401).
      chain.doFilter(request, response);
      return;
    }
    var call = new Call(request);
    try {
      if (!decide(official, request.getMethod(), path, call)) {
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        return;
      }
    } catch (DoorRefusal refusal) {
      errors.write(response, refusal.status(), refusal.type(), refusal.getMessage());
      return;
    }
    chain.doFilter(call.request(), response);
  }

  /** The request, its body read only when a rule needs it (a deployment's upload passes unread). */
  private static final class Call {
    private final HttpServletRequest original;
    private CachedBodyRequest cached;

    Call(HttpServletRequest original) {
      this.original = original;
    }

    CachedBodyRequest cached() {
      if (cached == null) {
        try {
          cached = CachedBodyRequest.of(original);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
      return cached;
    }

    HttpServletRequest request() {
      return cached != null ? cached : original;
    }
  }

  private void resolveServices() {
    if (messageRules == null) {
      identity = identityProvider.getObject();
      taskService = taskServiceProvider.getObject();
      repositoryService = repositoryServiceProvider.getObject();
      externalTaskService = externalTaskServiceProvider.getObject();
      messageRules = messageRuleProvider.orderedStream()
          .collect(Collectors.toUnmodifiableMap(MessageRule::messageName, rule -> rule));
    }
  }

  /** Returns true when the engine may take the call, false when the door has answered it (204). */
  private boolean decide(FupinPrincipal official, String method, String path, Call request) {
    boolean admin = official.isMemberOf(Roles.ADMINS);
    Matcher match;
    if (path.equals("/message") && method.equals("POST")) {
      if (!WebappSessionAuthenticationFilter.carriesCsrfTokenIfSession(request.request())) {
        throw DoorRefusal.forbidden(SecurityErrors.CSRF_REJECTED);
      }
      return message(official, admin, body(request));
    }
    if ((match = START.matcher(path)).matches() && method.equals("POST")) {
      start(official, admin, match.group(1), match.group(2), body(request));
      return true;
    }
    if ((match = TASK_COMPLETION.matcher(path)).matches() && method.equals("POST")) {
      stepOf(official, match.group(1)).check(body(request).get("variables"));
      return true;
    }
    if ((match = TASK_VARIABLES.matcher(path)).matches() && method.equals("POST")) {
      var step = stepOf(official, match.group(1));
      var body = body(request);
      step.check(body.get("modifications"));
      for (var deletion : body.path("deletions")) {
        step.requireDeclared(deletion.asText());
      }
      return true;
    }
    if ((match = TASK_VARIABLE.matcher(path)).matches() && (method.equals("PUT") || method.equals("DELETE"))) {
      var step = stepOf(official, match.group(1));
      var name = match.group(3);
      if (method.equals("PUT")) {
        step.checkOne(name, body(request));
      } else {
        step.requireDeclared(name);
      }
      return true;
    }
    if (!admin && EXTERNAL_FETCH.matcher(path).matches() && method.equals("POST")) {
      fetch(official, body(request));
      return true;
    }
    if (!admin && (match = EXTERNAL_WORK.matcher(path)).matches() && method.equals("POST")) {
      externalWork(official, match.group(1), match.group(2), body(request));
      return true;
    }
    if (admin || QUERY.matcher(path).matches() && method.equals("POST")) {
      return true;
    }
    if ((match = TASK_WORK.matcher(path)).matches() && method.equals("POST")) {
      visibleTask(official, match.group(1));
      return true;
    }
    if ((match = TASK_CLAIM.matcher(path)).matches() && method.equals("POST")) {
      visibleTask(official, match.group(1));
      var claimant = body(request).path("userId").asText(null);
      if (!official.userId().equals(claimant)) {
        throw DoorRefusal.forbidden("只能为自己认领任务 / You may claim a task for yourself only (userId " + claimant + ")");
      }
      return true;
    }
    if ((match = OWN_ACCOUNT.matcher(path)).matches() && method.equals("PUT") && match.group(1).equals(official.userId())) {
      return true;
    }
    if (JOBS.matcher(path).matches()) {
      throw DoorRefusal.forbidden("作业和定时器（包括期限定时器）只能由系统管理员操作 / Jobs and timers, deadline timers included, are "
          + "administrators' tools: " + method + " " + path);
    }
    throw DoorRefusal.forbidden("此操作仅限系统管理员，请通过待办任务办理 / Only administrators may do this; officials work through "
        + "their tasks: " + method + " " + path);
  }

  private void start(FupinPrincipal official, boolean admin, String key, String definitionId, JsonNode body) {
    var definition = identity.callAs(official, () -> key != null
        ? repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().list().stream()
            .findFirst().orElse(null)
        : repositoryService.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult());
    if (definition == null) {
      return; // the engine answers 404
    }
    var policy = policies.get(definition.getKey());
    var name = DistrictTenantIdProvider.nameOf(definition);
    if (policy == null || policy.startedByApplicationOnly()) {
      throw DoorRefusal.forbidden(DistrictTenantIdProvider.startedByTheApplicationOnly(definition).getMessage());
    }
    if (!admin && policy.starters().stream().noneMatch(official::isMemberOf)) {
      throw DoorRefusal.forbidden("您的角色不能发起「" + name + "」，可发起的角色：" + policy.starters().stream()
          .map(Roles::groupName).collect(Collectors.joining("、")) + " / Your roles may not start " + definition.getKey()
          + "; it is started by " + policy.starters().stream().map(Roles::groupId).collect(Collectors.joining(", ")));
    }
    for (var option : START_OPTIONS) {
      var value = body.get(option);
      if (value != null && !value.isNull() && !(value.isBoolean() && !value.asBoolean())
          && !(value.isArray() && value.isEmpty())) {
        throw DoorRefusal.badRequest("不允许使用启动选项 " + option + "：案件只能从开始事件按流程办理 / The start option " + option
            + " is not allowed: a case runs from its start event through every step");
      }
    }
    new SubmittedVariables(policy.startVariables(),
        new SubmittedVariables.Where("「" + name + "」的发起表单", "the start form of " + definition.getKey()),
        variable -> null, jsonValues).check(body.get("variables"));
  }

  private boolean message(FupinPrincipal official, boolean admin, JsonNode body) {
    var messageName = body.path("messageName").asText("");
    var rule = messageRules.get(messageName);
    if (rule == null) {
      if (admin) {
        return true;
      }
      throw DoorRefusal.forbidden("消息 " + messageName + " 只能由系统管理员发送 / Only administrators may send the message "
          + messageName);
    }
    for (var fields = body.fieldNames(); fields.hasNext(); ) {
      var field = fields.next();
      var value = body.get(field);
      boolean unset = value.isNull() || value.isBoolean() && !value.asBoolean() || value.isObject() && value.isEmpty();
      if (!MESSAGE_FIELDS.contains(field) && !unset) {
        throw DoorRefusal.badRequest("消息 " + messageName + " 不接受参数 " + field + " / The message " + messageName
            + " does not take " + field);
      }
    }
    var variables = new LinkedHashMap<String, Object>();
    var submitted = body.path("processVariables");
    for (var fields = submitted.fields(); fields.hasNext(); ) {
      var field = fields.next();
      var value = field.getValue().isObject() ? field.getValue().get("value") : field.getValue();
      variables.put(field.getKey(), value == null || value.isNull() ? null
          : value.isTextual() ? value.asText() : value.isBoolean() ? (Object) value.asBoolean()
          : value.isNumber() ? value.numberValue() : value.toString());
    }
    var businessKey = body.path("businessKey").asText(null);
    try {
      identity.callAs(official, () -> {
        rule.correlate(businessKey, variables);
        return null;
      });
    } catch (AuthorizationException e) {
      throw DoorRefusal.forbidden(e.getMessage());
    } catch (BadUserRequestException e) {
      throw DoorRefusal.badRequest(e.getMessage());
    }
    return false;
  }

  /** Fetching needs every topic asked for to be one the official's roles work. */
  private void fetch(FupinPrincipal official, JsonNode body) {
    var asked = body.path("topics");
    if (!asked.isArray() || asked.isEmpty()) {
      throw DoorRefusal.badRequest("topics：请列出要领取的主题 / topics: name the topics to fetch");
    }
    for (var topic : asked) {
      var name = topic.path("topicName").asText("");
      var rule = topics.get(name);
      if (rule == null || !rule.workedBy(official)) {
        throw DoorRefusal.forbidden("您的角色不能领取主题 " + name + " 的外部任务 / Your roles may not fetch external tasks of topic "
            + name);
      }
    }
  }

  /**
   * Completing, failing, reporting a BPMN error on, extending or giving back a lock of an external task the
   * official sees, of a topic their roles work; a completion and an error carry only the topic's declared
   * variables, an error only its declared codes, and no message an ID number.
   */
  private void externalWork(FupinPrincipal official, String taskId, String action, JsonNode body) {
    var task = identity.callAs(official, () -> externalTaskService.createExternalTaskQuery().externalTaskId(taskId)
        .singleResult());
    if (task == null) {
      throw DoorRefusal.notFound("外部任务 " + taskId + " 不存在：已办结，或不属于您 / No external task " + taskId
          + ": it was completed, or it is not yours to see");
    }
    var rule = topics.get(task.getTopicName());
    if (rule == null || !rule.workedBy(official)) {
      throw DoorRefusal.forbidden("您的角色不能办理主题 " + task.getTopicName() + " 的外部任务 / Your roles may not work external "
          + "tasks of topic " + task.getTopicName());
    }
    var where = new SubmittedVariables.Where("外部任务 " + task.getTopicName(), "the external task " + task.getTopicName());
    switch (action) {
      case "complete" -> {
        var local = body.get("localVariables");
        if (local != null && !local.isNull() && !(local.isObject() && local.isEmpty())) {
          throw DoorRefusal.badRequest("外部任务不接受 localVariables，请用 variables / An external task of topic "
              + task.getTopicName() + " takes variables, not localVariables");
        }
        new SubmittedVariables(rule.completion(), where, name -> null, jsonValues).check(body.get("variables"));
      }
      case "bpmnError" -> {
        var code = body.path("errorCode").asText("");
        if (!rule.errorCodes().contains(code)) {
          throw DoorRefusal.badRequest("errorCode：主题 " + task.getTopicName() + " 的 BPMN 错误只能是 "
              + String.join("、", rule.errorCodes()) + " / errorCode: the BPMN errors of topic " + task.getTopicName()
              + " are " + String.join(", ", rule.errorCodes()) + ", not " + code);
        }
        freeText(body, "errorMessage");
        new SubmittedVariables(rule.errorVariables(), where, name -> null, jsonValues).check(body.get("variables"));
      }
      case "failure" -> {
        freeText(body, "errorMessage");
        freeText(body, "errorDetails");
      }
      default -> {
        // extendLock, unlock: the engine checks the worker and the lock
      }
    }
  }

  private static void freeText(JsonNode body, String field) {
    var value = body.get(field);
    if (value == null || value.isNull()) {
      return;
    }
    if (!value.isTextual()) {
      throw DoorRefusal.badRequest(field + " 应为文本 / " + field + " must be a text");
    }
    var problem = InputHygiene.ofFreeText(value.asText());
    if (problem != null) {
      throw DoorRefusal.badRequest(field + "：" + problem.chinese() + " / " + field + ": " + problem.english());
    }
  }

  /** The task as the caller sees it: another district's or township's task, or one already done, is not found. */
  private Task visibleTask(FupinPrincipal official, String taskId) {
    var task = identity.callAs(official, () -> taskService.createTaskQuery().taskId(taskId).singleResult());
    if (task == null) {
      throw DoorRefusal.notFound("任务 " + taskId + " 不存在：已办结、已撤回，或不属于您的待办 / No task " + taskId
          + ": it was completed or withdrawn, or it is not yours to see");
    }
    return task;
  }

  /**
   * What a visible task's step accepts — its process policy's declaration, nothing for tasks outside a process —
   * with the task's present values for the fields its form shows read-only.
   */
  private SubmittedVariables stepOf(FupinPrincipal official, String taskId) {
    var task = visibleTask(official, taskId);
    Map<String, ProcessPolicy.Kind> declared = Map.of();
    if (task.getProcessDefinitionId() != null) {
      var policy = policies.get(repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey());
      declared = policy == null ? Map.of() : policy.taskVariables(task.getTaskDefinitionKey());
    }
    var step = task.getTaskDefinitionKey() != null ? task.getTaskDefinitionKey() : task.getId();
    return new SubmittedVariables(declared,
        new SubmittedVariables.Where("「" + task.getName() + "」的表单", "the form of step " + step),
        name -> identity.callAs(official, () -> taskService.getVariable(task.getId(), name)), jsonValues);
  }

  private JsonNode body(Call call) {
    var request = call.cached();
    var content = request.body();
    if (content.length == 0) {
      return json.createObjectNode();
    }
    var contentType = request.getContentType();
    if (contentType == null || !MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType))) {
      throw DoorRefusal.unsupportedMediaType("请求体应为 JSON（Content-Type: application/json），收到 " + contentType
          + " / The body must be JSON (Content-Type: application/json), not " + contentType);
    }
    try {
      var node = json.readTree(content);
      if (node == null || !node.isObject()) {
        throw DoorRefusal.badRequest("请求体应为 JSON 对象 / The body must be a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw DoorRefusal.badRequest(ApiError.unreadableJson(e));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The path inside the engine API ({@code /task/…/complete}), decoded as the engine REST API decodes it, with
   * {@code /engine/{name}} taken off; null for a request outside the engine API.
   */
  String enginePath(HttpServletRequest request) {
    var path = paths.getPathWithinApplication(request).replaceAll("/{2,}", "/");
    String inside;
    if (path.equals("/engine-rest") || path.startsWith("/engine-rest/")) {
      inside = path.substring("/engine-rest".length());
    } else if (path.startsWith(webappEngineApi + "/")) {
      inside = path.substring(webappEngineApi.length());
    } else {
      return null;
    }
    var named = ENGINE_NAME.matcher(inside);
    if (named.matches()) {
      inside = named.group(1) == null ? "" : named.group(1);
    }
    while (inside.length() > 1 && inside.endsWith("/")) {
      inside = inside.substring(0, inside.length() - 1);
    }
    return inside;
  }

  /** The official behind the request: HTTP Basic on {@code /engine-rest}, the webapps' login on Tasklist's API. */
  private FupinPrincipal official(HttpServletRequest request) {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof FupinPrincipal principal) {
      return principal;
    }
    return WebappSessionAuthenticationFilter.sessionUser(request, engineName).map(identity::principalOf).orElse(null);
  }
}
