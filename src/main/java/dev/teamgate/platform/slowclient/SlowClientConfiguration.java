package dev.teamgate.platform.slowclient;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class SlowClientConfiguration {

    /** Checks the deadlines of bodies being read without a thread: one thread for all of them. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledThreadPoolExecutor bodyDeadlineTimer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "body-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /**
     * Right after the request firewall (which refuses a bad request before its body is read), and
     * for async dispatches too: it replays the requests whose bodies it has read.
     */
    @Bean
    FilterRegistrationBean<AsyncBodyReader> asyncBodyReader(
            @Value("${teamgate.http.read-bodies-async:true}") boolean enabled,
            @Value("${teamgate.http.body-timeout:10s}") Duration timeout,
            @Value("${teamgate.http.body-min-rate:64KB}") DataSize minRatePerSecond,
            @Value("${teamgate.http.max-body-size:10MB}") DataSize maxBody,
            @Value("${server.tomcat.max-parameter-count:1000}") int maxParameterCount,
            @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxFormPostSize,
            @Value("${teamgate.http.read-ahead-budget:128MB}") DataSize readAheadBudget,
            ScheduledThreadPoolExecutor bodyDeadlineTimer) {
        FilterRegistrationBean<AsyncBodyReader> registration = new FilterRegistrationBean<>(new AsyncBodyReader(
                new BodyDeadline(timeout, minRatePerSecond.toBytes()), maxBody.toBytes(),
                new FormBody.Limits(maxParameterCount, maxFormPostSize.toBytes()), bodyDeadlineTimer,
                new ReadAheadBudget(readAheadBudget.toBytes())));
        registration.setEnabled(enabled);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 9);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * Behind the reader: puts a deadline on the bodies still read by a blocking worker (multipart,
     * or all of them when {@code teamgate.http.read-bodies-async=false}). A replayed request is an
     * async dispatch, which this filter is not registered for.
     */
    @Bean
    FilterRegistrationBean<SlowBodyGuard> slowBodyGuard(
            @Value("${teamgate.http.body-timeout:10s}") Duration timeout,
            @Value("${teamgate.http.body-min-rate:64KB}") DataSize minRatePerSecond,
            @Value("${server.tomcat.max-parameter-count:1000}") int maxParameterCount,
            @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxFormPostSize) {
        FormBody.Limits formLimits = new FormBody.Limits(maxParameterCount, maxFormPostSize.toBytes());
        FilterRegistrationBean<SlowBodyGuard> registration = new FilterRegistrationBean<>(
                new SlowBodyGuard(new BodyDeadline(timeout, minRatePerSecond.toBytes()), formLimits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
