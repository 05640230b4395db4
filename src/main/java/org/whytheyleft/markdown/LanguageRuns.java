package org.whytheyleft.markdown;

import java.util.Set;

import com.vladsch.flexmark.ext.attributes.internal.AttributesAttributeProvider;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;

import org.whytheyleft.config.Direction;

/**
 * A run marked with a language written the other way, such as {@code *Victims, Perpetrators, Assets*{lang=en}} on
 * an Arabic page, also gets that language's {@code dir}: without it the browser lays the Latin words out by the
 * Arabic line's rules, and the comma and the full stop around them land on the wrong side. A run whose language
 * runs the page's way, or that states its own {@code dir}, is left as written.
 */
final class LanguageRuns extends IndependentAttributeProviderFactory {

    private final Direction page;

    /** @param page the direction of the page's language */
    LanguageRuns(Direction page) {
        this.page = page;
    }

    @Override
    public AttributeProvider apply(LinkResolverContext context) {
        return (node, part, attributes) -> {
            String lang = attributes.getValue("lang");
            if (!lang.isBlank() && !attributes.contains("dir") && Direction.of(lang.strip()) != page) {
                attributes.replaceValue("dir", Direction.of(lang.strip()).attribute());
            }
        };
    }

    /** After the attributes extension, which sets the {@code lang} written in braces. */
    @Override
    public Set<Class<?>> getAfterDependents() {
        return Set.of(AttributesAttributeProvider.Factory.class);
    }
}
