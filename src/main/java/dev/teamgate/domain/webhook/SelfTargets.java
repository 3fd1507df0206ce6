package dev.teamgate.domain.webhook;

/**
 * Tells whether an outbound webhook URL would call this server itself (one of its own ports on a
 * local address). The domain refuses such URLs when they are registered; the web layer, which
 * knows the ports, answers the question.
 */
public interface SelfTargets {

    boolean isSelf(String url);
}
