package dev.teamgate.domain.workspace;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkspaceRepository extends JpaRepository<Workspace, Long> {

    Optional<Workspace> findByVendorAndSlug(String vendor, String slug);

    Optional<Workspace> findByVendorAndExternalId(String vendor, String externalId);

    List<Workspace> findByVendorOrderById(String vendor);

    List<Workspace> findAllByOrderById();
}
