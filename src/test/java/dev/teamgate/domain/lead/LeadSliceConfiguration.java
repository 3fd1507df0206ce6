package dev.teamgate.domain.lead;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The lead services and their package-private fixture sections, for the shared domain slice. */
@TestConfiguration(proxyBeanMethods = false)
@Import({LeadService.class, LeadWebhookService.class,
        LeadsFixtureSection.class, CampaignsFixtureSection.class, LeadWebhooksFixtureSection.class})
public class LeadSliceConfiguration {
}
