/** Vendor-neutral problems, their mapping from exceptions, and rendering through each vendor's error renderer. */
@NullMarked
package dev.teamgate.platform.error;

import org.jspecify.annotations.NullMarked;
