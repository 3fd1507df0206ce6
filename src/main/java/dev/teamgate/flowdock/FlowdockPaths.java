package dev.teamgate.flowdock;

import jakarta.servlet.http.HttpServletRequest;

/** Where Flowdock lives under Teamgate, and which routes need no user. */
final class FlowdockPaths {

    static final String PREFIX = "/flowdock";
    static final String V1 = "/flowdock/v1";
    static final String STREAM = "/flowdock/stream";

    private FlowdockPaths() {
    }

    /** The path after {@code /flowdock} (and after an optional {@code /v1}), e.g. {@code /flows/acme/main}. */
    static String route(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(V1 + "/") || path.equals(V1)) {
            return path.substring(V1.length());
        }
        return path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
    }

    /**
     * Routes where a source's {@code flow_token} authenticates (updates also take PATCH, as rest.md
     * says). Posting to a flow's messages takes it too: the messages docs allow every authentication
     * method there.
     */
    static boolean takesFlowToken(String method, String route) {
        return ("POST".equals(method) && (route.equals("/messages") || isFlowMessages(route)))
                || (("GET".equals(method) || "PUT".equals(method) || "PATCH".equals(method)) && route.equals("/sources"));
    }

    /** {@code /flows/:org/:flow/messages}. */
    static boolean isFlowMessages(String route) {
        String[] parts = route.split("/", -1);
        return parts.length == 5 && parts[0].isEmpty() && parts[1].equals("flows") && !parts[2].isEmpty()
                && !parts[3].isEmpty() && parts[4].equals("messages");
    }

    /** The OAuth endpoints, where the client authenticates itself with its id and secret. */
    static boolean isOAuth(String route) {
        return route.equals("/oauth") || route.startsWith("/oauth/");
    }

    /**
     * Routes that may arrive without credentials: those taking a body-borne {@code flow_token}, and
     * the deprecated push API whose token is in the path.
     */
    static boolean allowsAnonymous(String method, String route) {
        return takesFlowToken(method, route)
                || ("POST".equals(method) && (route.startsWith("/messages/chat/") || route.startsWith("/messages/team_inbox/")));
    }
}
