package dev.teamgate.domain.feed;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.message.Message;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomKinds;
import dev.teamgate.domain.workspace.Workspace;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a workspace's feed: the top-level, not deleted messages of its rooms of kind
 * {@link RoomKinds#FEED}, whoever of the members posted them. A post's {@code threadKey} is the
 * id under which the outside world knows it (what engagements and comments hang off).
 */
@Service
@RequiredArgsConstructor
public class FeedPosts {

    private final EntityManager entityManager;

    /** The matching posts, newest first (ties broken by the most recently stored). */
    @Transactional(readOnly = true)
    public FeedPage find(Workspace workspace, FeedQuery query) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Message> counted = count.from(Message.class);
        count.select(cb.count(counted)).where(filters(cb, counted, workspace, query));
        long total = entityManager.createQuery(count).getSingleResult();

        CriteriaQuery<Message> select = cb.createQuery(Message.class);
        Root<Message> message = select.from(Message.class);
        message.fetch("author", JoinType.LEFT);
        select.select(message).where(filters(cb, message, workspace, query))
                .orderBy(cb.desc(message.get("createdAt")), cb.desc(message.get("id")));
        List<Message> posts = entityManager.createQuery(select)
                .setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList();
        return new FeedPage(total, posts);
    }

    /** The workspace's post known outside by {@code threadKey}, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Message> byThreadKey(Workspace workspace, String threadKey) {
        List<Message> found = entityManager.createQuery("""
                        select m from Message m join m.room r left join fetch m.author
                        where r.workspace = :workspace and r.kind = :kind and m.parent is null and m.deleted = false
                          and m.threadKey = :threadKey
                        order by m.id""", Message.class)
                .setParameter("workspace", workspace)
                .setParameter("kind", RoomKinds.FEED)
                .setParameter("threadKey", threadKey)
                .setMaxResults(1)
                .getResultList();
        return found.stream().findFirst();
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<Message> message, Workspace workspace, FeedQuery query) {
        Join<Message, Room> room = message.join("room");
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(room.get("workspace"), workspace));
        where.add(cb.equal(room.get("kind"), RoomKinds.FEED));
        where.add(cb.isNull(message.get("parent")));
        where.add(cb.isFalse(message.get("deleted")));
        if (query.author() != null) {
            Join<Message, Account> author = message.join("author", JoinType.LEFT);
            String lower = query.author().toLowerCase(Locale.ROOT);
            where.add(cb.or(
                    cb.equal(author.get("externalId"), query.author()),
                    cb.equal(cb.lower(author.get("name")), lower),
                    cb.equal(cb.lower(message.get("authorName")), lower)));
        }
        if (query.from() != null) {
            where.add(cb.greaterThanOrEqualTo(message.get("createdAt"), query.from()));
        }
        if (query.until() != null) {
            where.add(cb.lessThan(message.get("createdAt"), query.until()));
        }
        return where.toArray(Predicate[]::new);
    }
}
