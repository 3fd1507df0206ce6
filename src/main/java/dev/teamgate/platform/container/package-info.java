/** Errors the servlet container raises itself, answered in the owning vendor's shape. */
@NullMarked
package dev.teamgate.platform.container;

import org.jspecify.annotations.NullMarked;
