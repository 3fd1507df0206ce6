package dev.teamgate.teamfluence;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** A lead that engaged with a post, as {@code GET /{profile_id}/activity/{activityId}/leads} lists it. */
record EngagedLead(
        String id,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        @JsonProperty("linkedin_url") String linkedinUrl,
        String email,
        @JsonProperty("contact_email") String contactEmail,
        @JsonProperty("phone_number") String phoneNumber,
        String headline,
        @JsonProperty("job_title") String jobTitle,
        String picture,
        Company company,
        @JsonProperty("engagement_score") int engagementScore,
        @JsonProperty("engagement_events_count") int engagementEventsCount,
        List<HistoryEvent> history) {

    record Company(String name, String website, @JsonProperty("linkedin_url") String linkedinUrl) {
    }

    record HistoryEvent(
            @JsonProperty("event_type") String eventType,
            String description,
            @JsonProperty("created_at") Instant createdAt,
            @JsonProperty("post_url") String postUrl) {
    }
}
