package dev.teamgate.domain.oauth;

import dev.teamgate.domain.workspace.Workspace;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OAuthAppRepository extends JpaRepository<OAuthApp, Long> {

    /** Fetches the workspace and account too: the OAuth endpoints run without a caller. */
    @Query("select a from OAuthApp a join fetch a.workspace left join fetch a.account where a.clientId = :clientId")
    Optional<OAuthApp> findByClientId(String clientId);

    List<OAuthApp> findByWorkspaceOrderById(Workspace workspace);

    @Query("select a from OAuthApp a join fetch a.workspace w left join fetch a.account where w.vendor = :vendor order by a.id")
    List<OAuthApp> findByVendor(String vendor);
}
