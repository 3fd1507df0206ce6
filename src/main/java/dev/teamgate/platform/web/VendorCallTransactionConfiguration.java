package dev.teamgate.platform.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizer;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod;

/** One transaction per vendor call ({@link VendorCallTransaction}), wired into Spring MVC. */
@Configuration(proxyBeanMethods = false)
class VendorCallTransactionConfiguration {

    @Bean
    WebMvcRegistrations vendorCallTransactions(ObjectProvider<PlatformTransactionManager> transactions) {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                return new RequestMappingHandlerAdapter() {
                    @Override
                    protected ServletInvocableHandlerMethod createInvocableHandlerMethod(HandlerMethod handler) {
                        return new VendorCallTransaction(handler, transactions.getObject());
                    }
                };
            }
        };
    }

    /**
     * The vendor call's transaction decides alone whether it commits. A service that fails inside
     * it, and whose failure the caller catches and gets over (a lookup tried one way, then another,
     * say), must not doom the call to an {@code UnexpectedRollbackException}: the call is rolled back
     * anyway when it throws or its answer is an error.
     */
    @Bean
    TransactionManagerCustomizer<AbstractPlatformTransactionManager> participantsDoNotDoomTheCall() {
        return manager -> manager.setGlobalRollbackOnParticipationFailure(false);
    }
}
