package dev.teamgate.platform.webhook;

/** Where a delivery stands: waiting for an attempt, delivered (2xx), or given up after the last attempt. */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED
}
