package dev.teamgate.teamfluence;

import dev.teamgate.domain.feed.FeedPage;
import dev.teamgate.domain.feed.FeedPosts;
import dev.teamgate.domain.feed.FeedQuery;
import dev.teamgate.domain.lead.Lead;
import dev.teamgate.domain.lead.LeadEngagement;
import dev.teamgate.domain.lead.LeadService;
import dev.teamgate.domain.message.Message;
import dev.teamgate.domain.workspace.Workspace;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads posts and their leads for the API, mapping inside one read-only transaction. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class TeamspaceFeed {

    private final FeedPosts feed;
    private final LeadService leads;
    private final PostMapper postMapper;
    private final LeadMapper leadMapper;

    PostList posts(Workspace teamspace, FeedQuery query) {
        FeedPage page = feed.find(teamspace, query);
        return new PostList(page.total(), query.limit(), query.offset(),
                page.posts().stream().map(postMapper::post).toList());
    }

    LeadList leads(Workspace teamspace, String activityId, boolean qualifiedOnly) {
        Message post = feed.byThreadKey(teamspace, activityId)
                .orElseThrow(TeamfluenceError.NOT_FOUND::exception);
        List<Lead> engaged = leads.engagedWith(post, qualifiedOnly);
        Map<Long, List<LeadEngagement>> histories = leads.histories(engaged);
        return new LeadList(engaged.size(),
                engaged.stream().map(l -> leadMapper.engaged(l, histories.get(l.getId()))).toList());
    }
}
