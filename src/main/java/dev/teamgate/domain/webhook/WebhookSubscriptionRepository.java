package dev.teamgate.domain.webhook;

import dev.teamgate.domain.workspace.Workspace;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WebhookSubscriptionRepository extends JpaRepository<WebhookSubscription, Long> {

    List<WebhookSubscription> findByWorkspaceOrderById(Workspace workspace);

    Page<WebhookSubscription> findByWorkspace(Workspace workspace, Pageable pageable);

    Optional<WebhookSubscription> findByWorkspaceAndExternalId(Workspace workspace, String externalId);

    List<WebhookSubscription> findByWorkspaceAndActiveTrueOrderById(Workspace workspace);
}
