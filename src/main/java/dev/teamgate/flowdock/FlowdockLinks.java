package dev.teamgate.flowdock;

import dev.teamgate.domain.credential.SecretHasher;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.platform.nativeport.NativePorts;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The URLs that Flowdock JSON carries, pointing back at this server: under {@code /flowdock} on the
 * main port, at the root on the native port. {@code web_url}s point at the configured web app base.
 */
@Component
@RequiredArgsConstructor
class FlowdockLinks {

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final NativePorts nativePorts;
    private final FlowdockProperties properties;

    Base of(HttpServletRequest request) {
        StringBuilder api = new StringBuilder();
        api.append(request.getScheme()).append("://").append(request.getServerName());
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        if (!defaultPort) {
            api.append(':').append(port);
        }
        api.append(request.getContextPath());
        boolean onNativePort = request.getLocalPort() == nativePorts.actualPort(FlowdockConfiguration.KEY);
        if (!onNativePort) {
            api.append(FlowdockPaths.PREFIX);
        }
        String web = properties.webUrl().endsWith("/")
                ? properties.webUrl().substring(0, properties.webUrl().length() - 1) : properties.webUrl();
        return new Base(api.toString(), web);
    }

    /** {@code 2011-10-04T08:02:20.213Z}: always UTC, always milliseconds. */
    static String timestamp(Instant instant) {
        return instant == null ? null : ISO_MILLIS.format(instant);
    }

    /** Flowdock ids are numbers when they look like numbers. */
    static Object id(String externalId) {
        if (externalId != null && externalId.matches("-?\\d{1,18}")) {
            return Long.parseLong(externalId);
        }
        return externalId;
    }

    record Base(String api, String web) {

        String organization(Workspace ws) {
            return api + "/organizations/" + ws.getSlug();
        }

        String flow(Room room) {
            return api + "/flows/" + room.getWorkspace().getSlug() + "/" + room.getSlug();
        }

        String webFlow(Room room) {
            return web + "/app/" + room.getWorkspace().getSlug() + "/" + room.getSlug();
        }

        String joinUrl(Room room) {
            return web + "/invitations/" + SecretHasher.sha256Hex("join:" + room.getExternalId()).substring(0, 40)
                    + "-" + room.getSlug();
        }

        String message(Room room, long seq) {
            return flow(room) + "/messages/" + seq;
        }

        String privateConversation(String userId) {
            return api + "/private/" + userId;
        }

        String source(Room room, long id) {
            return flow(room) + "/sources/" + id;
        }

        String invitation(Room room, long id) {
            return flow(room) + "/invitations/" + id;
        }

        String application(String ref) {
            return api + "/oauth/applications/" + ref;
        }
    }
}
