/** Room invitations. */
@NullMarked
package dev.teamgate.domain.invitation;

import org.jspecify.annotations.NullMarked;
