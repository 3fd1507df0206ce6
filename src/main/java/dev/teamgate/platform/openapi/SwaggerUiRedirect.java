package dev.teamgate.platform.openapi;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /swagger-ui/} and {@code /swagger-ui} (what people type, and what other tools print) go to
 * Swagger UI's page, which springdoc serves only as {@code /swagger-ui.html} and
 * {@code /swagger-ui/index.html}.
 */
@Controller
@Hidden
class SwaggerUiRedirect {

    private final String swaggerUiPath;

    SwaggerUiRedirect(@Value("${springdoc.swagger-ui.path:/swagger-ui.html}") String swaggerUiPath) {
        this.swaggerUiPath = swaggerUiPath;
    }

    @GetMapping({"/swagger-ui", "/swagger-ui/"})
    String swaggerUi() {
        return "redirect:" + swaggerUiPath;
    }
}
