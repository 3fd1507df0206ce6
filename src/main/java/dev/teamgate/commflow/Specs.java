package dev.teamgate.commflow;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.springframework.data.jpa.domain.Specification;

/** Building blocks for the list filters, search and sorting, as JPA criteria. */
final class Specs {

    static final List<String> PRIORITIES = List.of("low", "normal", "high", "urgent");

    private Specs() {
    }

    /** A field reachable from the root, for example {@code root.get("room").get("createdAt")}. */
    interface Field<T, Y> extends BiFunction<Root<T>, CriteriaBuilder, Expression<Y>> {
    }

    static <T> Specification<T> oneOf(Field<T, String> field, List<String> values) {
        if (values.isEmpty()) {
            return Specification.unrestricted();
        }
        return (root, query, cb) -> field.apply(root, cb).in(values);
    }

    static <T> Specification<T> atOrAfter(Field<T, Instant> field, Instant from) {
        return (root, query, cb) -> cb.greaterThanOrEqualTo(field.apply(root, cb), from);
    }

    static <T> Specification<T> before(Field<T, Instant> field, Instant until) {
        return (root, query, cb) -> cb.lessThan(field.apply(root, cb), until);
    }

    /**
     * Case-insensitive match of any of the patterns, where {@code *} stands for any run of
     * characters and everything else is literal ({@code *@company.com}).
     */
    static <T> Specification<T> wildcard(Field<T, String> field, List<String> patterns) {
        if (patterns.isEmpty()) {
            return Specification.unrestricted();
        }
        return (root, query, cb) -> {
            Expression<String> lower = cb.lower(field.apply(root, cb));
            List<Predicate> any = new ArrayList<>();
            for (String pattern : patterns) {
                any.add(cb.like(lower, likePattern(pattern, false), '\\'));
            }
            return cb.or(any.toArray(Predicate[]::new));
        };
    }

    /** Each word of {@code q} must appear (case-insensitively) in at least one of the fields. */
    @SafeVarargs
    static <T> Specification<T> search(String q, Field<T, String>... fields) {
        List<String> words = List.of(q.trim().split("\\s+"));
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            for (String word : words.subList(0, Math.min(words.size(), 10))) {
                String pattern = likePattern(word, true);
                List<Predicate> any = new ArrayList<>();
                for (Field<T, String> field : fields) {
                    any.add(cb.like(cb.lower(cb.coalesce(field.apply(root, cb), "")), pattern, '\\'));
                }
                all.add(cb.or(any.toArray(Predicate[]::new)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    /**
     * Applies the ordering inside the specification, so it can be an expression (priority by rank)
     * rather than a plain property; the id breaks ties so pages never overlap. Count queries are left
     * unordered.
     */
    static <T> Specification<T> orderedBy(Field<T, ?> key, boolean descending) {
        return (root, query, cb) -> {
            Class<?> resultType = query.getResultType();
            if (resultType != Long.class && resultType != long.class) {
                Expression<?> expression = key.apply(root, cb);
                Expression<?> id = root.get("id");
                List<Order> orders = List.of(descending ? cb.desc(expression) : cb.asc(expression),
                        descending ? cb.desc(id) : cb.asc(id));
                query.orderBy(orders);
            }
            return null;
        };
    }

    /** low < normal < high < urgent, unknown values first. */
    static <T> Field<T, Integer> priorityRank(Field<T, String> priority) {
        return (root, cb) -> {
            CriteriaBuilder.SimpleCase<String, Integer> rank = cb.selectCase(priority.apply(root, cb));
            for (int i = 0; i < PRIORITIES.size(); i++) {
                rank = rank.when(PRIORITIES.get(i), i + 1);
            }
            return rank.otherwise(0);
        };
    }

    /** Case-insensitive ordering for text. */
    static <T> Field<T, String> lowerCase(Field<T, String> text) {
        return (root, cb) -> cb.lower(text.apply(root, cb));
    }

    private static String likePattern(String input, boolean contains) {
        StringBuilder out = new StringBuilder(contains ? "%" : "");
        for (char c : input.toLowerCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '%', '_', '\\' -> out.append('\\').append(c);
                case '*' -> out.append(contains ? "*" : "%");
                default -> out.append(c);
            }
        }
        return out.append(contains ? "%" : "").toString();
    }
}
