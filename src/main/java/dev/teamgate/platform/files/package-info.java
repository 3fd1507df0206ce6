/** Where uploaded file bytes live: a directory of each server's own unless one is configured. */
@NullMarked
package dev.teamgate.platform.files;

import org.jspecify.annotations.NullMarked;
