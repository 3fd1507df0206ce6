package dev.teamgate.testing;

import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 side of {@link TeamgateTest}. The server lives in the root store, so all classes of
 * a run with the same settings share it, and JUnit closes it when the run ends.
 */
public final class TeamgateExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TeamgateExtension.class);
    private static final String HANDLE = "handle";

    @Override
    public void beforeEach(ExtensionContext context) {
        TeamgateTest settings = settings(context);
        Teamgate handle = shared(context).forTest(settings.workspacePerTest());
        if (!settings.workspacePerTest()) {
            handle.admin().reset();
        }
        context.getStore(NAMESPACE).put(HANDLE, handle);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Teamgate handle = context.getStore(NAMESPACE).remove(HANDLE, Teamgate.class);
        if (handle == null) {
            return;
        }
        List<RuntimeException> failures = handle.deleteCreatedWorkspaces();
        if (!failures.isEmpty()) {
            IllegalStateException failure = new IllegalStateException("could not delete the test's workspaces");
            failures.forEach(failure::addSuppressed);
            throw failure;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Teamgate.class || type == TeamgateAdmin.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Teamgate handle = context.getStore(NAMESPACE).get(HANDLE, Teamgate.class);
        if (handle == null) {
            // @BeforeAll, a constructor: the shared server with its seeded workspaces.
            handle = shared(context).forTest(false);
        }
        Parameter declared = parameter.getParameter();
        return declared.getType() == TeamgateAdmin.class ? handle.admin() : handle;
    }

    private static Teamgate shared(ExtensionContext context) {
        TeamgateTest settings = settings(context);
        String jar = settings.jar().isEmpty() ? System.getProperty("teamgate.test.jar", "") : settings.jar();
        String image = settings.image().isEmpty() ? System.getProperty("teamgate.test.image", "") : settings.image();
        String key = "server|" + jar + "|" + image + "|" + Arrays.toString(settings.properties());
        @SuppressWarnings("deprecation") // computeIfAbsent is JUnit 5.13+; this also runs on older 5.x
        SharedServer server = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(key,
                k -> SharedServer.start(jar, image, settings), SharedServer.class);
        return server.template();
    }

    private static TeamgateTest settings(ExtensionContext context) {
        for (Class<?> type = context.getRequiredTestClass(); type != null; type = type.getEnclosingClass()) {
            TeamgateTest found = type.getAnnotation(TeamgateTest.class);
            if (found != null) {
                return found;
            }
        }
        throw new IllegalStateException("TeamgateExtension needs @TeamgateTest on " + context.getRequiredTestClass());
    }

    /** One started server and the handle template for it; closed by JUnit at the end of the run. */
    @SuppressWarnings("deprecation") // CloseableResource: for JUnit before 5.13, which closes only those
    static final class SharedServer implements AutoCloseable, ExtensionContext.Store.CloseableResource {

        private final TeamgateServer server;
        private final Teamgate template;
        private boolean closed;

        private SharedServer(TeamgateServer server, Teamgate template) {
            this.server = server;
            this.template = template;
        }

        static SharedServer start(String jar, String image, TeamgateTest settings) {
            TeamgateServer server;
            if (!image.isEmpty()) {
                server = ContainerServer.start(image, settings.properties());
            } else if (!jar.isEmpty()) {
                server = ProcessServer.start(jar, settings.properties());
            } else {
                server = InProcessServer.start(settings.properties());
            }
            String token = settings.adminToken().isEmpty() ? null : settings.adminToken();
            try {
                TeamgateAdmin admin = TeamgateAdmin.connect(server.baseUrl(), token);
                return new SharedServer(server, new Teamgate(admin, false));
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
        }

        Teamgate template() {
            return template;
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                server.close();
            }
        }
    }
}
