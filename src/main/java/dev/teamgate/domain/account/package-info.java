/** Accounts (users) of a workspace. */
@NullMarked
package dev.teamgate.domain.account;

import org.jspecify.annotations.NullMarked;
