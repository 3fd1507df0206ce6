package dev.teamgate.teamfluence;

import java.util.List;

/** One page of posts, newest first: {@code count} is how many match in all. */
record PostList(long count, int limit, int offset, List<Post> posts) {
}
