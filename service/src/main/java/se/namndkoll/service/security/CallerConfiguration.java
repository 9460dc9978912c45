package se.namndkoll.service.security;

import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A {@link Caller} parameter of a controller method receives the caller identified by the API-key
 * filter ({@link ApiAccessFilter}); the API documentation does not show it as a request parameter.
 */
@Configuration(proxyBeanMethods = false)
public class CallerConfiguration implements WebMvcConfigurer {

    static {
        // Resolved by the service itself (API-key filter), not a request parameter.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
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
}
