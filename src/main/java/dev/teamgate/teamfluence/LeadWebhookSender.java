package dev.teamgate.teamfluence;

import dev.teamgate.domain.lead.Lead;
import dev.teamgate.domain.lead.LeadAdded;
import dev.teamgate.domain.lead.LeadRepository;
import dev.teamgate.domain.lead.LeadService;
import dev.teamgate.domain.lead.LeadWebhook;
import dev.teamgate.domain.lead.LeadWebhookService;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import dev.teamgate.platform.webhook.OutboundWebhook;
import dev.teamgate.platform.webhook.WebhookDispatcher;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Sends each lead added to a Teamfluence teamspace (through a fixture or the control plane) to the
 * teamspace's webhook URLs, as the documented lead payload. Teamfluence webhooks carry no secret
 * or signature header. The payload is built in the adding transaction and sent only if it commits.
 */
@Component
@RequiredArgsConstructor
class LeadWebhookSender {

    private static final String EVENT = "lead.added";

    private final WorkspaceRepository workspaces;
    private final LeadRepository leads;
    private final LeadService leadService;
    private final LeadWebhookService webhooks;
    private final LeadMapper mapper;
    private final WebhookDispatcher dispatcher;
    private final ObjectMapper json;

    @EventListener
    void leadAdded(LeadAdded event) {
        Workspace teamspace = workspaces.findById(event.workspaceId()).orElse(null);
        if (teamspace == null || !TeamfluenceConfiguration.KEY.equals(teamspace.getVendor())) {
            return;
        }
        List<LeadWebhook> targets = webhooks.list(teamspace);
        if (targets.isEmpty()) {
            return;
        }
        Lead lead = leads.findById(event.leadId()).orElseThrow();
        String body = json.writeValueAsString(
                mapper.webhookPayload(lead, leadService.histories(List.of(lead)).get(lead.getId())));
        for (LeadWebhook target : targets) {
            dispatcher.dispatchAfterCommit(new OutboundWebhook(TeamfluenceConfiguration.KEY, teamspace.getId(), EVENT,
                    target.getUrl(), body, Map.of()));
        }
    }
}
