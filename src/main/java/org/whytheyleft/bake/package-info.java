/** Drives JBake through its own extension points: configuration, content store, rendering tool, markup engine, template engine, assets. */
package org.whytheyleft.bake;
