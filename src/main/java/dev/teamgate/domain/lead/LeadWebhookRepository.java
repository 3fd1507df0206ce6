package dev.teamgate.domain.lead;

import dev.teamgate.domain.workspace.Workspace;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LeadWebhookRepository extends JpaRepository<LeadWebhook, Long> {

    List<LeadWebhook> findByWorkspaceOrderById(Workspace workspace);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from LeadWebhook w where w.workspace = :workspace")
    void deleteByWorkspace(Workspace workspace);
}
