package se.namndkoll.service.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response, set before anything else runs so that errors carry them too.
 *
 * <ul>
 *   <li>The web application (everything outside the API, the API documentation and actuator) gets a
 *       Content-Security-Policy that allows only its own files: scripts from the jar and nothing
 *       inline (the pages have no inline script, style attribute or event-handler attribute), no
 *       plug-ins, no framing.</li>
 *   <li>The API and actuator answer JSON only, so their policy allows nothing at all.</li>
 *   <li>Swagger UI ships an inline style and script, so it is only kept from being framed.</li>
 *   <li>Everywhere: {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: no-referrer},
 *       {@code X-Frame-Options: DENY} for browsers that predate frame-ancestors.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityHeadersFilter extends OncePerRequestFilter {

    /** The web application's policy. */
    public static final String APP_POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "manifest-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** The policy of JSON answers: nothing may load, nothing may frame. */
    public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private static final String DOCS_POLICY = "frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Content-Security-Policy", policy(path));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }

    static String policy(String path) {
        if (under(path, "/api") || under(path, "/actuator") || under(path, "/v3/api-docs")) {
            return API_POLICY;
        }
        if (under(path, "/swagger-ui") || path.equals("/swagger-ui.html")) {
            return DOCS_POLICY;
        }
        return APP_POLICY;
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
