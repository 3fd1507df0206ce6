package dev.teamgate.platform.datachange;

import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Watches the application's data source for writes while the GET response cache is on. With the
 * cache off nothing is wrapped and statements run without the proxy's (small) cost.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "teamgate.read-cache.enabled", havingValue = "true", matchIfMissing = true)
class DataChangeConfiguration {

    @Bean
    static BeanPostProcessor dataSourceWriteWatching(ObjectProvider<DataVersion> version) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
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
