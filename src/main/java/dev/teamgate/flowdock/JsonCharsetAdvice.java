package dev.teamgate.flowdock;

import java.nio.charset.StandardCharsets;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/** Flowdock answers {@code Content-Type: application/json; charset=utf-8}, as its docs show. */
@ControllerAdvice(basePackageClasses = JsonCharsetAdvice.class)
class JsonCharsetAdvice implements ResponseBodyAdvice<Object> {

    static final MediaType JSON_UTF8 = new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8);

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
                                  Class<? extends HttpMessageConverter<?>> selectedConverterType,
                                  ServerHttpRequest request, ServerHttpResponse response) {
        if (MediaType.APPLICATION_JSON.isCompatibleWith(selectedContentType)) {
            response.getHeaders().setContentType(JSON_UTF8);
        }
        return body;
    }
}
