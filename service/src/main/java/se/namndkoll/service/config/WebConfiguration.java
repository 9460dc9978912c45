package se.namndkoll.service.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Language: {@code Accept-Language} picks Swedish (the default) or English for findings and
 * errors, and the response says which ({@code Content-Language}). The caller is resolved in the
 * security package ({@code CallerConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");

    /** Request attribute: Content-Language and Vary are already on the response. */
    public static final String LANGUAGE_HEADERS_SET = WebConfiguration.class.getName() + ".languageHeaders";

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(SWEDISH, Locale.ENGLISH));
        resolver.setDefaultLocale(SWEDISH);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                Locale locale = RequestContextUtils.getLocale(request);
                response.setHeader(HttpHeaders.CONTENT_LANGUAGE, "en".equals(locale.getLanguage()) ? "en" : "sv");
                response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
                request.setAttribute(LANGUAGE_HEADERS_SET, Boolean.TRUE);
                return true;
            }
        }).addPathPatterns("/api/**");
    }
}
