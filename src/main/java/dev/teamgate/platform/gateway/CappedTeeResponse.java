package dev.teamgate.platform.gateway;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Writes straight through to the client (so streams keep streaming) while keeping a copy of the
 * first {@code limit} bytes for the journal.
 */
class CappedTeeResponse extends HttpServletResponseWrapper {

    private final int limit;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private long written;
    private ServletOutputStream stream;
    private PrintWriter writer;

    CappedTeeResponse(HttpServletResponse response, int limit) {
        super(response);
        this.limit = limit;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new TeeStream(super.getOutputStream());
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset), false);
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        super.flushBuffer();
    }

    String copiedBody() {
        if (writer != null) {
            writer.flush();
        }
        synchronized (copy) {
            return copy.toString(StandardCharsets.UTF_8);
        }
    }

    private final class TeeStream extends ServletOutputStream {
        private final ServletOutputStream target;

        private TeeStream(ServletOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
            synchronized (copy) {
                written++;
                if (copy.size() < limit) {
                    copy.write(b);
                }
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target.write(b, off, len);
            synchronized (copy) {
                written += len;
                int room = limit - copy.size();
                if (room > 0) {
                    copy.write(b, off, Math.min(room, len));
                }
            }
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }

        @Override
        public boolean isReady() {
            return target.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            target.setWriteListener(listener);
        }
    }
}
