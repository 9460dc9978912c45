package se.namndkoll.service.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import se.namndkoll.service.config.NamndkollProperties;

/**
 * Guards {@code /api/**} before any body is read: the API key (when keys are configured) and the
 * body-size limit. Errors go through the same exception handling as the controllers', so they are
 * problem+json like every other error.
 *
 * <ul>
 *   <li>Registry writes (PUT, DELETE, POST and PATCH other than the checks) need a valid key
 *       whenever keys are configured.</li>
 *   <li>Reads (GET, HEAD) need one unless {@code namndkoll.security.open-reads} is true.</li>
 *   <li>Checks ({@code POST /api/v1/checks}, {@code /documents/check}, {@code /arrangements/compare}), and
 *       drafting a committee from its documents ({@code POST /api/v1/committees/drafts}, which saves
 *       nothing), need one unless {@code namndkoll.security.open-checks} is true.</li>
 * </ul>
 * The key is read from the {@code X-API-Key} header; it is never logged or stored, only the id of
 * the matching key is.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ApiAccessFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-API-Key";
    private static final Logger LOG = LoggerFactory.getLogger(ApiAccessFilter.class);

    private final ApiKeys keys;
    private final NamndkollProperties.Security security;
    private final long maxBodyBytes;
    private final HandlerExceptionResolver resolver;

    public ApiAccessFilter(NamndkollProperties properties,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        this.security = properties.security();
        this.keys = new ApiKeys(security.apiKeys());
        this.maxBodyBytes = properties.limits().maxBodyBytes().toBytes();
        this.resolver = resolver;
        if (keys.isEmpty()) {
            if (!security.openReads() || !security.openChecks()) {
                throw new IllegalStateException("namndkoll.security.open-reads/open-checks is false but no API key is configured"
                        + " (namndkoll.security.api-keys.<id>=<key>)");
            }
            LOG.warn("No API key configured: the committee registry can be changed by anyone who reaches the service");
        } else {
            LOG.info("{} API key(s) configured; reads {}, checks {}", keys.size(),
                    security.openReads() ? "open" : "need a key", security.openChecks() ? "open" : "need a key");
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/api") || path.startsWith("/api/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.setAttribute(Caller.ATTRIBUTE, authenticate(request));
            long length = request.getContentLengthLong();
            if (length > maxBodyBytes) {
                throw new PayloadTooLargeException(maxBodyBytes);
            }
        } catch (RuntimeException | PayloadTooLargeException e) {
            resolver.resolveException(request, response, null, e);
            return;
        }
        chain.doFilter(new LimitedRequest(request, maxBodyBytes), response);
    }

    private Caller authenticate(HttpServletRequest request) {
        if (keys.isEmpty()) {
            return Caller.ANONYMOUS;
        }
        String presented = request.getHeader(HEADER);
        if (presented != null && !presented.isEmpty()) {
            return new Caller(keys.match(presented).orElseThrow(ApiKeyRejectedException::new));
        }
        if (isOpen(request)) {
            return Caller.ANONYMOUS;
        }
        throw new ApiKeyRequiredException();
    }

    private boolean isOpen(HttpServletRequest request) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return security.openReads();
        }
        if (method.equals("POST") && isCheck(request.getRequestURI().substring(request.getContextPath().length()))) {
            return security.openChecks();
        }
        return false;
    }

    static boolean isCheck(String path) {
        return path.equals("/api/v1/checks") || path.equals("/api/v1/documents/check")
                || path.equals("/api/v1/arrangements/compare") || path.equals("/api/v1/committees/drafts");
    }

    /** Counts the bytes of a body of unknown length and stops at the limit. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long count;

        LimitedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PayloadTooLargeException {
            count += n;
            if (count > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
