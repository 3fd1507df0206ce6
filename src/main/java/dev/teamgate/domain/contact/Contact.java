package dev.teamgate.domain.contact;

import dev.teamgate.domain.workspace.Workspace;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** Someone outside the workspace that its members talk to: a customer, a lead, a requester. */
@Entity
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Workspace workspace;

    private String externalId;
    private String name;
    private String email;
    /** {@code lower(email)} once claimed ({@link #claimEmail}): unique per workspace; null otherwise. */
    private String emailKey;
    private String phone;
    private String company;
    private Instant createdAt;
    private Instant updatedAt;

    protected Contact() {
    }

    public Contact(Workspace workspace, String externalId, Instant createdAt) {
        this.workspace = workspace;
        this.externalId = externalId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public Long getId() { return id; }
    public Workspace getWorkspace() { return workspace; }
    public String getExternalId() { return externalId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) {
        this.email = email;
        if (emailKey != null) {
            emailKey = emailKeyOf(email);
        }
    }

    /**
     * Makes this contact's email unique in its workspace (the key {@code uk_contact_email_key}).
     * Only vendors that promise one contact per email (CommFlow, through {@link ContactEmails})
     * claim it; others (Teamfluence leads) may have several contacts with one email.
     */
    public void claimEmail() {
        emailKey = emailKeyOf(email);
    }

    /** How emails compare: trimmed and lower-cased, so Ann@X.io and ann@x.io are one contact. */
    public static String emailKeyOf(String email) {
        return email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
    }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getCompany() { return company; }
    public void setCompany(String company) { this.company = company; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
