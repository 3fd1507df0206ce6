package dev.teamgate.commflow;

import dev.teamgate.domain.account.Account;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * The {@code assignee} filter of tickets and conversations: user ids, {@code none} for unassigned
 * and {@code me} for the caller's own user, any of them matching.
 */
final class Assignees {

    private static final String NONE = "none";
    private static final String ME = "me";

    private Assignees() {
    }

    static <T> Specification<T> filter(List<String> values, Account caller) {
        if (values.isEmpty()) {
            return Specification.unrestricted();
        }
        return (root, query, cb) -> {
            Path<Account> assignee = root.get("assignee");
            List<Predicate> any = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (String value : values) {
                if (value.equals(NONE)) {
                    any.add(cb.isNull(assignee));
                } else if (value.equals(ME)) {
                    any.add(caller == null ? cb.disjunction() : cb.equal(assignee, caller));
                } else {
                    ids.add(value);
                }
            }
            if (!ids.isEmpty()) {
                // A left join, so "none" can still match tickets without an assignee.
                any.add(root.join("assignee", JoinType.LEFT).get("externalId").in(ids));
            }
            return cb.or(any.toArray(Predicate[]::new));
        };
    }
}
