/** Contacts. */
@NullMarked
package dev.teamgate.domain.contact;

import org.jspecify.annotations.NullMarked;
