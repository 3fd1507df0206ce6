package dev.teamgate.domain.lead;

import dev.teamgate.domain.message.Message;
import dev.teamgate.domain.workspace.Workspace;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LeadRepository extends JpaRepository<Lead, Long> {

    @Query("select l from Lead l join fetch l.contact left join fetch l.owner left join fetch l.campaign"
            + " where l.workspace = :workspace order by l.id")
    List<Lead> findByWorkspaceOrderById(Workspace workspace);

    Optional<Lead> findByWorkspaceAndExternalId(Workspace workspace, String externalId);

    /** The leads with at least one engagement on {@code post}, best score first. */
    @Query("""
            select l from Lead l join fetch l.contact
            where exists (select e from LeadEngagement e where e.lead = l and e.message = :post)
              and (l.qualified = true or :qualifiedOnly = false)
            order by l.score desc, l.id""")
    List<Lead> findEngagedWith(Message post, boolean qualifiedOnly);
}
