package dev.teamgate.platform.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Buckets in PostgreSQL (table {@code rate_limit_bucket}, created by the postgres-only migration),
 * through bucket4j's row-locking proxy manager: every instance behind a load balancer draws from
 * the same bucket, so a limit holds across instances.
 */
class JdbcBucketStore implements BucketStore {

    private final ProxyManager<String> proxies;
    private final JdbcTemplate jdbc;

    JdbcBucketStore(DataSource dataSource, TimeMeter time) {
        this.proxies = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state")
                .clientClock(time)
                .build();
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public Bucket bucket(String name, RateLimitSettings settings) {
        return proxies.builder().build(name, () -> BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(settings.capacity())
                        .refillIntervally(settings.capacity(), settings.period()))
                .build());
    }

    @Override
    public List<String> names() {
        return jdbc.queryForList("select id from rate_limit_bucket order by id", String.class);
    }

    @Override
    public void remove(Predicate<String> names) {
        for (String name : names()) {
            if (names.test(name)) {
                jdbc.update("delete from rate_limit_bucket where id = ?", name);
            }
        }
    }
}
