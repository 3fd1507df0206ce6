/** The vendor-neutral JPA domain: entities, repositories, transactional services and domain errors; knows no web, platform or vendor code. */
@NullMarked
package dev.teamgate.domain;

import org.jspecify.annotations.NullMarked;
