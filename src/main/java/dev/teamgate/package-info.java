/** Teamgate: one Spring Boot server that emulates five team-collaboration REST APIs over one stateful domain. */
@NullMarked
package dev.teamgate;

import org.jspecify.annotations.NullMarked;
