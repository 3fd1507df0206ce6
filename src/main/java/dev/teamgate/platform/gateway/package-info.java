/** The request pipeline: the vendor gateway filter and its ordered steps. */
@NullMarked
package dev.teamgate.platform.gateway;

import org.jspecify.annotations.NullMarked;
