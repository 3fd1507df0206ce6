package dev.teamgate.domain.lead;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.contact.Contact;
import dev.teamgate.domain.workspace.Workspace;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * A prospect the workspace's members have noticed: a {@link Contact} (name, email, phone, company
 * name) plus what is known about the person's public profile, their company, and how much they
 * engage ({@code score}, and the {@link LeadEngagement}s that make up their history).
 */
@Entity
public class Lead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Workspace workspace;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Contact contact;

    private String externalId;
    private String firstName;
    private String lastName;
    /** A second address the person published, beside the contact's work email. */
    private String contactEmail;
    private String headline;
    private String jobTitle;
    private String pictureUrl;
    /** The person's public profile page. */
    private String profileUrl;
    private Integer followersCount;
    private Integer connectionsCount;
    private String stage;
    private String source;
    private String sourceUrl;
    private boolean qualified;
    private int score;

    /** The member who owns the relationship (the one whose activity brought the lead in). */
    @ManyToOne(fetch = FetchType.LAZY)
    private Account owner;

    @ManyToOne(fetch = FetchType.LAZY)
    private Campaign campaign;

    private String companyDomain;
    private String companyWebsite;
    private String companyProfileUrl;

    /** Further facts about the company (size, industries, location, …) as a JSON object. */
    @Column(length = 1_000_000)
    private String companyDetails;

    private Instant createdAt;

    protected Lead() {
    }

    public Lead(Workspace workspace, Contact contact, String externalId, Instant createdAt) {
        this.workspace = workspace;
        this.contact = contact;
        this.externalId = externalId;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Workspace getWorkspace() { return workspace; }
    public Contact getContact() { return contact; }
    public String getExternalId() { return externalId; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getHeadline() { return headline; }
    public void setHeadline(String headline) { this.headline = headline; }
    public String getJobTitle() { return jobTitle; }
    public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
    public String getPictureUrl() { return pictureUrl; }
    public void setPictureUrl(String pictureUrl) { this.pictureUrl = pictureUrl; }
    public String getProfileUrl() { return profileUrl; }
    public void setProfileUrl(String profileUrl) { this.profileUrl = profileUrl; }
    public Integer getFollowersCount() { return followersCount; }
    public void setFollowersCount(Integer followersCount) { this.followersCount = followersCount; }
    public Integer getConnectionsCount() { return connectionsCount; }
    public void setConnectionsCount(Integer connectionsCount) { this.connectionsCount = connectionsCount; }
    public String getStage() { return stage; }
    public void setStage(String stage) { this.stage = stage; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getSourceUrl() { return sourceUrl; }
    public void setSourceUrl(String sourceUrl) { this.sourceUrl = sourceUrl; }
    public boolean isQualified() { return qualified; }
    public void setQualified(boolean qualified) { this.qualified = qualified; }
    public int getScore() { return score; }
    public void setScore(int score) { this.score = score; }
    public Account getOwner() { return owner; }
    public void setOwner(Account owner) { this.owner = owner; }
    public Campaign getCampaign() { return campaign; }
    public void setCampaign(Campaign campaign) { this.campaign = campaign; }
    public String getCompanyDomain() { return companyDomain; }
    public void setCompanyDomain(String companyDomain) { this.companyDomain = companyDomain; }
    public String getCompanyWebsite() { return companyWebsite; }
    public void setCompanyWebsite(String companyWebsite) { this.companyWebsite = companyWebsite; }
    public String getCompanyProfileUrl() { return companyProfileUrl; }
    public void setCompanyProfileUrl(String companyProfileUrl) { this.companyProfileUrl = companyProfileUrl; }
    public String getCompanyDetails() { return companyDetails; }
    public void setCompanyDetails(String companyDetails) { this.companyDetails = companyDetails; }
    public Instant getCreatedAt() { return createdAt; }
}
