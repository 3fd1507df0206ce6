package dev.teamgate.domain.oauth;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AuthorizationCodeRepository extends JpaRepository<AuthorizationCode, Long> {

    @Query("""
            select c from AuthorizationCode c join fetch c.app a join fetch a.workspace join fetch c.account
            where c.codeHash = :codeHash""")
    Optional<AuthorizationCode> findByCodeHash(String codeHash);
}
