package dev.teamgate.domain.credential;

import dev.teamgate.domain.workspace.Workspace;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CredentialRepository extends JpaRepository<Credential, Long> {

    /** Fetches workspace, account and room too: authentication runs outside any web session. */
    @Query("""
            select c from Credential c join fetch c.workspace left join fetch c.account left join fetch c.room
            where c.secretHash = :secretHash order by c.id""")
    List<Credential> findBySecretHash(String secretHash);

    /** The OAuth tokens issued from one authorization code, refreshed ones included. */
    List<Credential> findByGrantCodeId(Long grantCodeId);

    List<Credential> findByWorkspaceOrderById(Workspace workspace);

    List<Credential> findByWorkspaceAndKindOrderById(Workspace workspace, CredentialKind kind);
}
