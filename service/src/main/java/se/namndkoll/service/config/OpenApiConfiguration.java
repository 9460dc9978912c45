package se.namndkoll.service.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.namndkoll.rules.RuleEngine;

/** The OpenAPI 3 document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}), with the problem types. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String PROBLEM = "Problem";

    private static final String PROBLEM_TYPES = """
            Every error is RFC 9457 `application/problem+json` with a stable `type`, a `title`, a `detail` in Swedish \
            (default) or English (`Accept-Language: en`) and, for input errors, `errors[]` with the JSON Pointer (or query \
            parameter) of each bad field. Legal problems are never errors: they are findings in a 200 report.

            | type (https://namndkoll.se/problems/…) | status | when |
            |---|---|---|
            | validation | 400 | malformed fields: wrong type, impossible date, unknown enum value or property, over a size limit, missing evaluation date; every one of them is listed in `errors[]`, not only the first |
            | malformed-json | 400 | the body is not JSON |
            | bad-request | 400 | no body, other malformed request |
            | unauthorized | 401 | an API key is needed (header `X-API-Key`) |
            | forbidden | 403 | the API key is not valid |
            | not-found | 404 | no such path, committee, rule or evaluation |
            | unknown-committee | 404 | a check names a committee the registry does not have |
            | method-not-allowed | 405 | |
            | precondition-failed | 412 | If-Match does not name the committee's current ETag |
            | payload-too-large | 413 | body over `namndkoll.limits.max-body-bytes`; the detail says the limit as "10 MB", `limitBytes` gives it in bytes |
            | unsupported-media-type | 415 | |
            | unreadable-document | 422 | a document cannot be read as a document (damaged, empty whether sent as text or as a file, beyond a limit); `reason` says why |
            | precondition-required | 428 | replacing or deleting a committee without If-Match |
            | internal | 500 | an error of the service; `errorId` names it in the service's log |
            | service-busy | 503 | the bodies in work at once reached `namndkoll.limits.max-in-flight-body-bytes` for longer than `namndkoll.limits.max-body-wait`; try again after Retry-After |
            """;

    static {
        // Resolved by the service itself (API-key filter), not a request parameter.
        org.springdoc.core.utils.SpringDocUtils.getConfig().addRequestWrapperToIgnore(se.namndkoll.service.security.Caller.class);
    }

    @Bean
    OpenAPI namndkollOpenApi(RuleEngine engine) {
        return new OpenAPI()
                .info(new Info().title("Nämndkoll API").version("v1 (rule set " + engine.ruleSetVersion() + ")")
                        .description("Checks decisions, agendas, protocols, budgets and procurement relations of Swedish "
                                + "inter-municipal cooperation against Kommunallagen, LOU and each committee's reglemente and "
                                + "agreement. Every finding cites its legal basis.\n\n" + PROBLEM_TYPES))
                .components(new Components()
                        .addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-API-Key")
                                .description("Needed for registry changes when keys are configured, and for reads and checks "
                                        + "when these are closed")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }

    static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri").example("https://namndkoll.se/problems/validation"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errorId", new StringSchema().description("500 only: the id of the error in the service's log"))
                .addProperty("reason", new StringSchema().description("unreadable-document only: why the document cannot be read, in Swedish"))
                .addProperty("limitBytes", new IntegerSchema().format("int64").description("payload-too-large only: the limit in bytes"))
                .addProperty("errors", new ArraySchema().items(new ObjectSchema()
                        .addProperty("pointer", new StringSchema().description("JSON Pointer into the request body").example("/evaluationDate"))
                        .addProperty("parameter", new StringSchema().description("query parameter or form part"))
                        .addProperty("code", new StringSchema().example("invalid-date"))
                        .addProperty("detail", new StringSchema())));
    }

    /** Adds the problem responses every operation can give. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths().forEach((path, item) -> item.readOperations().forEach(op -> {
            Content content = new Content().addMediaType("application/problem+json",
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
            boolean body = op.getRequestBody() != null;
            if (body) {
                op.getResponses().addApiResponse("400", new ApiResponse().description("Malformed input (validation, malformed-json, bad-request)").content(content));
                op.getResponses().addApiResponse("413", new ApiResponse().description("Body too large (payload-too-large)").content(content));
                op.getResponses().addApiResponse("415", new ApiResponse().description("Wrong media type (unsupported-media-type)").content(content));
                op.getResponses().addApiResponse("503", new ApiResponse().description("Too much request content in work at once; try again after Retry-After (service-busy)").content(content));
            }
            op.getResponses().addApiResponse("401", new ApiResponse().description("API key needed (unauthorized)").content(content));
            op.getResponses().addApiResponse("403", new ApiResponse().description("API key not valid (forbidden)").content(content));
            if (path.contains("{") || path.contains("check") || path.contains("compare")) {
                op.getResponses().addApiResponse("404", new ApiResponse().description("Unknown committee, rule or evaluation (not-found, unknown-committee)").content(content));
            }
            if (path.startsWith("/api/v1/committees/") && (item.getPut() == op || item.getDelete() == op)) {
                op.getResponses().addApiResponse("412", new ApiResponse().description("If-Match is not the current ETag (precondition-failed)").content(content));
                op.getResponses().addApiResponse("428", new ApiResponse().description("If-Match missing (precondition-required)").content(content));
            }
            if (path.startsWith("/api/v1/documents")) {
                op.getResponses().addApiResponse("422", new ApiResponse().description("The document cannot be read (unreadable-document)").content(content));
            }
            op.getResponses().addApiResponse("500", new ApiResponse().description("Error of the service (internal)").content(content));
            }));
        };
    }
}
