package dev.teamgate.platform.openapi;

import dev.teamgate.platform.vendor.VendorApi;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;

/**
 * Registers one {@link GroupedOpenApi} bean per {@link VendorApi} bean, so a new vendor shows in
 * Swagger UI without touching this package.
 *
 * <p>Each group is a plain bean definition, the static factory method
 * {@link OpenApiGroups#groupFor} with the vendor bean as its first argument, which Spring AOT can
 * write as code (it cannot write a lambda instance supplier). With Spring AOT the groups are part of
 * the generated bean definitions; this class is then not needed at run time, and implementing
 * {@link BeanFactoryInitializationAotProcessor} is Spring's documented way to keep a bean out of
 * the generated code (otherwise it would run again and register the groups a second time).
 */
class VendorOpenApiGroupRegistrar implements BeanDefinitionRegistryPostProcessor, BeanFactoryInitializationAotProcessor {

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        // Groups are registered in postProcessBeanFactory, once bean types can be predicted.
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beanFactory;
        for (String vendorBean : beanFactory.getBeanNamesForType(VendorApi.class, true, false)) {
            RootBeanDefinition group = new RootBeanDefinition(OpenApiGroups.class);
            group.setFactoryMethodName("groupFor");
            group.setTargetType(GroupedOpenApi.class);
            group.getConstructorArgumentValues().addIndexedArgumentValue(0, new RuntimeBeanReference(vendorBean));
            group.setAutowireMode(AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR); // the build version
            registry.registerBeanDefinition(vendorBean + "OpenApiGroup", group);
        }
    }

    @Override
    public BeanFactoryInitializationAotContribution processAheadOfTime(ConfigurableListableBeanFactory beanFactory) {
        return null; // nothing to contribute: the registered groups are generated like any other bean
    }
}
