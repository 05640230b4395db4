package org.whytheyleft.bake;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

import org.whytheyleft.config.Direction;
import org.whytheyleft.messages.Messages;

/**
 * Thymeleaf's {@code #{key}} answered from the site's message bundles and the campaign's texts in the page's
 * language. A key missing from both fails the page instead of printing a placeholder, while
 * {@code #messages.msgOrNull(key)} answers null for it, so that a template can leave out an optional campaign
 * text. In a right-to-left language each text argument is isolated from the sentence around it.
 */
final class BundleMessages implements IMessageResolver {

    private static final char FIRST_STRONG_ISOLATE = '\u2068';
    private static final char POP_ISOLATE = '\u2069';

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
        String lang = context.getLocale().getLanguage();
        if (!messages.has(lang, key)) {
            return null;
        }
        Object[] arguments = parameters == null ? new Object[0] : parameters;
        return messages.get(lang, key, Direction.of(lang).isRightToLeft() ? isolated(arguments) : arguments);
    }

    /**
     * The arguments of a right-to-left text, each between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, the
     * plain-text form of {@code <bdi>}: an address, a Latin name or a number set into an Arabic sentence keeps its
     * own order, and its slashes and full stops stay on its side of the line. Numbers stay numbers, so that the
     * bundle still formats them.
     */
    private static Object[] isolated(Object[] arguments) {
        Object[] isolated = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            isolated[i] = arguments[i] instanceof String text ? FIRST_STRONG_ISOLATE + text + POP_ISOLATE
                    : arguments[i];
        }
        return isolated;
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                    Object[] parameters) {
        throw new Messages.MissingMessageException(context.getLocale().getLanguage(), key);
    }
}
