/** Stored files (uploads) and their storage. */
@NullMarked
package dev.teamgate.domain.file;

import org.jspecify.annotations.NullMarked;
