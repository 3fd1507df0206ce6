/** OAuth applications, grants and tokens. */
@NullMarked
package dev.teamgate.domain.oauth;

import org.jspecify.annotations.NullMarked;
