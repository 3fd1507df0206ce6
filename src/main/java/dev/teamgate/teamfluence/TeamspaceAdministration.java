package dev.teamgate.teamfluence;

import dev.teamgate.domain.ConflictException;
import dev.teamgate.domain.NotFoundException;
import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.credential.Credential;
import dev.teamgate.domain.credential.CredentialKind;
import dev.teamgate.domain.credential.CredentialRepository;
import dev.teamgate.domain.credential.CredentialService;
import dev.teamgate.domain.credential.IssuedCredential;
import dev.teamgate.domain.lead.Lead;
import dev.teamgate.domain.lead.LeadFixture;
import dev.teamgate.domain.lead.LeadService;
import dev.teamgate.domain.lead.LeadWebhook;
import dev.teamgate.domain.lead.LeadWebhookService;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import dev.teamgate.teamfluence.ControlPlaneRecords.BillingChange;
import dev.teamgate.teamfluence.ControlPlaneRecords.BillingState;
import dev.teamgate.teamfluence.ControlPlaneRecords.LeadWebhooks;
import dev.teamgate.teamfluence.ControlPlaneRecords.RotatedKey;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What Teamfluence's support and billing would do for a teamspace, done by the control plane:
 * rotate a profile's API key, switch the subscription's API access and billing limitation, set
 * the webhook URLs, and add a lead (which is then sent to those URLs).
 */
@Service
@Transactional
@RequiredArgsConstructor
class TeamspaceAdministration {

    private static final String KEY_PREFIX = "tfk_";

    private final WorkspaceRepository workspaces;
    private final AccountRepository accounts;
    private final CredentialRepository credentialRepository;
    private final CredentialService credentials;
    private final LeadService leads;
    private final LeadWebhookService webhooks;
    private final LeadMapper leadMapper;

    /**
     * Revokes every usable API key of the profile and issues a new one. {@code teamspace} (a slug)
     * is needed only when the same profile id exists in more than one teamspace.
     */
    RotatedKey rotateKey(String profileId, String teamspace) {
        Account profile = profile(profileId, teamspace);
        if (!profile.getRole().isAdministrative()) {
            throw new ConflictException("profile " + profileId
                    + " is not an Administrator or Teamspace Owner, so it cannot hold an API key");
        }
        if (!profile.isActive()) {
            throw new ConflictException("profile " + profileId + " is " + profile.getStatus().name().toLowerCase(Locale.ROOT)
                    + "; its API key cannot be rotated");
        }
        Workspace ws = profile.getWorkspace();
        List<Credential> current = credentialRepository.findByWorkspaceAndKindOrderById(ws, CredentialKind.API_KEY).stream()
                .filter(c -> c.getAccount() != null && c.getAccount().getId().equals(profile.getId()))
                .filter(c -> c.getRevokedAt() == null)
                .toList();
        current.forEach(c -> credentials.revoke(c.getId()));
        IssuedCredential issued = credentials.issue(ws, CredentialKind.API_KEY, profile, KEY_PREFIX);
        issued.credential().setLabel("API key");
        return new RotatedKey(ws.getSlug(), profile.getExternalId(), issued.secret(),
                issued.credential().getDisplayPrefix(), current.size());
    }

    @Transactional(readOnly = true)
    BillingState billing(String teamspace) {
        return billingOf(teamspace(teamspace));
    }

    BillingState changeBilling(String teamspace, BillingChange change) {
        Workspace ws = teamspace(teamspace);
        if (change.apiAccess() != null) {
            ws.setApiAccess(change.apiAccess());
        }
        if (change.billingLimited() != null) {
            ws.setBillingLimited(change.billingLimited());
        }
        return billingOf(ws);
    }

    @Transactional(readOnly = true)
    LeadWebhooks webhooks(String teamspace) {
        Workspace ws = teamspace(teamspace);
        return new LeadWebhooks(ws.getSlug(), webhooks.list(ws).stream().map(LeadWebhook::getUrl).toList());
    }

    LeadWebhooks replaceWebhooks(String teamspace, List<String> urls) {
        Workspace ws = teamspace(teamspace);
        return new LeadWebhooks(ws.getSlug(), webhooks.replace(ws, urls).stream().map(LeadWebhook::getUrl).toList());
    }

    /** Adds the lead and answers with the payload its webhooks receive. */
    LeadWebhookPayload addLead(String teamspace, LeadFixture lead) {
        Lead added = leads.add(teamspace(teamspace), lead);
        return leadMapper.webhookPayload(added, leads.histories(List.of(added)).get(added.getId()));
    }

    private Workspace teamspace(String slug) {
        return workspaces.findByVendorAndSlug(TeamfluenceConfiguration.KEY, slug)
                .orElseThrow(() -> new NotFoundException("teamspace", slug));
    }

    private Account profile(String profileId, String teamspace) {
        List<Account> found = (teamspace == null
                ? workspaces.findByVendorOrderById(TeamfluenceConfiguration.KEY)
                : List.of(teamspace(teamspace))).stream()
                .flatMap(ws -> accounts.findByWorkspaceAndExternalId(ws, profileId).stream())
                .toList();
        if (found.isEmpty()) {
            throw new NotFoundException("profile", profileId);
        }
        if (found.size() > 1) {
            throw new ConflictException("profile " + profileId
                    + " exists in several teamspaces; name one with ?teamspace=<slug>");
        }
        return found.get(0);
    }

    private static BillingState billingOf(Workspace ws) {
        return new BillingState(ws.getSlug(), ws.isApiAccess(), ws.isBillingLimited());
    }
}
