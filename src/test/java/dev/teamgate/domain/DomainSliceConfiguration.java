package dev.teamgate.domain;

import dev.teamgate.domain.credential.CredentialService;
import dev.teamgate.domain.credential.CredentialLookup;
import dev.teamgate.domain.fixture.FixtureExporter;
import dev.teamgate.domain.fixture.FixtureLoader;
import dev.teamgate.domain.fixture.WorkspaceDeleter;
import dev.teamgate.domain.feed.FeedPosts;
import dev.teamgate.domain.lead.LeadSliceConfiguration;
import dev.teamgate.domain.message.MessageBulkLoader;
import dev.teamgate.domain.message.MessageService;
import dev.teamgate.domain.message.RoomSequence;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the domain services need beside JPA in a {@code @DataJpaTest} slice. Every slice test imports
 * exactly this (and nothing else), so they all share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({FixtureLoader.class, FixtureExporter.class, WorkspaceDeleter.class, MessageService.class,
        RoomSequence.class, CredentialService.class, CredentialLookup.class, MessageBulkLoader.class,
        FeedPosts.class, LeadSliceConfiguration.class})
public class DomainSliceConfiguration {

    public static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Bean
    ObjectMapper objectMapper() {
        return JsonMapper.builder().build();
    }
}
