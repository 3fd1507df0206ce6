package dev.teamgate.domain.feed;

import dev.teamgate.domain.message.Message;
import java.util.List;

/** One page of feed posts and how many match in all. */
public record FeedPage(long total, List<Message> posts) {
}
