package dev.teamgate.domain.account;

import dev.teamgate.domain.workspace.Workspace;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;

/** A person in a workspace, with the presence and absence data the vendors expose. */
@Entity
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Workspace workspace;

    private String slug;
    private String externalId;
    private String email;
    private String name;
    private String nick;

    @Enumerated(EnumType.STRING)
    private AccountRole role = AccountRole.MEMBER;

    @Enumerated(EnumType.STRING)
    private AccountStatus status = AccountStatus.ACTIVE;

    private String passwordHash;
    private String avatarUrl;
    private String phone;
    private String mobile;
    private String position;
    private LocalDate awayFrom;
    private LocalDate awayUntil;
    private String substitution;
    private boolean doNotDisturb;
    private String onlineState;
    private Instant createdAt;

    protected Account() {
    }

    public Account(Workspace workspace, String slug, String externalId, String name, Instant createdAt) {
        this.workspace = workspace;
        this.slug = slug;
        this.externalId = externalId;
        this.name = name;
        this.createdAt = createdAt;
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public Long getId() { return id; }
    public Workspace getWorkspace() { return workspace; }
    public String getSlug() { return slug; }
    public String getExternalId() { return externalId; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNick() { return nick; }
    public void setNick(String nick) { this.nick = nick; }
    public AccountRole getRole() { return role; }
    public void setRole(AccountRole role) { this.role = role; }
    public AccountStatus getStatus() { return status; }
    public void setStatus(AccountStatus status) { this.status = status; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public String getAvatarUrl() { return avatarUrl; }
    public void setAvatarUrl(String avatarUrl) { this.avatarUrl = avatarUrl; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public LocalDate getAwayFrom() { return awayFrom; }
    public void setAwayFrom(LocalDate awayFrom) { this.awayFrom = awayFrom; }
    public LocalDate getAwayUntil() { return awayUntil; }
    public void setAwayUntil(LocalDate awayUntil) { this.awayUntil = awayUntil; }
    public String getSubstitution() { return substitution; }
    public void setSubstitution(String substitution) { this.substitution = substitution; }
    public boolean isDoNotDisturb() { return doNotDisturb; }
    public void setDoNotDisturb(boolean doNotDisturb) { this.doNotDisturb = doNotDisturb; }
    public String getOnlineState() { return onlineState; }
    public void setOnlineState(String onlineState) { this.onlineState = onlineState; }
    public Instant getCreatedAt() { return createdAt; }
}
