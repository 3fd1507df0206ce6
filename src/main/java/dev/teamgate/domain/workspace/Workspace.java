package dev.teamgate.domain.workspace;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A tenant: one vendor's organization, company, teamspace or workspace. The {@code vendor} key
 * says which emulated API owns it; nothing here depends on what that vendor does with it.
 */
@Entity
public class Workspace {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String vendor;
    private String slug;
    private String externalId;
    private String name;
    private String plan;
    private boolean apiAccess = true;
    private boolean billingLimited;
    private Instant createdAt;

    /** Free-form per-workspace knobs (for example a hash algorithm or a time zone). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "workspace_setting", joinColumns = @JoinColumn(name = "workspace_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "setting_value")
    private Map<String, String> settings = new TreeMap<>();

    protected Workspace() {
    }

    /**
     * Set ("true") on a workspace created for one test: its accounts are a world of their own and
     * never join accounts of other workspaces that share an external id.
     */
    public static final String ISOLATED_SETTING = "teamgate.isolated";

    public Workspace(String vendor, String slug, String externalId, String name, Instant createdAt) {
        this.vendor = vendor;
        this.slug = slug;
        this.externalId = externalId;
        this.name = name;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getVendor() { return vendor; }
    public String getSlug() { return slug; }
    public String getExternalId() { return externalId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPlan() { return plan; }
    public void setPlan(String plan) { this.plan = plan; }
    public boolean isApiAccess() { return apiAccess; }
    public void setApiAccess(boolean apiAccess) { this.apiAccess = apiAccess; }
    public boolean isBillingLimited() { return billingLimited; }
    public void setBillingLimited(boolean billingLimited) { this.billingLimited = billingLimited; }
    public Instant getCreatedAt() { return createdAt; }
    public Map<String, String> getSettings() { return settings; }

    public Optional<String> setting(String name) {
        return Optional.ofNullable(settings.get(name));
    }
}
