/** Small HTML pages some vendors serve to a browser (OAuth consent), escaped the one way. */
@NullMarked
package dev.teamgate.platform.html;

import org.jspecify.annotations.NullMarked;
