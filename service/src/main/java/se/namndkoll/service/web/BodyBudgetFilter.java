package se.namndkoll.service.web;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import se.namndkoll.service.config.NamndkollProperties;

/**
 * Holds back requests with bodies ({@code POST}, {@code PUT}, {@code PATCH} under {@code /api/})
 * while the bodies already being worked on use up the {@link BodyBudget}: right after the API-key
 * and body-size filter, before any body is read. A request that waits longer than
 * {@code namndkoll.limits.max-body-wait} is answered 503 problem+json ({@code service-busy}) with
 * Retry-After; nothing of it has been read or stored.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class BodyBudgetFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(BodyBudgetFilter.class);

    private final BodyBudget budget;
    private final long maxBodyBytes;
    private final HandlerExceptionResolver resolver;

    public BodyBudgetFilter(NamndkollProperties properties, ObjectProvider<MeterRegistry> meters,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        NamndkollProperties.Limits limits = properties.limits();
        long bytes = limits.maxInFlightBodyBytes() != null ? limits.maxInFlightBodyBytes().toBytes() : BodyBudget.defaultBytes();
        this.budget = new BodyBudget(bytes, limits.maxBodyWait());
        this.maxBodyBytes = limits.maxBodyBytes().toBytes();
        this.resolver = resolver;
        meters.ifAvailable(registry -> Gauge.builder("namndkoll.body.budget.available", budget, BodyBudget::availableBytes)
                .description("Bytes of request bodies that may still be read at once").baseUnit("bytes").register(registry));
        LOG.info("Request bodies in work at once: at most {} KiB; a request waits up to {} for its share",
                budget.totalBytes() / 1024, budget.maxWait());
    }

    public BodyBudget budget() {
        return budget;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!(method.equals("POST") || method.equals("PUT") || method.equals("PATCH"))) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<BodyBudget.Lease> lease;
        try {
            lease = budget.acquire(request.getContentLengthLong(), maxBodyBytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lease = Optional.empty();
        }
        if (lease.isEmpty()) {
            resolver.resolveException(request, response, null, new ServiceBusyException(budget.maxWait()));
            return;
        }
        try (BodyBudget.Lease held = lease.get()) {
            chain.doFilter(request, response);
        }
    }
}
