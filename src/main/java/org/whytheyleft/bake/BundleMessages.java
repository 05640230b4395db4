package org.whytheyleft.bake;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

import org.whytheyleft.messages.Messages;

/**
 * Thymeleaf's {@code #{key}} answered from the site's message bundles in the page's language. A key missing
 * from a bundle fails the page instead of printing a placeholder.
 */
final class BundleMessages implements IMessageResolver {

    private final Messages messages;

    BundleMessages(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String getName() {
        return "site-bundles";
    }

    @Override
    public Integer getOrder() {
        return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        return messages.get(context.getLocale().getLanguage(), key, parameters == null ? new Object[0] : parameters);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                    Object[] parameters) {
        throw new Messages.MissingMessageException(context.getLocale().getLanguage(), key);
    }
}
