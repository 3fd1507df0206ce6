package dev.teamgate.platform.slowclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.teamgate.platform.error.SlowRequestBodyException;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * On the blocking path a client that goes silent is cut off by the container's read timeout,
 * usually just before its body deadline: that is a slow body (400), not a server failure (500).
 */
class DeadlineInputStreamTest {

    @Test
    void aReadTimeoutIsATooSlowBodyAndDropsTheConnection() {
        AtomicBoolean dropped = new AtomicBoolean();
        DeadlineInputStream stream = new DeadlineInputStream(failing(new IOException(new SocketTimeoutException())),
                new BodyDeadline(Duration.ofSeconds(10), 65536), () -> dropped.set(true));

        assertThatThrownBy(() -> stream.read(new byte[8], 0, 8)).isInstanceOf(SlowRequestBodyException.class);
        assertThat(dropped).isTrue();
    }

    @Test
    void otherReadFailuresPassUnchanged() {
        IOException malformed = new IOException("Invalid chunk header");
        AtomicBoolean dropped = new AtomicBoolean();
        DeadlineInputStream stream = new DeadlineInputStream(failing(malformed),
                new BodyDeadline(Duration.ofSeconds(10), 65536), () -> dropped.set(true));

        assertThatThrownBy(stream::read).isSameAs(malformed);
        assertThat(dropped).isFalse();
    }

    private static ServletInputStream failing(IOException failure) {
        return new ServletInputStream() {
            @Override
            public int read() throws IOException {
                throw failure;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                throw failure;
            }

            @Override
            public boolean isFinished() {
                return false;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
            }
        };
    }
}
