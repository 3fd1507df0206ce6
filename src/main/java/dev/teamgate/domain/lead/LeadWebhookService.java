package dev.teamgate.domain.lead;

import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.webhook.SelfTargets;
import dev.teamgate.domain.workspace.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The addresses a workspace wants its new leads sent to. */
@Service
public class LeadWebhookService {

    static final int MAX_PER_WORKSPACE = 20;

    private final LeadWebhookRepository webhooks;
    private final Clock clock;
    private final SelfTargets selfTargets;

    public LeadWebhookService(LeadWebhookRepository webhooks, Clock clock, ObjectProvider<SelfTargets> selfTargets) {
        this.webhooks = webhooks;
        this.clock = clock;
        // without a web server (domain slices) nothing can be targeted
        this.selfTargets = selfTargets.getIfAvailable(() -> url -> false);
    }

    @Transactional(readOnly = true)
    public List<LeadWebhook> list(Workspace workspace) {
        return webhooks.findByWorkspaceOrderById(workspace);
    }

    /** Replaces the workspace's addresses with {@code urls} (duplicates dropped, order kept). */
    @Transactional
    public List<LeadWebhook> replace(Workspace workspace, List<String> urls) {
        if (urls == null) {
            throw new InvalidInputException("urls", "urls is required");
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < urls.size(); i++) {
            distinct.add(notSelf(LeadInputs.httpUrl(urls.get(i), "urls[" + i + "]", 2000), "urls[" + i + "]"));
        }
        if (distinct.size() > MAX_PER_WORKSPACE) {
            throw new InvalidInputException("urls", "at most " + MAX_PER_WORKSPACE + " webhook URLs per workspace");
        }
        webhooks.deleteByWorkspace(workspace);
        Instant now = clock.instant();
        distinct.forEach(url -> webhooks.save(new LeadWebhook(workspace, url, now)));
        return webhooks.findByWorkspaceOrderById(workspace);
    }

    /** Adds one address as a fixture describes it. */
    @Transactional
    public LeadWebhook add(Workspace workspace, LeadWebhookFixture f) {
        String url = notSelf(LeadInputs.httpUrl(f.url(), "url", 2000), "url");
        return webhooks.save(new LeadWebhook(workspace, url, f.createdAt() == null ? clock.instant() : f.createdAt()));
    }

    /** An outbound URL must not reach Teamgate itself (its control plane among others); checked again at delivery. */
    private String notSelf(String url, String field) {
        if (selfTargets.isSelf(url)) {
            throw new InvalidInputException(field, field + " must not point at this server itself");
        }
        return url;
    }
}
