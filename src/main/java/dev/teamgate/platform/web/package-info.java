/** Spring MVC wiring for vendor controllers: the caller argument, one transaction per vendor call, content negotiation fallbacks, OAuth endpoints' uncached answers (a refused authorization's 302 among them). */
@NullMarked
package dev.teamgate.platform.web;

import org.jspecify.annotations.NullMarked;
