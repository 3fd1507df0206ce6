package dev.teamgate.admin;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard: a static page ({@code static/_admin/dashboard}) over the control plane's JSON
 * API, at {@code /_admin}, with {@code /} leading there. The page and its scripts hold no data, so
 * they load without the admin token; every call they make sends it ({@link AdminTokenFilter}).
 */
@Controller
@Hidden
class DashboardController {

    static final String ASSETS = "/_admin/dashboard/";

    private final Resource page = new ClassPathResource("static/_admin/dashboard/index.html");

    @GetMapping({"/_admin", "/_admin/"})
    ResponseEntity<Resource> dashboard() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noCache()).body(page);
    }

    @GetMapping("/")
    String home() {
        return "redirect:/_admin";
    }
}
