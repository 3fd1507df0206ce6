package dev.teamgate.domain.ticket;

import dev.teamgate.domain.workspace.Workspace;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface TicketRepository extends JpaRepository<Ticket, Long>, JpaSpecificationExecutor<Ticket> {

    List<Ticket> findByWorkspaceOrderById(Workspace workspace);

    Optional<Ticket> findByWorkspaceAndExternalId(Workspace workspace, String externalId);
}
