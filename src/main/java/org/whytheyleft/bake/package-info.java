/**
 * Drives JBake through its own extension points: configuration, crawler, content store, rendering tool, template
 * engine, assets.
 */
package org.whytheyleft.bake;
