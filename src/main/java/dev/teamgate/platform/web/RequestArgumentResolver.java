package dev.teamgate.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Spring MVC's side of a {@link RequestArgumentReader}: a parameter of the reader's type gets what it reads. */
class RequestArgumentResolver implements HandlerMethodArgumentResolver {

    private final RequestArgumentReader<?> reader;
    private final Class<?> type;

    RequestArgumentResolver(RequestArgumentReader<?> reader) {
        this.reader = reader;
        this.type = typeReadBy(reader);
    }

    /** The {@code T} of the reader's {@code RequestArgumentReader<T>}. */
    static Class<?> typeReadBy(RequestArgumentReader<?> reader) {
        Class<?> type = ResolvableType.forClass(ClassUtils.getUserClass(reader))
                .as(RequestArgumentReader.class).resolveGeneric(0);
        if (type == null) {
            throw new IllegalStateException(reader.getClass().getName() + " must name the type it reads");
        }
        return type;
    }

    Class<?> type() {
        return type;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(type);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return reader.read(webRequest.getNativeRequest(HttpServletRequest.class));
    }
}
