/** Drives JBake through its own extension points: configuration, crawler, markup engine, template engine, assets. */
package org.whytheyleft.bake;
