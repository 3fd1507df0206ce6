package dev.teamgate.domain.account;

import dev.teamgate.domain.workspace.Workspace;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<Account, Long> {

    List<Account> findByWorkspaceOrderById(Workspace workspace);

    Optional<Account> findByWorkspaceAndSlug(Workspace workspace, String slug);

    Optional<Account> findByWorkspaceAndExternalId(Workspace workspace, String externalId);

    Optional<Account> findByWorkspaceAndEmailIgnoreCase(Workspace workspace, String email);

    List<Account> findByEmailIgnoreCase(String email);

    /** The accounts one person holds in the workspaces of one vendor, found by their shared external id. */
    List<Account> findByWorkspaceVendorAndExternalIdOrderById(String vendor, String externalId);
}
