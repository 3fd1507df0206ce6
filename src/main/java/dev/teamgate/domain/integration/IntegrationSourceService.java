package dev.teamgate.domain.integration;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.credential.CredentialKind;
import dev.teamgate.domain.credential.CredentialService;
import dev.teamgate.domain.credential.IssuedCredential;
import dev.teamgate.domain.room.Room;
import java.time.Clock;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Connects and disconnects sources; each connection gets its own room token. */
@Service
@RequiredArgsConstructor
public class IntegrationSourceService {

    /** The credential binding that marks a room token as a source's token. */
    public static final String TOKEN_BINDING = "source";

    private final IntegrationSourceRepository sources;
    private final CredentialService credentials;
    private final Clock clock;

    /** Connects a source to {@code room}; the returned secret is the token, shown this once. */
    @Transactional
    public ConnectedSource connect(Room room, Account creator, NewSource request) {
        IssuedCredential token = credentials.issue(room.getWorkspace(), CredentialKind.ROOM_TOKEN, null, "");
        token.credential().setRoom(room);
        token.credential().setLabel(request.name());
        token.credential().setBinding(TOKEN_BINDING);
        IntegrationSource source = new IntegrationSource(room, request.name(), clock.instant());
        source.setCredential(token.credential());
        source.setCreator(creator);
        source.setExternalUrl(request.externalUrl());
        source.setApplicationRef(request.applicationRef());
        source.setApplicationName(request.applicationName());
        source.setApplicationIcon(request.applicationIcon());
        return new ConnectedSource(sources.save(source), token.secret());
    }

    /** Disconnects a source: its token stops working at once. */
    @Transactional
    public void disconnect(IntegrationSource source) {
        if (source.isDeleted()) {
            return;
        }
        source.setDeletedAt(clock.instant());
        source.setUpdatedAt(clock.instant());
        if (source.getCredential() != null) {
            credentials.revoke(source.getCredential().getId());
        }
    }

    /** Sets or clears the error shown for a source and where it is configured. */
    @Transactional
    public IntegrationSource update(IntegrationSource source, String errorMessage, boolean changeError,
                                    String configurationUrl, boolean changeConfigurationUrl) {
        if (changeError) {
            source.setErrorMessage(errorMessage == null || errorMessage.isEmpty() ? null : errorMessage);
        }
        if (changeConfigurationUrl) {
            source.setConfigurationUrl(configurationUrl == null || configurationUrl.isEmpty() ? null : configurationUrl);
        }
        source.setUpdatedAt(clock.instant());
        return sources.save(source);
    }

    public record NewSource(String name, String externalUrl, String applicationRef, String applicationName,
                            String applicationIcon) {
    }

    public record ConnectedSource(IntegrationSource source, String token) {
    }
}
