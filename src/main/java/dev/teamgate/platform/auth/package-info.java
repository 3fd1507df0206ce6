/** Authentication contracts: the caller, the outcome of authentication and the vendor authenticator SPI. */
@NullMarked
package dev.teamgate.platform.auth;

import org.jspecify.annotations.NullMarked;
