/** Feed posts and their paging. */
@NullMarked
package dev.teamgate.domain.feed;

import org.jspecify.annotations.NullMarked;
