package dev.teamgate.platform.fault;

import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Field;
import org.apache.catalina.connector.Response;
import org.apache.catalina.connector.ResponseFacade;
import org.apache.coyote.ActionCode;

/**
 * Closes the client's connection without an answer, as a crashed or overloaded server would. The
 * Servlet API has no such call, so this reaches Tomcat's own response (the embedded server is
 * fixed by the build); if that ever fails, the answer is cut short instead, which clients see as
 * a broken response too.
 */
public final class ConnectionDropper {

    private ConnectionDropper() {
    }

    public static void drop(HttpServletResponse response) throws IOException {
        ServletResponse raw = response;
        while (raw instanceof ServletResponseWrapper wrapper) {
            raw = wrapper.getResponse();
        }
        if (raw instanceof ResponseFacade facade) {
            try {
                Field field = ResponseFacade.class.getDeclaredField("response");
                field.setAccessible(true);
                Response tomcat = (Response) field.get(facade);
                tomcat.getCoyoteResponse().action(ActionCode.CLOSE_NOW, null);
                return;
            } catch (ReflectiveOperationException | RuntimeException fallThrough) {
                // fall back to a truncated answer below
            }
        }
        response.setHeader("Connection", "close");
        response.setContentLength(1024);
        response.flushBuffer();
    }
}
