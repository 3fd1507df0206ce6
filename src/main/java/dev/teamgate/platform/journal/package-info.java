/** The request journal: a bounded record of vendor calls with secrets masked. */
@NullMarked
package dev.teamgate.platform.journal;

import org.jspecify.annotations.NullMarked;
