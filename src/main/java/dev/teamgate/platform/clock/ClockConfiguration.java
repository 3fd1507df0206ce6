package dev.teamgate.platform.clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    TeamgateClock teamgateClock() {
        return new TeamgateClock();
    }
}
