package dev.teamgate.flowdock;

import dev.teamgate.domain.integration.IntegrationSource;
import java.util.LinkedHashMap;
import java.util.Map;

/** Sources as Flowdock JSON; the {@code flow_token} only in the answer that created it. */
final class SourceMapper {

    private SourceMapper() {
    }

    static FlowdockWire.Source source(FlowdockLinks.Base base, IntegrationSource s, String flowToken) {
        return new FlowdockWire.Source(s.getId(), s.getName(), base.source(s.getRoom(), s.getId()), s.getExternalUrl(),
                s.getErrorMessage(), s.getConfigurationUrl(), FlowdockLinks.timestamp(s.getCreatedAt()),
                FlowdockLinks.timestamp(s.getUpdatedAt()), flowToken, Map.of(), application(base, s),
                s.getCreator() == null ? null : FlowMapper.user(s.getCreator(), null));
    }

    private static Map<String, Object> application(FlowdockLinks.Base base, IntegrationSource s) {
        if (s.getApplicationRef() == null && s.getApplicationName() == null) {
            return null;
        }
        Map<String, Object> app = new LinkedHashMap<>();
        app.put("id", FlowdockLinks.id(s.getApplicationRef()));
        app.put("name", s.getApplicationName());
        app.put("icon_url", s.getApplicationIcon());
        app.put("url", s.getApplicationRef() == null ? null : base.application(s.getApplicationRef()));
        return app;
    }
}
