package se.namndkoll.service.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's {@code BasicErrorController}, which answers errors that never reach a controller
 * (a filter's failure, the container's own 400) in its own JSON format even when problem details
 * are enabled (spring-projects/spring-boot#48392). Here they are problem+json like the rest.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorController.class);

    private final Problems problems;

    ProblemErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<Object> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        if (status >= 500 && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t) {
            LOG.error("Error {} on {}", status, request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), t);
        }
        ProblemType type = ProblemType.forStatus(status);
        var problem = problems.detail(type, status, Map.of("method", "", "allowed", "", "contentType", "", "supported", "", "limit", ""),
                null, request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path) {
            problem.setInstance(java.net.URI.create(org.springframework.web.util.UriUtils.encodePath(path, java.nio.charset.StandardCharsets.UTF_8)));
        }
        return problems.response(problem, null, request);
    }
}
