package dev.teamgate.domain.lead;

import dev.teamgate.domain.workspace.Workspace;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

    List<Campaign> findByWorkspaceOrderById(Workspace workspace);

    Optional<Campaign> findByWorkspaceAndExternalId(Workspace workspace, String externalId);
}
