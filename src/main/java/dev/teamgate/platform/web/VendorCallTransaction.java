package dev.teamgate.platform.web;

import dev.teamgate.platform.vendor.VendorContext;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod;

/**
 * Runs a vendor controller method in one transaction: the one clear boundary of a vendor call
 * (open-in-view is off). The transaction covers the method only: its arguments (the request body
 * among them) are read before it begins and its answer is written after it commits, so a slow
 * client never holds a database connection and a client never reads an answer whose write has not
 * committed. The domain services' own {@code @Transactional} methods join it.
 *
 * <p>A call that throws, or that answers an error status, is rolled back as a whole: bad input
 * changes nothing, even when a controller wrote before it found the problem. That includes an OAuth
 * authorization refused by redirecting back to the app: it is thrown, so it rolls back although its
 * answer is a 302 ({@link AuthorizationRefusalAdvice}). Control-plane, Swagger UI and Actuator
 * handlers run as they are.
 */
final class VendorCallTransaction extends ServletInvocableHandlerMethod {

    private static final TransactionDefinition DEFINITION = new DefaultTransactionDefinition();

    private final PlatformTransactionManager transactions;

    VendorCallTransaction(HandlerMethod handler, PlatformTransactionManager transactions) {
        super(handler);
        this.transactions = transactions;
    }

    @Override
    protected Object doInvoke(Object... args) throws Exception {
        ServletRequestAttributes current = currentRequest();
        if (current == null || VendorContext.vendor(current.getRequest()).isEmpty()) {
            return super.doInvoke(args);
        }
        TransactionStatus status = transactions.getTransaction(DEFINITION);
        Object answer;
        try {
            answer = super.doInvoke(args);
        } catch (Exception | Error failure) {
            transactions.rollback(status);
            throw failure;
        }
        if (isRefusal(answer, current.getResponse())) {
            status.setRollbackOnly();
        }
        transactions.commit(status);
        return answer;
    }

    private static ServletRequestAttributes currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes : null;
    }

    private static boolean isRefusal(Object answer, HttpServletResponse response) {
        if (answer instanceof ResponseEntity<?> entity && entity.getStatusCode().isError()) {
            return true;
        }
        return response != null && response.getStatus() >= 400;
    }
}
