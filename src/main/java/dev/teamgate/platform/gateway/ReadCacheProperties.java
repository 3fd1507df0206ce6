package dev.teamgate.platform.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code teamgate.read-cache.*}: the cache of vendor GET answers.
 *
 * @param enabled      off for several instances on one database: an instance cannot see the
 *                     others' writes (the {@code postgres} profile turns it off)
 * @param maxSize      bytes of answers kept, least recently used dropped first
 * @param maxEntrySize longer answers are not kept
 */
@ConfigurationProperties("teamgate.read-cache")
public record ReadCacheProperties(@DefaultValue("true") boolean enabled,
                                  @DefaultValue("64MB") DataSize maxSize,
                                  @DefaultValue("256KB") DataSize maxEntrySize) {
}
