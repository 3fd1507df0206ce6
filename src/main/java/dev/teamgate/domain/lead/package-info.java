/** Leads, campaigns and their engagement history. */
@NullMarked
package dev.teamgate.domain.lead;

import org.jspecify.annotations.NullMarked;
