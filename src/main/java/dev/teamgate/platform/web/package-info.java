/** Spring MVC wiring for vendor controllers: the caller argument, one transaction per vendor call, content negotiation fallbacks, OAuth endpoints' uncached answers. */
@NullMarked
package dev.teamgate.platform.web;

import org.jspecify.annotations.NullMarked;
