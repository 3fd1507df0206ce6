package dev.teamgate;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Teamgate: one server emulating several team-collaboration vendors over one stateful domain. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TeamgateApplication {

    public static void main(String[] args) {
        SpringApplication.run(TeamgateApplication.class, args);
    }
}
