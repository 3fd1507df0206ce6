/** The one reset path and the listeners it calls. */
@NullMarked
package dev.teamgate.platform.reset;

import org.jspecify.annotations.NullMarked;
