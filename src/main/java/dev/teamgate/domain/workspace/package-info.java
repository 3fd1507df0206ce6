/** Workspaces: the tenants every row belongs to. */
@NullMarked
package dev.teamgate.domain.workspace;

import org.jspecify.annotations.NullMarked;
