package dev.teamgate.domain.lead;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LeadEngagementRepository extends JpaRepository<LeadEngagement, Long> {

    /** The history of several leads at once, in the order it was recorded. */
    @Query("""
            select e from LeadEngagement e left join fetch e.message m left join fetch m.room
            where e.lead in :leads order by e.id""")
    List<LeadEngagement> findByLeadIn(Collection<Lead> leads);
}
