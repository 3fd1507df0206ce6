package dev.teamgate.flowdock;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * Flowdock's JSON shapes, field for field as its API documentation prints them. Fields marked
 * {@code NON_NULL} appear only when they apply (a thread on a threaded message, {@code join_url}
 * on a flow people can join by link).
 */
final class FlowdockWire {

    private FlowdockWire() {
    }

    record Flow(String id, String name, @JsonProperty("parameterized_name") String parameterizedName,
                FlowOrganization organization, @JsonProperty("unread_mentions") long unreadMentions, boolean open,
                boolean joined, String url, @JsonProperty("web_url") String webUrl,
                @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("join_url") String joinUrl,
                @JsonProperty("access_mode") String accessMode,
                @JsonInclude(JsonInclude.Include.NON_NULL) List<FlowUser> users) {
    }

    record FlowOrganization(Object id, String name, @JsonProperty("parameterized_name") String parameterizedName,
                            @JsonProperty("user_limit") long userLimit, @JsonProperty("user_count") long userCount,
                            boolean active, String url) {
    }

    record Organization(Object id, @JsonProperty("parameterized_name") String parameterizedName, String name,
                        @JsonProperty("user_limit") long userLimit, @JsonProperty("user_count") long userCount,
                        boolean active, String url, Map<String, Object> subscription,
                        List<OrganizationMember> users) {
    }

    record OrganizationMember(Object id, String name, String email, boolean admin) {
    }

    /** A user as a flow lists it. */
    record FlowUser(Object id, String nick, String name, String email, String avatar, String status,
                    boolean disabled, @JsonProperty("last_activity") Long lastActivity,
                    @JsonProperty("last_ping") Long lastPing) {
    }

    /** A user as /users lists it; {@code admin} only in an organization's list. */
    record User(Object id, String email, String name, String nick, String avatar, String website,
                @JsonInclude(JsonInclude.Include.NON_NULL) Boolean admin) {
    }

    record PrivateUser(Object id, String nick, String email, String avatar, String name) {
    }

    record PrivateConversation(Object id, String url, String name, boolean open, Map<String, Object> activity,
                               List<PrivateUser> users) {
    }

    record Message(long id, String event, Object content, List<String> tags, String uuid, String user,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String flow,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String to,
                   long sent, String app, List<Object> attachments,
                   @JsonProperty("created_at") String createdAt, Long edited,
                   @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("external_user_name") String externalUserName,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String title,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String body,
                   @JsonInclude(JsonInclude.Include.NON_NULL) Object author,
                   @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("thread_id") String threadId,
                   @JsonInclude(JsonInclude.Include.NON_NULL) Thread thread) {
    }

    record Thread(String id, String title, String body, @JsonProperty("external_url") String externalUrl,
                  Map<String, String> status, Object actions, Object fields, Map<String, Object> source,
                  long activities, @JsonProperty("internal_comments") long internalComments,
                  @JsonProperty("external_comments") long externalComments,
                  @JsonProperty("updated_at") String updatedAt, @JsonProperty("created_at") String createdAt) {
    }

    record Source(long id, String name, String url,
                  @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("external_url") String externalUrl,
                  @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("error_message") String errorMessage,
                  @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("configuration_url") String configurationUrl,
                  @JsonProperty("created_at") String createdAt, @JsonProperty("updated_at") String updatedAt,
                  @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("flow_token") String flowToken,
                  @JsonProperty("_links") Map<String, Object> links, Map<String, Object> application, User creator) {
    }

    record Invitation(long id, String state, String email, String flow, String url) {
    }

    record InvitationImport(List<Invitation> invitations, @JsonProperty("added_users") List<FlowUser> addedUsers,
                            @JsonProperty("erroneous_emails") List<Map<String, String>> erroneousEmails) {
    }
}
