package dev.teamgate.platform.datachange;

import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Watches the application's data source for writes while the GET response cache is on. With the
 * cache off nothing is wrapped and statements run without the proxy's (small) cost.
 *
 * <p>{@code teamgate.read-cache.enabled} is read when the data source is created, not in a bean
 * condition: Spring AOT freezes conditions at build time, and the {@code postgres} profile turns
 * the cache off at run time.
 */
@Configuration(proxyBeanMethods = false)
class DataChangeConfiguration {

    static final String READ_CACHE_ENABLED = "teamgate.read-cache.enabled";

    @Bean
    static BeanPostProcessor dataSourceWriteWatching(ObjectProvider<DataVersion> version, Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)
                        && environment.getProperty(READ_CACHE_ENABLED, Boolean.class, true)) {
                    DatabaseWriteWatcher watcher = new DatabaseWriteWatcher(version.getObject());
                    return ProxyDataSourceBuilder.create(beanName, dataSource)
                            .listener(watcher)
                            .methodListener(watcher)
                            .build();
                }
                return bean;
            }
        };
    }
}
