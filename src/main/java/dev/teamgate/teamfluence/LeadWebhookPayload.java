package dev.teamgate.teamfluence;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** What Teamfluence POSTs to a teamspace's webhook URLs when a lead is added. */
record LeadWebhookPayload(
        String id,
        String stage,
        String source,
        @JsonProperty("source_content_url") String sourceContentUrl,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        @JsonProperty("linkedin_url") String linkedinUrl,
        String email,
        @JsonProperty("job_title") String jobTitle,
        String headline,
        @JsonProperty("team_member_email") String teamMemberEmail,
        @JsonProperty("followers_count") Integer followersCount,
        @JsonProperty("connections_count") Integer connectionsCount,
        String picture,
        @JsonProperty("phone_number") String phoneNumber,
        Company company,
        List<HistoryEvent> history) {

    record Company(
            String name,
            String domain,
            String website,
            @JsonProperty("linkedin_url") String linkedinUrl,
            @JsonProperty("employees_num_min") Integer employeesNumMin,
            @JsonProperty("employees_num_max") Integer employeesNumMax,
            List<String> industries,
            List<String> specialties,
            String country,
            String headquarters,
            @JsonProperty("company_type") String companyType,
            Integer followers,
            @JsonProperty("founded_year") Integer foundedYear) {
    }

    record HistoryEvent(
            String id,
            @JsonProperty("event_type") String eventType,
            @JsonProperty("post_url") String postUrl,
            @JsonProperty("comment_url") String commentUrl,
            String description,
            @JsonProperty("created_at") Instant createdAt) {
    }
}
