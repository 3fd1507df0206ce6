package dev.teamgate.teamfluence;

import java.util.Map;
import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Teamfluence's query records are bound by Spring; a value Spring cannot convert ({@code limit=ten})
 * would get Spring's conversion message, so it gets the vendor's sentence for that parameter
 * instead, exactly as a failed constraint does. {@link QueryParameters#requireValid} answers either
 * as the vendor's 400, after the billing check (the vendor answers 402 or 202 before a bad parameter).
 */
@ControllerAdvice(assignableTypes = {PostsController.class, LeadsController.class})
class TeamfluenceQueryBinding {

    private static final Map<Class<?>, Map<String, String>> WRONG_TYPE = Map.of(
            PostsQuery.class, PostsQuery.WRONG_TYPE,
            LeadsQuery.class, LeadsQuery.WRONG_TYPE);

    @InitBinder
    void vendorSentences(WebDataBinder binder) {
        Map<String, String> sentences = binder.getTargetType() == null ? Map.of()
                : WRONG_TYPE.getOrDefault(binder.getTargetType().resolve(), Map.of());
        binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
            @Override
            public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
                String field = ex.getPropertyName();
                String sentence = field == null ? null : sentences.get(field);
                if (sentence == null) {
                    super.processPropertyAccessException(ex, result);
                    return;
                }
                result.addError(new FieldError(result.getObjectName(), field, ex.getValue(), true,
                        result.resolveMessageCodes(ex.getErrorCode(), field), null, sentence));
            }
        });
    }
}
