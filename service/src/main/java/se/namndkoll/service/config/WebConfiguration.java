package se.namndkoll.service.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;
import se.namndkoll.service.security.Caller;

/**
 * Language and caller: {@code Accept-Language} picks Swedish (the default) or English for findings
 * and errors, and the response says which ({@code Content-Language}); a {@link Caller} parameter of
 * a controller method receives the caller identified by the API-key filter.
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
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == Caller.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                    WebDataBinderFactory binderFactory) {
                Object caller = request.getAttribute(Caller.ATTRIBUTE, NativeWebRequest.SCOPE_REQUEST);
                return caller instanceof Caller c ? c : Caller.ANONYMOUS;
            }
        });
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
