package dev.teamgate.platform.datachange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.mock.env.MockEnvironment;

/**
 * {@code teamgate.read-cache.enabled} decides when the data source is created (not in a bean
 * condition that Spring AOT would freeze at build time) whether writes are watched.
 */
class DataChangeConfigurationTest {

    @Test
    void theDataSourceIsWatchedWhileTheReadCacheIsOnTheDefault() {
        assertThat(processed(new MockEnvironment())).isInstanceOf(ProxyDataSource.class);
        assertThat(processed(new MockEnvironment().withProperty("teamgate.read-cache.enabled", "true")))
                .isInstanceOf(ProxyDataSource.class);
    }

    @Test
    void withTheReadCacheOffTheDataSourceIsLeftAlone() {
        DataSource plain = new SimpleDriverDataSource();
        BeanPostProcessor watching = DataChangeConfiguration.dataSourceWriteWatching(versions(),
                new MockEnvironment().withProperty("teamgate.read-cache.enabled", "false"));
        assertThat(watching.postProcessAfterInitialization(plain, "dataSource")).isSameAs(plain);
    }

    @Test
    void otherBeansAreLeftAlone() {
        Object other = new Object();
        BeanPostProcessor watching = DataChangeConfiguration.dataSourceWriteWatching(versions(), new MockEnvironment());
        assertThat(watching.postProcessAfterInitialization(other, "other")).isSameAs(other);
    }

    private static Object processed(MockEnvironment environment) {
        return DataChangeConfiguration.dataSourceWriteWatching(versions(), environment)
                .postProcessAfterInitialization(new SimpleDriverDataSource(), "dataSource");
    }

    private static org.springframework.beans.factory.ObjectProvider<DataVersion> versions() {
        return new StaticListableBeanFactory(Map.of("dataVersion", new DataVersion())).getBeanProvider(DataVersion.class);
    }
}
