/** OpenAPI groups: one per vendor plus the control plane. */
@NullMarked
package dev.teamgate.platform.openapi;

import org.jspecify.annotations.NullMarked;
