package se.namndkoll.service.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriUtils;
import se.namndkoll.documents.UnreadableDocumentException;
import se.namndkoll.rules.json.RulesJson;
import se.namndkoll.service.NotFoundException;
import se.namndkoll.service.check.InputError;
import se.namndkoll.service.check.JsonInputErrors;
import se.namndkoll.service.config.WebConfiguration;

/**
 * Builds RFC 9457 problem details: stable {@code type}, {@code title} and {@code detail} in the
 * request's language, {@code instance} (the request path) and, for input errors, {@code errors[]}
 * with the JSON Pointer (or parameter) of each.
 */
@Component
public class Problems {

    /** Problem details as JSON the way the API writes them, for callers without HTTP (the command line's bulk files). */
    private static final ObjectMapper PROBLEM_JSON = RulesJson.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

    /** {@code problem} as the JSON the API answers with ({@code application/problem+json}). */
    public static JsonNode json(ProblemDetail problem) {
        return PROBLEM_JSON.valueToTree(problem);
    }


    /** Input errors listed at most; {@code errorCount} then says how many there were. */
    static final int MAX_ERRORS = 100;

    private final ProblemTexts texts;
    private final LocaleResolver localeResolver;

    /** @param localeResolver the request's language for HTTP answers; {@code null} where there is no HTTP request */
    public Problems(ProblemTexts texts, LocaleResolver localeResolver) {
        this.texts = texts;
        this.localeResolver = localeResolver;
    }

    Locale locale(HttpServletRequest request) {
        return request == null || localeResolver == null ? ProblemTexts.SWEDISH : ProblemTexts.language(localeResolver.resolveLocale(request));
    }

    ProblemDetail detail(ProblemType type, int status, Map<String, ?> args, List<InputError> errors, HttpServletRequest request) {
        return detail(type, status, args, errors, locale(request), instance(request));
    }

    static URI instance(HttpServletRequest request) {
        return request == null ? null : URI.create(UriUtils.encodePath(request.getRequestURI(), StandardCharsets.UTF_8));
    }

    /**
     * The problem details of any transport (HTTP answers, Kafka's dead-letter records): the same
     * {@code type}, {@code title}, {@code detail} and {@code errors[]} for the same error.
     *
     * @param instance what the problem occurred on ({@code null}: not said)
     */
    public ProblemDetail detail(ProblemType type, int status, Map<String, ?> args, List<InputError> errors, Locale requested,
            URI instance) {
        Locale locale = ProblemTexts.language(requested);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(type.uri());
        problem.setTitle(texts.text("problem." + type.slug() + ".title", Map.of(), locale));
        String detailKey = "problem." + type.slug() + ".detail" + (args.get("variant") instanceof String v ? "." + v : "");
        problem.setDetail(texts.text(detailKey, args, locale));
        if (instance != null) {
            problem.setInstance(instance);
        }
        if (errors != null && !errors.isEmpty()) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (InputError error : errors.subList(0, Math.min(errors.size(), MAX_ERRORS))) {
                Map<String, Object> item = new LinkedHashMap<>();
                if (error.parameter() != null) {
                    item.put("parameter", error.parameter());
                } else {
                    item.put("pointer", error.pointer());
                }
                item.put("code", error.code());
                item.put("detail", errorText(error, locale));
                list.add(item);
            }
            problem.setProperty("errors", list);
            if (errors.size() > MAX_ERRORS) {
                problem.setProperty("errorCount", errors.size());
            }
        }
        return problem;
    }

    /** Malformed input: each error with its JSON Pointer or parameter (400 validation). */
    public ProblemDetail validation(List<InputError> errors, Locale locale, URI instance) {
        return detail(ProblemType.VALIDATION, 400, Map.of("count", errors.size()), errors, locale, instance);
    }

    /**
     * A committee, rule or evaluation that does not exist: 404 {@code not-found}, or {@code unknown-committee}
     * when the input names a committee the registry does not have ({@code referenced}).
     */
    public ProblemDetail notFound(NotFoundException e, boolean referenced, Locale locale, URI instance) {
        ProblemType type = referenced ? ProblemType.UNKNOWN_COMMITTEE : ProblemType.NOT_FOUND;
        Map<String, Object> args = Map.of("variant", "resource", "kind", texts.text("kind." + e.kind(), Map.of(), ProblemTexts.language(locale)),
                "id", e.id());
        ProblemDetail problem = detail(type, 404, args, null, locale, instance);
        if (e.pointer() != null) {
            problem.setProperty("errors", List.of(Map.of("pointer", e.pointer(), "code", "unknown-committee",
                    "detail", problem.getDetail())));
        } else if (referenced) {
            problem.setProperty("errors", List.of(Map.of("parameter", "committee", "code", "unknown-committee",
                    "detail", problem.getDetail())));
        }
        return problem;
    }

    /** A document that cannot be read (422), with the importer's reason (Swedish) as {@code reason} and, in Swedish, as the detail. */
    public ProblemDetail unreadable(UnreadableDocumentException e, Locale locale, URI instance) {
        ProblemDetail problem = detail(ProblemType.UNREADABLE_DOCUMENT, 422, Map.of("file", e.fileName() == null ? "" : e.fileName()),
                null, locale, instance);
        // The importer's reason, for the user (Swedish): what is wrong with the file, never a library's message.
        if (e.getMessage() != null) {
            problem.setProperty("reason", e.getMessage());
            if (!"en".equals(ProblemTexts.language(locale).getLanguage())) {
                problem.setDetail(e.getMessage());
            }
        }
        return problem;
    }

    /**
     * A body that is not JSON (400 {@code malformed-json}: a syntax error, with its line and column, or
     * beyond the parser's limits); {@code null} when {@code e} is neither.
     */
    public ProblemDetail malformedJson(Throwable e, Locale locale, URI instance) {
        if (JsonInputErrors.exceedsLimits(e)) {
            return detail(ProblemType.MALFORMED_JSON, 400, Map.of("variant", "limits"), null, locale, instance);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException syntax) {
                JsonLocation location = syntax.getLocation();
                return detail(ProblemType.MALFORMED_JSON, 400, Map.of(
                        "line", location == null ? "?" : location.getLineNr(),
                        "column", location == null ? "?" : location.getColumnNr()), null, locale, instance);
            }
        }
        return null;
    }

    /** A body over {@code limit} bytes (413). */
    public ProblemDetail tooLarge(long limit, Locale locale, URI instance) {
        ProblemDetail problem = detail(ProblemType.PAYLOAD_TOO_LARGE, 413, Map.of("limit", size(limit, "en".equals(locale.getLanguage()))),
                null, locale, instance);
        problem.setProperty("limitBytes", limit);
        return problem;
    }

    /** A size as people write it: "10 MB", "1,5 MB", "200 kB", "512 byte" (binary units, as the limits are configured). */
    static String size(long bytes, boolean english) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 * 1024) {
            String mb = String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
            return english ? mb : mb.replace('.', ',');
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " kB";
        }
        return bytes + (english ? " bytes" : " byte");
    }

    /** An error of the service itself (500): only the id under which its log has the details. */
    public ProblemDetail internal(String errorId, Locale locale, URI instance) {
        ProblemDetail problem = detail(ProblemType.INTERNAL, 500, Map.of("errorId", errorId), null, locale, instance);
        problem.setProperty("errorId", errorId);
        return problem;
    }


    String errorText(InputError error, Locale locale) {
        return texts.errorText(error, locale);
    }

    ResponseEntity<Object> response(ProblemDetail problem, HttpHeaders headers, HttpServletRequest request) {
        HttpHeaders out = new HttpHeaders();
        if (headers != null) {
            out.putAll(headers);
        }
        out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (request == null || request.getAttribute(WebConfiguration.LANGUAGE_HEADERS_SET) == null) {
            out.set(HttpHeaders.CONTENT_LANGUAGE, locale(request).getLanguage());
            out.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        }
        return ResponseEntity.status(problem.getStatus()).headers(out).body(problem);
    }
}
