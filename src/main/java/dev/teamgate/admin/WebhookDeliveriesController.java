package dev.teamgate.admin;

import dev.teamgate.platform.webhook.DeliveryStatus;
import dev.teamgate.platform.webhook.WebhookDelivery.DeliveryView;
import dev.teamgate.platform.webhook.WebhookDispatcher;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/_admin/webhooks/deliveries")
@Tag(name = "Outbound webhooks")
@Validated
@RequiredArgsConstructor
class WebhookDeliveriesController {

    private final WebhookDispatcher dispatcher;
    private final ControlPlaneValues values;

    @GetMapping
    @Operation(summary = "Outbound webhook deliveries, newest first, with every attempt")
    DeliveryPage list(@RequestParam(required = false) String vendor,
                      @RequestParam(required = false) String event,
                      @RequestParam(required = false) DeliveryStatus status,
                      @RequestParam(defaultValue = "100") @Min(1) @Max(10_000) int limit) {
        String wanted = values.vendor(vendor);
        List<DeliveryView> found = dispatcher.find(d -> (wanted == null || wanted.equals(d.vendor()))
                && (event == null || event.equals(d.event()))
                && (status == null || status == d.status()), limit);
        return new DeliveryPage(found.size(), found);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One delivery with every attempt")
    DeliveryView get(@PathVariable long id) {
        return dispatcher.get(id);
    }

    @PostMapping("/{id}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a recorded delivery again (as a new delivery with the same body and headers)")
    DeliveryView replay(@PathVariable long id) {
        return dispatcher.replay(id);
    }

    record DeliveryPage(int count, List<DeliveryView> deliveries) {
    }
}
