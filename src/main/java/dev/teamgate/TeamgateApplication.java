package dev.teamgate;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;

/**
 * Teamgate: one server emulating several team-collaboration vendors over one stateful domain.
 * Beans are named by their fully qualified class name: vendor packages share file roles by design,
 * so two vendors may well both have a {@code FileUploads} or a {@code MessageMapper}.
 */
@SpringBootApplication(nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
@ConfigurationPropertiesScan
public class TeamgateApplication {

    public static void main(String[] args) {
        SpringApplication.run(TeamgateApplication.class, args);
    }
}
