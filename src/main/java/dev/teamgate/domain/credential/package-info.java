/** Credentials: hashed secrets, passwords and their lookup. */
@NullMarked
package dev.teamgate.domain.credential;

import org.jspecify.annotations.NullMarked;
