package dev.teamgate.domain.workspace;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The lookups by slug and external id fetch the settings in the same query: they run on nearly
 * every vendor request, and the eager settings collection would otherwise cost a second statement.
 */
public interface WorkspaceRepository extends JpaRepository<Workspace, Long> {

    @EntityGraph(attributePaths = "settings")
    Optional<Workspace> findByVendorAndSlug(String vendor, String slug);

    @EntityGraph(attributePaths = "settings")
    Optional<Workspace> findByVendorAndExternalId(String vendor, String externalId);

    List<Workspace> findByVendorOrderById(String vendor);

    List<Workspace> findAllByOrderById();
}
