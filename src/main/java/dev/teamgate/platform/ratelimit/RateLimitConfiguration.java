package dev.teamgate.platform.ratelimit;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    RateLimiter rateLimiter(Clock clock, @Value("${teamgate.rate-limit.store:local}") String store,
                            ObjectProvider<DataSource> dataSource) {
        return new RateLimiter(clock, RateLimiter.store(store, clock, dataSource));
    }
}
