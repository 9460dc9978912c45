package se.namndkoll.service.api;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import se.namndkoll.documents.UnreadableDocumentException;
import se.namndkoll.documents.draft.NotGoverningTextException;
import se.namndkoll.service.NotFoundException;
import se.namndkoll.service.check.InputError;
import se.namndkoll.service.check.InvalidInputException;
import se.namndkoll.service.check.JsonInputErrors;
import se.namndkoll.service.registry.PreconditionFailedException;
import se.namndkoll.service.registry.PreconditionRequiredException;
import se.namndkoll.service.security.ApiAccessFilter;
import se.namndkoll.service.security.ApiKeyRejectedException;
import se.namndkoll.service.security.ApiKeyRequiredException;
import se.namndkoll.service.security.PayloadTooLargeException;
import se.namndkoll.service.web.ServiceBusyException;

/**
 * Every error of the API as RFC 9457 {@code application/problem+json} (see {@link ProblemType}).
 * Texts come from the message bundles, never from an exception: no stack trace, class name or SQL
 * reaches a client. Unexpected errors are logged with an {@code errorId} that the response repeats.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

    private final Problems problems;
    private final int maxParts;

    ProblemAdvice(Problems problems, @Value("${server.tomcat.max-part-count:10}") int maxParts) {
        this.problems = problems;
        this.maxParts = maxParts;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException e, HttpServletRequest request) {
        return validation(e.errors(), request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e, HttpServletRequest request) {
        boolean referenced = "committee".equals(e.kind()) && !request.getRequestURI().contains("/committees/");
        return problems.response(problems.notFound(e, referenced, problems.locale(request), Problems.instance(request)), null, request);
    }

    @ExceptionHandler(PreconditionFailedException.class)
    ResponseEntity<Object> preconditionFailed(PreconditionFailedException e, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        if (e.currentEtag() != null) {
            headers.setETag(e.currentEtag());
        }
        return simple(ProblemType.PRECONDITION_FAILED, Map.of(), headers, request);
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ResponseEntity<Object> preconditionRequired(PreconditionRequiredException e, HttpServletRequest request) {
        return simple(ProblemType.PRECONDITION_REQUIRED, Map.of(), null, request);
    }

    @ExceptionHandler(UnreadableDocumentException.class)
    ResponseEntity<Object> unreadable(UnreadableDocumentException e, HttpServletRequest request) {
        return problems.response(problems.unreadable(e, problems.locale(request), Problems.instance(request)), null, request);
    }

    @ExceptionHandler(NotGoverningTextException.class)
    ResponseEntity<Object> notGoverning(NotGoverningTextException e, HttpServletRequest request) {
        ProblemDetail problem = problems.detail(ProblemType.NOT_GOVERNING_TEXT, 422,
                Map.of("file", e.fileName() == null ? "" : e.fileName()), null, request);
        // what the file is and what to do, in the request's language
        String reason = "en".equals(problems.locale(request).getLanguage()) ? e.messageEn() : e.getMessage();
        problem.setDetail(reason);
        problem.setProperty("reason", reason);
        problem.setProperty("file", e.fileName());
        return problems.response(problem, null, request);
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> tooLarge(PayloadTooLargeException e, HttpServletRequest request) {
        return tooLarge(e.limit(), request);
    }

    @ExceptionHandler(ServiceBusyException.class)
    ResponseEntity<Object> busy(ServiceBusyException e, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "1");
        return simple(ProblemType.SERVICE_BUSY, Map.of("seconds", e.waited().toSeconds()), headers, request);
    }

    @ExceptionHandler(ApiKeyRequiredException.class)
    ResponseEntity<Object> unauthorized(ApiKeyRequiredException e, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + ApiAccessFilter.HEADER + "\"");
        return simple(ProblemType.UNAUTHORIZED, Map.of("header", ApiAccessFilter.HEADER), headers, request);
    }

    @ExceptionHandler(ApiKeyRejectedException.class)
    ResponseEntity<Object> forbidden(ApiKeyRejectedException e, HttpServletRequest request) {
        return simple(ProblemType.FORBIDDEN, Map.of("header", ApiAccessFilter.HEADER), null, request);
    }

    /**
     * A multipart body that cannot be parsed (cut off before its closing boundary, a malformed part
     * header): the request is malformed, and the part that could not be read is named.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> malformedMultipart(MultipartException e, HttpServletRequest request) {
        return validation(List.of(InputError.parameter("file", "malformed-multipart", Map.of())), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        String errorId = UUID.randomUUID().toString();
        LOG.error("Unexpected error {} on {} {}", errorId, request.getMethod(), request.getRequestURI(), e);
        return problems.response(problems.internal(errorId, problems.locale(request), Problems.instance(request)), null, request);
    }

    // ---- Spring MVC's own exceptions -------------------------------------------------------

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        HttpServletRequest servlet = servlet(request);
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLargeException p) {
                return tooLarge(p.limit(), servlet);
            }
        }
        ProblemDetail malformed = problems.malformedJson(ex, problems.locale(servlet), Problems.instance(servlet));
        if (malformed != null) {
            return problems.response(malformed, null, servlet);
        }
        var error = JsonInputErrors.of(ex.getCause());
        if (error.isPresent()) {
            return validation(List.of(error.get()), servlet);
        }
        return simple(ProblemType.BAD_REQUEST, Map.of(), null, servlet);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<InputError> errors = new ArrayList<>();
        for (FieldError field : ex.getBindingResult().getFieldErrors()) {
            errors.add(InputError.at(pointer(field.getField()), field.getCode(), constraintArgs(field)));
        }
        ex.getBindingResult().getGlobalErrors().forEach(g -> errors.add(InputError.at("", g.getCode(), Map.of())));
        return validation(errors, servlet(request));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InputError> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(err -> errors.add(
                    InputError.parameter(name, err.getCodes() == null ? "invalid-value" : lastCode(err.getCodes()), Map.of())));
        });
        return validation(errors, servlet(request));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return validation(List.of(InputError.parameter(ex.getParameterName(), "required", Map.of())), servlet(request));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return validation(List.of(InputError.parameter(ex.getRequestPartName(), "required", Map.of())), servlet(request));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getMaxUploadSize() < 0) {
            // Tomcat's limit on the number of parts (server.tomcat.max-part-count), not on the size
            return simple(ProblemType.PAYLOAD_TOO_LARGE, Map.of("variant", "parts", "limit", maxParts), null, servlet(request));
        }
        return tooLarge(ex.getMaxUploadSize(), servlet(request));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        HttpServletRequest servlet = servlet(request);
        if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            String expected = mismatch.getRequiredType() == null ? "value"
                    : mismatch.getRequiredType() == LocalDate.class ? "date"
                    : Number.class.isAssignableFrom(mismatch.getRequiredType()) || mismatch.getRequiredType().isPrimitive() ? "integer"
                    : "text";
            return validation(List.of(InputError.parameter(mismatch.getName(),
                    "date".equals(expected) ? "invalid-date" : "wrong-type",
                    Map.of("expected", expected, "value", String.valueOf(mismatch.getValue())))), servlet);
        }
        int status = statusCode.value();
        ProblemType type = ProblemType.forStatus(status);
        Map<String, Object> args = Map.of(
                "method", servlet == null ? "" : servlet.getMethod(),
                "allowed", ex instanceof HttpRequestMethodNotSupportedException m && m.getSupportedHttpMethods() != null
                        ? m.getSupportedHttpMethods().stream().map(Object::toString).toList() : List.of(),
                "contentType", ex instanceof HttpMediaTypeNotSupportedException mt && mt.getContentType() != null
                        ? mt.getContentType().toString() : "",
                "supported", ex instanceof HttpMediaTypeNotSupportedException mt
                        ? mt.getSupportedMediaTypes().stream().map(Object::toString).toList() : List.of(),
                "reason", "");
        if (status >= 500) {
            LOG.error("Error {} on {}", status, servlet == null ? "?" : servlet.getRequestURI(), ex);
        }
        return problems.response(problems.detail(type, status, args, null, servlet), headers, servlet);
    }

    // ---- helpers -----------------------------------------------------------------------------

    private ResponseEntity<Object> validation(List<InputError> errors, HttpServletRequest request) {
        return problems.response(problems.validation(errors, problems.locale(request), Problems.instance(request)), null, request);
    }

    private ResponseEntity<Object> simple(ProblemType type, Map<String, ?> args, HttpHeaders headers, HttpServletRequest request) {
        return problems.response(problems.detail(type, type.status(), args, null, request), headers, request);
    }

    private ResponseEntity<Object> tooLarge(long limit, HttpServletRequest request) {
        return problems.response(problems.tooLarge(limit, problems.locale(request), Problems.instance(request)), null, request);
    }

    private static HttpServletRequest servlet(WebRequest request) {
        return request instanceof NativeWebRequest n ? n.getNativeRequest(HttpServletRequest.class) : null;
    }

    /** "variants[0].name" becomes "/variants/0/name". */
    static String pointer(String field) {
        StringBuilder sb = new StringBuilder();
        for (String part : field.replace("[", ".").replace("]", "").split("\\.")) {
            if (!part.isEmpty()) {
                sb.append('/').append(JsonInputErrors.escape(part));
            }
        }
        return sb.toString();
    }

    private static Map<String, Object> constraintArgs(FieldError field) {
        Map<String, Object> args = new LinkedHashMap<>();
        Object[] arguments = field.getArguments();
        // Spring passes the constraint's attributes in alphabetical order after the field name.
        if ("Size".equals(field.getCode()) && arguments != null && arguments.length >= 3) {
            args.put("max", arguments[1]);
            args.put("min", arguments[2]);
        }
        return args;
    }

    private static String lastCode(String[] codes) {
        return codes[codes.length - 1];
    }
}
