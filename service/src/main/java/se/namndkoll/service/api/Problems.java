package se.namndkoll.service.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriUtils;
import se.namndkoll.service.check.InputError;

/**
 * Builds RFC 9457 problem details: stable {@code type}, {@code title} and {@code detail} in the
 * request's language, {@code instance} (the request path) and, for input errors, {@code errors[]}
 * with the JSON Pointer (or parameter) of each.
 */
@Component
class Problems {

    /** Input errors listed at most; {@code errorCount} then says how many there were. */
    static final int MAX_ERRORS = 100;

    private final ProblemTexts texts;
    private final LocaleResolver localeResolver;

    Problems(ProblemTexts texts, LocaleResolver localeResolver) {
        this.texts = texts;
        this.localeResolver = localeResolver;
    }

    Locale locale(HttpServletRequest request) {
        return request == null ? ProblemTexts.SWEDISH : ProblemTexts.language(localeResolver.resolveLocale(request));
    }

    ProblemDetail detail(ProblemType type, int status, Map<String, ?> args, List<InputError> errors, HttpServletRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(type.uri());
        problem.setTitle(texts.text("problem." + type.slug() + ".title", Map.of(), locale));
        String detailKey = "problem." + type.slug() + ".detail" + (args.get("variant") instanceof String v ? "." + v : "");
        problem.setDetail(texts.text(detailKey, args, locale));
        if (request != null) {
            problem.setInstance(URI.create(UriUtils.encodePath(request.getRequestURI(), java.nio.charset.StandardCharsets.UTF_8)));
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

    /** "committee", "rule", "evaluation" in the request's language. */
    String kindName(String kind, HttpServletRequest request) {
        return texts.text("kind." + kind, Map.of(), locale(request));
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
        if (request == null || request.getAttribute(se.namndkoll.service.config.WebConfiguration.LANGUAGE_HEADERS_SET) == null) {
            out.set(HttpHeaders.CONTENT_LANGUAGE, locale(request).getLanguage());
            out.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        }
        return ResponseEntity.status(problem.getStatus()).headers(out).body(problem);
    }
}
