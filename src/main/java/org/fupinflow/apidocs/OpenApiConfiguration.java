package org.fupinflow.apidocs;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fupinflow.errors.ApiError;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The document's frame: title, the login it needs, one tag per capability and the error answers of every
 * operation. The controllers say the rest where it is decided: each operation's summary and who may call it
 * ({@code @Operation}), each parameter ({@code @Parameter}), and on the records what a Java type does not say — units
 * (元, two decimals), date formats, the values an official may write and their Chinese aliases ({@code @Schema}).
 */
@Configuration
class OpenApiConfiguration {

  static final String ERROR_SCHEMA = "ApiError";
  static final String BASIC = "basicAuth";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Capability (the controller's package under {@code org.fupinflow}) → tag name and its Chinese/English words. */
  static final Map<String, Tag> CAPABILITIES = capabilities();

  /** The refusals every operation may answer, with the words of {@link ApiError#generalMessage}. */
  static final List<Integer> REFUSALS = List.of(400, 401, 403, 404, 409);

  @Bean
  OpenAPI fupinFlowApi() {
    return new OpenAPI()
        .info(new Info().title("Fupin Flow 扶贫流程 API").version("1")
            .description("扶贫流程自有接口（/api）：每个请求以调用者身份执行，受 Camunda 授权与租户（区县）检查。"
                + "错误统一为 ApiError（中文 / English，指明出错的字段或参数）。 / Fupin Flow's own API (/api): every "
                + "call runs as the caller, with Camunda authorization and tenant (district) checks. Every refusal "
                + "is an ApiError naming the field or parameter at fault, in Chinese then English."))
        .components(new Components()
            .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("Camunda 用户与密码，或网页应用（Tasklist）的登录会话 / A Camunda user and password, or "
                    + "the webapps' (Tasklist's) login session")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }

  /** ApiError as a schema, the capability tags, and the refusals on every operation. */
  @Bean
  GlobalOpenApiCustomizer errorsAndTags() {
    return openApi -> {
      var components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
      openApi.setComponents(components);
      ModelConverters.getInstance().read(ApiError.class).forEach(components::addSchemas);
      SchemaNames.shorten(openApi);
      var errorSchema = components.getSchemas().get(ERROR_SCHEMA);
      errorSchema.description("错误答复：type 表示拒绝的种类，message 先中文后英文（以 \" / \" 分隔）并指明出错的字段 / The "
          + "error answer: type says what kind of refusal, message is Chinese then English (after \" / \") and names "
          + "the field at fault");
      errorSchema.setRequired(List.of("type", "message"));
      var used = new TreeMap<String, Tag>();
      if (openApi.getPaths() != null) {
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
          if (operation.getTags() != null) {
            operation.getTags().forEach(name -> CAPABILITIES.values().stream()
                .filter(tag -> tag.getName().equals(name)).findFirst().ifPresent(tag -> used.put(name, tag)));
          }
          for (var status : REFUSALS) {
            var code = String.valueOf(status);
            if (operation.getResponses().get(code) == null) {
              operation.getResponses().addApiResponse(code, refusal(status));
            }
          }
        }));
      }
      openApi.setTags(List.copyOf(used.values()));
    };
  }

  /** Each operation's tag: its capability (the controller's package), not the controller's class name. */
  @Bean
  GlobalOperationCustomizer capabilityTag() {
    return (operation, handler) -> {
      var name = handler.getBeanType().getPackageName();
      var capability = name.substring(name.lastIndexOf('.') + 1);
      var tag = CAPABILITIES.get(capability);
      operation.setTags(List.of(tag == null ? capability : tag.getName()));
      var answer = ResolvableType.forMethodReturnType(handler.getMethod());
      var responses = operation.getResponses();
      if (responses != null && responses.get("200") != null && ResponseEntity.class.equals(answer.resolve())) {
        if (byte[].class.equals(answer.getGeneric(0).resolve())) {
          // Downloads (.xlsx): a spreadsheet, not JSON.
          responses.get("200").description("Excel 工作簿 / An Excel workbook").content(new Content().addMediaType(XLSX,
              new MediaType().schema(new Schema<>().type("string").format("binary"))));
        } else if (handler.hasMethodAnnotation(PostMapping.class)) {
          // ResponseEntity.created(…): 201 with the new resource and its Location.
          var created = responses.remove("200");
          responses.addApiResponse("201", created.description("已创建 / Created"));
        }
      }
      return operation;
    };
  }

  private static ApiResponse refusal(int status) {
    return new ApiResponse().description(ApiError.generalMessage(status))
        .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA))));
  }

  private static Map<String, Tag> capabilities() {
    var tags = new LinkedHashMap<String, Tag>();
    tag(tags, "security", "me", "当前用户：角色与区县 / The caller: roles and districts");
    tag(tags, "household", "households", "返贫致贫风险户识别认定 / Household identification");
    tag(tags, "householdledger", "household-ledger", "脱贫监测户和即时帮扶人口管理台账 / The household ledger");
    tag(tags, "projects", "projects",
        "项目库、项目申报、支出进度与月度统计 / Project library, applications, spending and monthly statistics");
    tag(tags, "fundnotice", "fund-notices", "指标下达 / Fund notices (budget indices issued to districts)");
    tag(tags, "fundledger", "ledger", "专项扶贫资金台账与预算科目 / The fund ledger and budget codes");
    tag(tags, "relief", "relief", "防贫保险：参保、保费、资金与救助 / Poverty-prevention insurance and relief claims");
    tag(tags, "evaluation", "evaluation", "绩效评价 / Performance evaluation");
    tag(tags, "escalation", "escalations", "超期督办 / Escalation of overdue steps");
    tag(tags, "calendar", "calendar", "工作日与法定期限 / Working days and legal deadlines");
    tag(tags, "publicnotice", "public-notices", "村级公示的异议 / Objections to village public notices");
    return Map.copyOf(tags);
  }

  private static void tag(Map<String, Tag> tags, String capability, String name, String description) {
    tags.put(capability, new Tag().name(name).description(description));
  }
}
