package dev.teamgate.flowdock;

import java.nio.charset.StandardCharsets;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import dev.teamgate.platform.vendor.VendorContext;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Flowdock answers {@code Content-Type: application/json; charset=utf-8}, as its docs show, errors
 * included. Advises every handler (the platform's exception handler and {@code /error} too) but
 * acts only on Flowdock's requests.
 */
@ControllerAdvice
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
        if (MediaType.APPLICATION_JSON.isCompatibleWith(selectedContentType) && isFlowdock(request)) {
            response.getHeaders().setContentType(JSON_UTF8);
        }
        return body;
    }

    private static boolean isFlowdock(ServerHttpRequest request) {
        return request instanceof ServletServerHttpRequest servlet
                && VendorContext.vendor(servlet.getServletRequest())
                        .map(vendor -> FlowdockConfiguration.KEY.equals(vendor.key())).orElse(false);
    }
}
