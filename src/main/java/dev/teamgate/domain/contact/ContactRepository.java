package dev.teamgate.domain.contact;

import dev.teamgate.domain.workspace.Workspace;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ContactRepository extends JpaRepository<Contact, Long>, JpaSpecificationExecutor<Contact> {

    List<Contact> findByWorkspaceOrderById(Workspace workspace);

    Optional<Contact> findByWorkspaceAndExternalId(Workspace workspace, String externalId);

    List<Contact> findByWorkspaceAndEmailIgnoreCaseOrderById(Workspace workspace, String email,
                                                            org.springframework.data.domain.Pageable page);
}
