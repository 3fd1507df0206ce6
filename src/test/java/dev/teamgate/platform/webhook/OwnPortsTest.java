package dev.teamgate.platform.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A webhook URL naming one of our ports on a local address is ours; anything else is not. */
class OwnPortsTest {

    @Test
    void ourPortsOnAnyLocalAddressAreRecognised() {
        OwnPorts ports = new OwnPorts();
        ports.add(18080);
        ports.add(18081);

        assertThat(ports.isTargetedBy("http://127.0.0.1:18080/_admin/reset")).isTrue();
        assertThat(ports.isTargetedBy("http://localhost:18081/flows")).isTrue();
        assertThat(ports.isTargetedBy("http://127.1.2.3:18080/")).isTrue();
        assertThat(ports.isTargetedBy("http://0.0.0.0:18080/")).isTrue();
        assertThat(ports.isTargetedBy("http://[::1]:18080/")).isTrue();
        assertThat(ports.isTargetedBy("HTTP://LOCALHOST:18080/x")).isTrue();
    }

    @Test
    void otherPortsAndOtherHostsAreNot() {
        OwnPorts ports = new OwnPorts();
        ports.add(18080);

        assertThat(ports.isTargetedBy("http://127.0.0.1:18082/hook")).isFalse();
        assertThat(ports.isTargetedBy("http://127.0.0.1/hook")).isFalse();
        assertThat(ports.isTargetedBy("https://hooks.invalid:18080/x")).isFalse();
        assertThat(ports.isTargetedBy("not a url")).isFalse();
    }
}
